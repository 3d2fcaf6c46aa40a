export { cachedProvider, REFRESH_BEFORE_EXPIRY_MS } from "./cached-provider.js";
export { defaultCredentials } from "./default-chain.js";
export { CREDENTIAL_ENV_VARS, fromEnv } from "./from-env.js";
export { fromLegacyConfigFile, fromProfile, type ProfileOptions } from "./from-profile.js";
export type { CredentialProvider, Credentials, CredentialsInput } from "./types.js";
