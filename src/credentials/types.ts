/** An access key pair, with a session token when the keys are temporary (STS). */
export interface Credentials {
  accessKeyId: string;
  secretKey: string;
  sessionToken?: string | undefined;
  /**
   * When temporary credentials stop working, on the service's clock (as STS and the metadata service state
   * it). The client refreshes them a minute before, judged on its own clock corrected by the offset it
   * learnt from the service.
   */
  expiration?: Date | undefined;
  /** Where they came from, for logs and errors (`"environment"`, `"ECS instance role web"`…); never a secret. */
  source?: string | undefined;
}

/** The environment variables a provider reads, as `process.env` holds them. */
export type Env = Readonly<Record<string, string | undefined>>;

/** Settings of a client that sends a credential provider's own calls (STS), each optional. */
export interface ProviderCallSettings {
  /** Signs the calls; none for an anonymous action (`AssumeRoleWithOIDC`). */
  credentials?: Credentials | undefined;
  /** Region of the credential scope. Default: the client's. */
  region?: string | undefined;
  /** Where the calls go (a host or a URL), for every service. Default: the client's endpoint rules. */
  endpoint?: string | undefined;
}

/**
 * What a client gives the credential provider it calls: its corrected clock, and a way to send the calls
 * that providers built on STS need (through the client's transport, proxy, endpoints and logger).
 */
export interface CredentialContext {
  /** The client's clock, corrected by the offset learnt from the service, in ms since the epoch. */
  now(): number;
  /**
   * A client for a provider's own calls, or undefined where the entry point makes none (the fetch entry:
   * give such providers a client). Typed loosely here (this layer knows no operations): it is the
   * client's `Sender`, which `services/sts` reads it as.
   */
  sender(settings: ProviderCallSettings): unknown;
}

/**
 * Returns current credentials; called again when the previous ones are about to expire. A client passes
 * its {@link CredentialContext}; a provider may ignore it.
 */
export type CredentialProvider = (context?: CredentialContext) => Promise<Credentials>;

/** What `VolcClient` accepts as `credentials`: fixed keys or a provider. */
export type CredentialsInput = Credentials | CredentialProvider;
