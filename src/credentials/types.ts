/** An access key pair, with a session token when the keys are temporary (STS). */
export interface Credentials {
  accessKeyId: string;
  secretKey: string;
  sessionToken?: string | undefined;
  /** When temporary credentials stop working; the client refreshes them a minute before. */
  expiration?: Date | undefined;
}

/** Returns current credentials; called again when the previous ones are about to expire. */
export type CredentialProvider = () => Promise<Credentials>;

/** What `VolcClient` accepts as `credentials`: fixed keys or a provider. */
export type CredentialsInput = Credentials | CredentialProvider;
