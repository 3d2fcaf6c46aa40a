/**
 * SHA-256 and HMAC-SHA256 over node:crypto, the only primitives the signer needs.
 */
import * as crypto from "node:crypto";
import { EMPTY_BODY_SHA256 } from "./constants.js";

/**
 * `crypto.hash` (Node 20.12+) hashes in one call without building a Hash object: about twice as fast as
 * `createHash().update().digest()` on the few hundred bytes of a canonical request. Runtimes whose
 * `node:crypto` lacks it get the classic path.
 */
type OneShotHash = (algorithm: string, data: string | Uint8Array, encoding: "hex" | "base64") => string;
const oneShotHash: OneShotHash | undefined = typeof crypto.hash === "function" ? crypto.hash : undefined;

function digest(data: string | Uint8Array, encoding: "hex" | "base64"): string {
  if (oneShotHash !== undefined) return oneShotHash("sha256", data, encoding);
  return crypto.createHash("sha256").update(data).digest(encoding);
}

/**
 * Lower-case hex SHA-256 of `data`; a string is hashed as its UTF-8 bytes (a lone surrogate as U+FFFD,
 * exactly as `Buffer.from` and `TextEncoder` encode it for sending).
 *
 * @example
 * ```ts
 * sha256Hex(JSON.stringify(body)); // the X-Content-Sha256 of that body
 * sha256Hex("") === EMPTY_BODY_SHA256; // true
 * ```
 */
export function sha256Hex(data: string | Uint8Array): string {
  if (data.length === 0) return EMPTY_BODY_SHA256;
  return digest(data, "hex");
}

/** Base64 SHA-256 of a string's UTF-8 bytes: a fixed-length fingerprint that reveals nothing of a secret. */
export function sha256Base64(data: string): string {
  return digest(data, "base64");
}

/** Raw HMAC-SHA256 of `data` (UTF-8) under `key`: one link of the signing-key chain. */
export function hmacSha256(key: string | Uint8Array, data: string): Buffer {
  return crypto.createHmac("sha256", key).update(data).digest();
}
