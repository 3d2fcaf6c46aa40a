/**
 * vms (voice and privacy-number services), Version 2022-01-01: number pools and numbers, privacy-number
 * bindings (AXB, AXN, AXNE, AXYB), click-to-call, call records, outbound tasks, voice resources and
 * qualifications.
 *
 * @example
 * ```ts
 * import { CreateNumberPool, ServiceType, SubServiceType } from "volcengine-ts/vms";
 * const pool = await volc.send(CreateNumberPool, { Name: "pool", ServiceType: ServiceType.Voice, SubServiceType: SubServiceType.Sip });
 * ```
 *
 * @module
 */
export * from "./privacy.js";
export {
  type KnownServiceType,
  type KnownSubServiceType,
  PARENT_SERVICE_TYPE,
  ServiceType,
  SubServiceType,
} from "./service-types.js";
export * from "./voice.js";
