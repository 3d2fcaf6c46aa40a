import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { crossFieldCheck } from "../../shared/cross-field.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import { vmsOperation } from "../operation.js";
import {
  codeName,
  type KnownServiceType,
  type KnownSubServiceType,
  PARENT_SERVICE_TYPE,
  ServiceType,
  SubServiceType,
} from "../service-types.js";

/** Whether `code` is a known sub-service type (a key of the parent table). */
function isKnownSubServiceType(code: number): code is KnownSubServiceType {
  return Object.hasOwn(PARENT_SERVICE_TYPE, code);
}

/**
 * A known SubServiceType must sit under its own ServiceType (1xx under 100, 2xx under 200). Unknown codes
 * on either side pass: the API adds codes over time and judges those itself.
 */
const subServiceUnderService = crossFieldCheck<{ ServiceType: number; SubServiceType: number }>(
  (fields, report) => {
    const service = fields.ServiceType;
    const sub = fields.SubServiceType;
    if (typeof service !== "number" || typeof sub !== "number" || !isKnownSubServiceType(sub)) return;
    const serviceName = codeName(ServiceType, service);
    if (serviceName === undefined) return;
    const parent: KnownServiceType = PARENT_SERVICE_TYPE[sub];
    if (parent === service) return;
    report(
      "SubServiceType",
      `SubServiceType ${sub} (${codeName(SubServiceType, sub)}) belongs under ServiceType ${parent} ` +
        `(${codeName(ServiceType, parent)}), not ${service} (${serviceName})`,
    );
  },
);

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
