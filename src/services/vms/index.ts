/**
 * vms (voice and privacy-number services), Version 2022-01-01: number pools.
 *
 * @example
 * ```ts
 * import { CreateNumberPool, ServiceType, SubServiceType } from "volcengine-ts/vms";
 * const pool = await volc.send(CreateNumberPool, { Name: "pool", ServiceType: ServiceType.Voice, SubServiceType: SubServiceType.Sip });
 * ```
 *
 * @module
 */
export {
  CreateNumberPool,
  type CreateNumberPoolInput,
  type CreateNumberPoolOutput,
} from "./create-number-pool.js";
export {
  type KnownServiceType,
  type KnownSubServiceType,
  PARENT_SERVICE_TYPE,
  ServiceType,
  SubServiceType,
} from "./service-types.js";
