// The public surface both entry points share. Nothing here imports undici.
export type { AttemptEvent } from "./client/attempt-event.js";
export type { ResponseMetadata } from "./client/envelope.js";
export {
  defineOperation,
  type InputOf,
  type Operation,
  type OperationSpec,
  type OutputOf,
} from "./client/operation.js";
export type { RetryOptions, SendOptions, VolcClientOptions, WithMetadata } from "./client/options.js";
export type { RetryBudgetOptions } from "./client/retry-budget.js";
export type { BackoffOptions, RetryDelayFunction } from "./client/retry-policy.js";
export {
  cachedProvider,
  defaultCredentials,
  fromEnv,
  fromLegacyConfigFile,
  fromProfile,
  type ProfileOptions,
} from "./credentials/index.js";
export type { CredentialProvider, Credentials, CredentialsInput } from "./credentials/types.js";
export {
  ClientClosedError,
  ConnectionError,
  CredentialsError,
  MalformedResponseError,
  ServiceError,
  TimeoutError,
  ValidationError,
  type ValidationIssue,
  VolcError,
} from "./errors.js";
export { FetchTransport, type FetchTransportOptions } from "./http/fetch-transport.js";
export type { HttpRequest, HttpResponse, Transport } from "./http/transport.js";
export {
  type SignableRequest,
  type SigningCredentials,
  type SigningScope,
  signRequest,
} from "./signing/index.js";
