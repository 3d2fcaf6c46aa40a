export { cachedProvider, REFRESH_BEFORE_EXPIRY_MS } from "./cached-provider.js";
export {
  type CliConfigOptions,
  type CliProfile,
  type LoadedProfile,
  lookupCliProfile,
  type ProfileSettings,
} from "./cli-config.js";
export { ECS_METADATA_ENDPOINT, type EcsRoleOptions, fromEcsRole } from "./from-ecs-role.js";
export { CREDENTIAL_ENV_VARS, fromEnv } from "./from-env.js";
export { fromLegacyConfigFile, fromProfile, type ProfileOptions } from "./from-profile.js";
export type {
  CredentialContext,
  CredentialProvider,
  Credentials,
  CredentialsInput,
  Env,
  ProviderCallSettings,
} from "./types.js";
