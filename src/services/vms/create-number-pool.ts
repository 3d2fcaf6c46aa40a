import * as z from "zod/mini";
import { defineOperation } from "../../client/operation.js";
import { crossFieldCheck } from "../shared/cross-field.js";
import { openCode } from "../shared/open-code.js";
import { result } from "../shared/shape.js";
import { text } from "../shared/text-rule.js";
import {
  codeName,
  type KnownServiceType,
  type KnownSubServiceType,
  PARENT_SERVICE_TYPE,
  ServiceType,
  SubServiceType,
} from "./service-types.js";

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

/** Parameters of {@link CreateNumberPool}. */
export const CreateNumberPoolInputSchema = z
  .strictObject({
    /** Pool name, 1–32 characters. */
    Name: text({ what: "Name", min: 1, max: 32 }),
    /** See {@link ServiceType}. */
    ServiceType: openCode<KnownServiceType>(),
    /** See {@link SubServiceType}; must belong under `ServiceType` when both are known. */
    SubServiceType: openCode<KnownSubServiceType>(),
  })
  .check(subServiceUnderService);

/** `Result` of {@link CreateNumberPool}: the new pool. */
export const CreateNumberPoolOutputSchema = result({
  Name: z.string(),
  /** The pool's number, e.g. `"NP123456"`: the id later calls take. */
  NumberPoolNo: z.string(),
  ServiceType: openCode<KnownServiceType>(),
  SubServiceType: openCode<KnownSubServiceType>(),
});

/**
 * vms `CreateNumberPool` (2022-01-01): creates a number pool.
 *
 * @example
 * ```ts
 * const pool = await volc.send(CreateNumberPool, {
 *   Name: "默认号码池", ServiceType: ServiceType.Voice, SubServiceType: SubServiceType.Sip,
 * });
 * pool.NumberPoolNo; // "NP123456"
 * ```
 */
export const CreateNumberPool = defineOperation({
  service: "vms",
  version: "2022-01-01",
  action: "CreateNumberPool",
  method: "POST",
  host: "cloud-vms.volcengineapi.com",
  input: CreateNumberPoolInputSchema,
  output: CreateNumberPoolOutputSchema,
});

/** What `volc.send(CreateNumberPool, …)` takes. */
export type CreateNumberPoolInput = z.input<typeof CreateNumberPoolInputSchema>;
/** What `volc.send(CreateNumberPool, …)` resolves with. */
export type CreateNumberPoolOutput = z.output<typeof CreateNumberPoolOutputSchema>;
