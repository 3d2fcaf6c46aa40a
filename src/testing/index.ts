/**
 * `volcengine-ts/testing`: an in-memory Volcengine for tests, demos and local development. It verifies
 * every request's signature with the SDK's own signer, checks parameters with the SDK's own operation
 * schemas, keeps what it creates, honours `ClientToken`, answers with the documented envelopes and error
 * codes, and injects faults on demand. One core, three adapters: an in-process transport, msw handlers
 * (from `volcengine-ts/testing/msw`, so that msw is needed only by those who use it)
 * and a real HTTP server. Beside it, stand-ins for every credential source: an ECS metadata service
 * ({@link startImdsEmulator}) and OIDC tokens the emulator trusts ({@link createOidcToken}).
 *
 * @example
 * ```ts
 * import { VolcClient } from "volcengine-ts";
 * import { CreateCenBandwidthPackage } from "volcengine-ts/cen";
 * import { createEmulator, emulatorTransport, EMULATOR_CREDENTIALS } from "volcengine-ts/testing";
 *
 * const emulator = createEmulator({ cens: ["cen-abc"] });
 * const volc = new VolcClient({ transport: emulatorTransport(emulator), credentials: EMULATOR_CREDENTIALS });
 * const { CenBandwidthPackageId } = await volc.send(CreateCenBandwidthPackage, {
 *   LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "Asia", CenId: "cen-abc",
 * });
 * emulator.state.cenBandwidthPackages.get(CenBandwidthPackageId)?.Status; // "Creating", then "InUse"
 * ```
 *
 * @module
 */
export { ApiError, type ApiErrorSpec, GatewayErrors } from "./api-error.js";
export { EMULATOR_CREDENTIALS, EMULATOR_STS_CREDENTIALS, type EmulatorCredentials } from "./credentials.js";
export { createEmulator, Emulator, type EmulatorOptions } from "./emulator.js";
export {
  DEFAULT_FAULTS,
  type ErrorFault,
  type Fault,
  FaultInjector,
  type FaultKind,
  type FaultPhase,
  type FaultTarget,
  type Html502Fault,
  type NonJsonFault,
  type RandomFaultOptions,
  type ResetFault,
  type SlowFault,
  type TruncatedFault,
} from "./faults.js";
export type { EmulatorQuotas } from "./handler.js";
export {
  type ImdsEmulatorOptions,
  type ImdsRequest,
  type RunningImds,
  startImdsEmulator,
} from "./imds.js";
export { type RunningEmulator, type StartEmulatorOptions, startEmulator } from "./server.js";
export type {
  CenBandwidthPackageRecord,
  EmulatorStateView,
  NumberPoolRecord,
  TagRecord,
} from "./state.js";
export type { EmulatorStats } from "./stats.js";
export { createOidcToken, type OidcClaims } from "./sts/oidc-token.js";
export {
  type CallerIdentity,
  EMULATOR_ACCOUNT_ID,
  type IssuedCredentials,
  type SessionSpec,
} from "./sts/sessions.js";
export { emulatorTransport } from "./transport.js";
export type { Disconnect, EmulatorRequest, EmulatorResponse, HandleOptions } from "./wire.js";
