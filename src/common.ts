// The public surface both entry points share. Nothing here imports undici.
export type { AttemptEvent } from "./client/attempt-event.js";
export { type CallSpec, callAction } from "./client/call.js";
export type { ResponseMetadata } from "./client/envelope.js";
export {
  type AnyOperation,
  defineOperation,
  type InputOf,
  type Operation,
  type OperationSpec,
  type OutputOf,
  type PagedOperation,
} from "./client/operation.js";
export type {
  RetryOptions,
  SendArgs,
  SendOptions,
  VolcClientOptions,
  WithMetadata,
} from "./client/options.js";
export { type ItemOf, type Paginator, paginate } from "./client/paginate.js";
export type { Paging } from "./client/paging.js";
export type { RetryBudgetOptions } from "./client/retry-budget.js";
export type { BackoffOptions, RetryDelayFunction } from "./client/retry-policy.js";
export type { Sender } from "./client/sender.js";
export { type WaitOptions, waitFor } from "./client/wait.js";
export type { CliConfigOptions } from "./credentials/cli-config.js";
export {
  cachedProvider,
  fromEnv,
  fromLegacyConfigFile,
  fromProfile,
  type ProfileOptions,
} from "./credentials/index.js";
export type {
  CredentialContext,
  CredentialProvider,
  Credentials,
  CredentialsInput,
  Env,
  ProviderCallSettings,
} from "./credentials/types.js";
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
export { type DefaultCredentialsOptions, defaultCredentials } from "./services/sts/default-chain.js";
export { fromCliConfig } from "./services/sts/from-cli-config.js";
export { fromOidc, type OidcOptions } from "./services/sts/from-oidc.js";
export {
  type SignableRequest,
  type SigningCredentials,
  type SigningScope,
  signRequest,
} from "./signing/index.js";
