export { cachedProvider, REFRESH_BEFORE_EXPIRY_MS } from "./cached-provider.js";
export { CREDENTIAL_ENV_VARS, fromEnv } from "./from-env.js";
export type { CredentialProvider, Credentials, CredentialsInput } from "./types.js";
