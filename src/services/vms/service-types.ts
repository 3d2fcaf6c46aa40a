import type { OpenCode } from "../shared/open-code.js";

/**
 * Service type codes of vms number pools (`ServiceType`). New codes appear over time; those not listed
 * here are still accepted.
 *
 * @example
 * ```ts
 * volc.send(CreateNumberPool, { Name: "pool", ServiceType: ServiceType.Voice, SubServiceType: SubServiceType.Sip });
 * ```
 */
export const ServiceType = {
  /** Voice: SIP, voice notification, two-way call, outbound bot, click-to-call lite. */
  Voice: 100,
  /** Privacy numbers (AXB, AXN, …). */
  PrivacyNumber: 200,
} as const;
/** A `ServiceType` code this SDK knows by name. */
export type KnownServiceType = (typeof ServiceType)[keyof typeof ServiceType];
/** A `ServiceType` code: a known one, or any other integer the API has added since. */
export type ServiceType = OpenCode<KnownServiceType>;

/**
 * Sub-service type codes (`SubServiceType`), each under one {@link ServiceType}: 1xx under `Voice`
 * (100), 2xx under `PrivacyNumber` (200).
 *
 * @example
 * ```ts
 * volc.send(CreateNumberPool, { Name: "axb", ServiceType: ServiceType.PrivacyNumber, SubServiceType: SubServiceType.Axb });
 * ```
 */
export const SubServiceType = {
  Sip: 101,
  VoiceNotification: 102,
  TwoWayCall: 103,
  OutboundBot: 104,
  ClickToCallLite: 105,
  Axb: 201,
  Axn: 202,
  Axne: 203,
  Axyb: 204,
  Paxyb: 205,
} as const;
/** A `SubServiceType` code this SDK knows by name. */
export type KnownSubServiceType = (typeof SubServiceType)[keyof typeof SubServiceType];
/** A `SubServiceType` code: a known one, or any other integer the API has added since. */
export type SubServiceType = OpenCode<KnownSubServiceType>;

/** The service type each known sub-service type belongs under. */
export const PARENT_SERVICE_TYPE: Readonly<Record<KnownSubServiceType, KnownServiceType>> = {
  101: 100,
  102: 100,
  103: 100,
  104: 100,
  105: 100,
  201: 200,
  202: 200,
  203: 200,
  204: 200,
  205: 200,
};

/**
 * The name of a known code (`"Voice"` for 100), or `undefined` for a code this SDK does not know.
 *
 * @example
 * ```ts
 * codeName(SubServiceType, 201); // "Axb"
 * ```
 */
export function codeName(codes: Readonly<Record<string, number>>, code: number): string | undefined {
  return Object.keys(codes).find((name) => codes[name] === code);
}
