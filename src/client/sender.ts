import type { AnyOperation, InputOf, OutputOf } from "./operation.js";
import type { SendArgs } from "./options.js";

/**
 * What the helpers built on `send` (`paginate`, `waitFor`, the STS credential providers) send with: a
 * `VolcClient` of either entry point, or anything with the same `send`.
 */
export interface Sender {
  /** Calls an operation, as `VolcClient.send` does. */
  send<Op extends AnyOperation>(op: Op, ...args: SendArgs<InputOf<Op>>): Promise<OutputOf<Op>>;
}
