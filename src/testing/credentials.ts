import { apiError, GatewayErrors } from "./api-error.js";
import type { CallerIdentity } from "./sts/sessions.js";

/**
 * The keys the emulator accepts. They are test values, published on purpose: they open nothing but an
 * emulator, so examples and CI can hard-code them.
 */

/** An access key pair the emulator accepts, with the session token it requires when the pair is temporary. */
export interface EmulatorCredentials {
  accessKeyId: string;
  secretKey: string;
  /** Set for an STS pair: requests signed with this key must carry exactly this `X-Security-Token`. */
  sessionToken?: string | undefined;
  /** When a temporary pair stops working (as sts `AssumeRole` issues them); none: it never expires. */
  expiration?: Date | undefined;
  /** Who the pair belongs to (sts `GetCallerIdentity`). Default: a user of account `2100000000`. */
  identity?: CallerIdentity | undefined;
}

/**
 * The long-term test key pair every emulator accepts unless told otherwise.
 *
 * @example
 * ```ts
 * const { url, close } = await startEmulator();
 * const volc = new VolcClient({ endpoint: url, credentials: EMULATOR_CREDENTIALS });
 * ```
 */
export const EMULATOR_CREDENTIALS: Readonly<EmulatorCredentials> = Object.freeze({
  accessKeyId: "AKLTEmulatorTestKey",
  secretKey: "emulator-secret",
});

/**
 * The temporary (STS) test key pair every emulator accepts unless told otherwise. Like real STS keys,
 * it is refused without its session token (`InvalidSecretToken`).
 *
 * @example
 * ```ts
 * const volc = new VolcClient({ endpoint: url, credentials: EMULATOR_STS_CREDENTIALS });
 * ```
 */
export const EMULATOR_STS_CREDENTIALS: Readonly<
  Required<Omit<EmulatorCredentials, "expiration" | "identity">>
> = Object.freeze({
  accessKeyId: "AKTPEmulatorStsKey",
  secretKey: "emulator-sts-secret",
  sessionToken: "STSEmulatorSessionToken",
});

/** The access keys an emulator knows, by access key id. */
export class KeyStore {
  readonly #keys = new Map<string, EmulatorCredentials>();

  constructor(keys: Iterable<EmulatorCredentials>) {
    for (const key of keys) this.add(key);
  }

  /** Accepts one more key pair (replacing any pair with the same access key id). */
  add(key: EmulatorCredentials): void {
    this.#keys.set(key.accessKeyId, { ...key });
  }

  /** The pair with this access key id, if the emulator knows it. */
  get(accessKeyId: string): EmulatorCredentials | undefined {
    return this.#keys.get(accessKeyId);
  }
}

/**
 * Refuses a temporary key used at or after its expiry, as the gateway does: `InvalidSecretToken` 401,
 * saying when the token expired. Keys without an expiry always pass.
 */
export function refuseExpired(key: EmulatorCredentials | undefined, nowMs: number): void {
  const expiresAt = key?.expiration?.getTime();
  if (key === undefined || expiresAt === undefined || nowMs < expiresAt) return;
  throw apiError(
    GatewayErrors.InvalidSecretToken,
    `The session token of ${key.accessKeyId} expired at ${new Date(expiresAt).toISOString()}: ask STS for new credentials.`,
  );
}
