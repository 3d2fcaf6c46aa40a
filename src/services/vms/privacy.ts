// Number pools, numbers and privacy-number bindings: the operations of the privacy-number families.
export {
  CreateNumberPool,
  type CreateNumberPoolInput,
  type CreateNumberPoolOutput,
} from "./pools/create-number-pool.js";
