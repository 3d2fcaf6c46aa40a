import { crossFieldCheck } from "../../shared/cross-field.js";
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
 * A known SubServiceType must sit under its own ServiceType (1xx under 100, 2xx under 200), when both are
 * given. Unknown codes on either side pass: the API adds codes over time and judges those itself.
 *
 * @example
 * ```ts
 * const input = params(Params).check(subServiceUnderService);
 * ```
 */
export const subServiceUnderService = crossFieldCheck<{ ServiceType?: number; SubServiceType?: number }>(
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
