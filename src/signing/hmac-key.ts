/**
 * HMAC-SHA256 with the key's padded blocks computed once (RFC 2104), for the one key that signs every
 * request of a day: `HMAC(K, m) = SHA256((K ⊕ opad) ‖ SHA256((K ⊕ ipad) ‖ m))`.
 *
 * Signing then costs two one-shot `crypto.hash` calls on buffers this key owns, about half the time of
 * `createHmac(…).update(…).digest()`, which prepares the key and builds a stream object on every call.
 * The result is checked against `createHmac` in the tests.
 */
import * as crypto from "node:crypto";

/** SHA-256 block size in bytes. */
const BLOCK = 64;
/** Room for the message after the inner pad: a string to sign is about 130 bytes. */
const MESSAGE_ROOM = 512;
/** Longest message (in UTF-16 units) sure to fit in {@link MESSAGE_ROOM} as UTF-8 (at most 3 bytes each). */
const MAX_FAST_MESSAGE = Math.floor(MESSAGE_ROOM / 3);

type OneShotHash = (algorithm: string, data: Uint8Array, encoding: "hex" | "binary") => string;
const oneShotHash: OneShotHash | undefined = typeof crypto.hash === "function" ? crypto.hash : undefined;

/** An HMAC-SHA256 key ready to sign many messages. Not re-entrant across threads (JS never is). */
export class PreparedHmacKey {
  readonly #key: Buffer;
  /** `K ⊕ ipad`, then room for the message. */
  readonly #inner: Buffer;
  /** `K ⊕ opad`, then the 32-byte inner digest. */
  readonly #outer: Buffer;

  /** @param key at most 64 bytes (a signing key is 32), as HMAC-SHA256 uses it without hashing it first. */
  constructor(key: Uint8Array) {
    if (key.length > BLOCK) throw new RangeError("PreparedHmacKey takes keys of at most 64 bytes");
    this.#key = Buffer.from(key);
    this.#inner = Buffer.alloc(BLOCK + MESSAGE_ROOM);
    this.#outer = Buffer.alloc(BLOCK + 32);
    for (let i = 0; i < BLOCK; i++) {
      const k = key[i] ?? 0;
      this.#inner[i] = k ^ 0x36;
      this.#outer[i] = k ^ 0x5c;
    }
  }

  /** Lower-case hex HMAC-SHA256 of `message` (UTF-8) under this key. */
  hex(message: string): string {
    if (oneShotHash === undefined || message.length > MAX_FAST_MESSAGE) {
      return crypto.createHmac("sha256", this.#key).update(message).digest("hex");
    }
    const length = this.#inner.write(message, BLOCK, "utf8");
    // "binary" is latin1: one char per byte, written back byte for byte below.
    const innerDigest = oneShotHash("sha256", this.#inner.subarray(0, BLOCK + length), "binary");
    this.#outer.write(innerDigest, BLOCK, "latin1");
    return oneShotHash("sha256", this.#outer, "hex");
  }
}
