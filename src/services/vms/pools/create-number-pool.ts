import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import { vmsOperation } from "../operation.js";
import type { KnownServiceType, KnownSubServiceType, ServiceType, SubServiceType } from "../service-types.js";
import { subServiceUnderService } from "./service-pair.js";

const Params = {
  /** Pool name, 1–32 characters. */
  Name: text({ min: 1, max: 32 }),
  /** What the pool's numbers serve: `100` voice, `200` privacy numbers. See {@link ServiceType}. */
  ServiceType: openCode<KnownServiceType>(),
  /**
   * The kind of service within `ServiceType` (`101` SIP… under 100, `201` AXB… under 200); must belong
   * under `ServiceType` when both are known. See {@link SubServiceType}.
   */
  SubServiceType: openCode<KnownSubServiceType>(),
};

const Result = {
  /** The pool's name. */
  Name: z.string(),
  /** The pool's number, e.g. `"NP123456"`: the id later calls take. */
  NumberPoolNo: z.string(),
  /** See {@link ServiceType}. */
  ServiceType: openCode<KnownServiceType>(),
  /** See {@link SubServiceType}. */
  SubServiceType: openCode<KnownSubServiceType>(),
};

/** Parameters of {@link CreateNumberPool}. */
export interface CreateNumberPoolInput extends In<typeof Params> {}
/** `Result` of {@link CreateNumberPool}: the new pool. */
export interface CreateNumberPoolOutput extends Out<typeof Result> {}

/**
 * vms `CreateNumberPool`: creates a number pool. It carries no idempotency token, so it is retried only
 * when the request provably never took effect.
 *
 * @example
 * ```ts
 * const pool = await volc.send(CreateNumberPool, {
 *   Name: "默认号码池", ServiceType: ServiceType.Voice, SubServiceType: SubServiceType.Sip,
 * });
 * pool.NumberPoolNo; // "NP123456"
 * ```
 */
export const CreateNumberPool: Operation<CreateNumberPoolInput, CreateNumberPoolOutput> = vmsOperation({
  action: "CreateNumberPool",
  input: params(Params).check(subServiceUnderService),
  output: result(Result),
});
