import {
  defineOperation,
  type Operation,
  type OperationSpec,
  type PagedOperation,
} from "../../client/operation.js";
import type { Paging } from "../../client/paging.js";

/** What every operation of one service shares. */
export interface ServiceDefaults {
  service: string;
  version: string;
  method: OperationSpec["method"];
  host: string;
}

/** What an operation of a service says beyond its service's defaults (which it may still override). */
export type ServiceOperationSpec<I, O, P extends Paging | undefined> = Omit<
  OperationSpec<I, O, P>,
  keyof ServiceDefaults
> &
  Partial<ServiceDefaults>;

/**
 * The `defineOperation` of one service: its name, version, method and host given once, so that each
 * operation only says what differs.
 *
 * @example
 * ```ts
 * export const cenOperation = serviceOperations({
 *   service: "cen", version: "2020-04-01", method: "GET", host: "open.volcengineapi.com",
 * });
 * export const DeleteCen: Operation<DeleteCenInput, DeleteCenOutput> = cenOperation({
 *   action: "DeleteCen", input: params(Params), output: result({}),
 * });
 * ```
 */
export function serviceOperations(defaults: ServiceDefaults) {
  return <I, O, const P extends Paging | undefined = undefined>(
    spec: ServiceOperationSpec<I, O, P>,
  ): P extends Paging<infer Items> ? PagedOperation<I, O, Items> : Operation<I, O> =>
    defineOperation<I, O, P>({ ...defaults, ...spec });
}
