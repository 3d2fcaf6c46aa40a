import { createHmac } from "node:crypto";
import { inspect } from "node:util";
import fc from "fast-check";
import { beforeEach, describe, expect, it } from "vitest";
import { sha256Base64 } from "../../src/signing/hash.js";
import { PreparedHmacKey } from "../../src/signing/hmac-key.js";
import { signRequest } from "../../src/signing/index.js";
import { deriveSigningKey, SigningKeyCache, signingKeyCache } from "../../src/signing/signing-key.js";

const DATE = new Date("2025-01-02T03:04:05Z");
/** Secrets long enough that finding one inside a 44-character fingerprint by chance is out of the question. */
const secret = fc.stringMatching(/^[A-Za-z0-9+/=]{16,48}$/);

function sign(secretKey: string, region = "cn-beijing", date = DATE): void {
  signRequest(
    { method: "GET", host: "open.volcengineapi.com" },
    { accessKeyId: "AK", secretKey },
    {
      region,
      service: "cen",
      date,
    },
  );
}

beforeEach(() => {
  signingKeyCache.clear();
});

describe("signing-key cache", () => {
  it("keys entries by a SHA-256 fingerprint of the secret, never the secret", () => {
    fc.assert(
      fc.property(fc.uniqueArray(secret, { minLength: 1, maxLength: 10 }), (secrets) => {
        signingKeyCache.clear();
        for (const s of secrets) sign(s);
        const keys = signingKeyCache.cacheKeys();
        expect(keys).toHaveLength(secrets.length);
        for (const s of secrets) {
          for (const k of keys) expect(k).not.toContain(s);
          expect(keys.some((k) => k.startsWith(sha256Base64(s)))).toBe(true);
        }
        const dump = inspect(signingKeyCache, { depth: 10, showHidden: true });
        for (const s of secrets) expect(dump).not.toContain(s);
      }),
      { numRuns: 50 },
    );
  });

  it("stays bounded at 50, dropping the oldest first", () => {
    fc.assert(
      fc.property(fc.integer({ min: 51, max: 140 }), (n) => {
        signingKeyCache.clear();
        const sizes: number[] = [];
        for (let i = 0; i < n; i++) {
          sign("the-same-secret-key", `region-${i}`);
          sizes.push(signingKeyCache.size);
        }
        expect(Math.max(...sizes)).toBe(50);
        const regions = signingKeyCache.cacheKeys().map((k) => /:(region-\d+)\//.exec(k)?.[1]);
        expect(regions).toEqual(Array.from({ length: 50 }, (_, i) => `region-${n - 50 + i}`));
      }),
      { numRuns: 10 },
    );
  });

  it("reuses a key for the same secret, day, region and service, and derives a new one otherwise", () => {
    sign("secret-one-0123456789");
    sign("secret-one-0123456789", "cn-beijing", new Date("2025-01-02T23:59:59Z"));
    expect(signingKeyCache.size).toBe(1);
    sign("secret-one-0123456789", "cn-beijing", new Date("2025-01-03T00:00:00Z"));
    sign("secret-one-0123456789", "cn-shanghai");
    sign("secret-two-0123456789");
    expect(signingKeyCache.size).toBe(4);
  });

  it("cannot confuse scopes that would spell the same string", () => {
    const cache = new SigningKeyCache();
    const a = cache.get("secret", "20250102", "a/b", "c");
    const b = cache.get("secret", "20250102", "a", "b/c");
    expect(cache.size).toBe(2);
    expect(a.hex("m")).not.toBe(b.hex("m"));
  });

  it("honours a smaller capacity", () => {
    const cache = new SigningKeyCache(3);
    for (const region of ["r1", "r2", "r3", "r4"]) cache.get("secret", "20250102", region, "cen");
    expect(cache.size).toBe(3);
    expect(cache.cacheKeys().map((k) => k.slice(-6))).toEqual(["r2/cen", "r3/cen", "r4/cen"]);
  });

  it("derives the SPEC §1.5 chain from the raw secret", () => {
    const h = (key: string | Buffer, data: string) => createHmac("sha256", key).update(data).digest();
    const expected = h(h(h(h("sk", "20250102"), "cn-beijing"), "cen"), "request");
    expect(deriveSigningKey("sk", "20250102", "cn-beijing", "cen").equals(expected)).toBe(true);
  });
});

describe("PreparedHmacKey", () => {
  it("equals createHmac for any key up to 64 bytes and any message, long or multi-byte", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 64 }),
        fc.array(fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ maxLength: 200 })), {
          minLength: 1,
          maxLength: 4,
        }),
        (key, messages) => {
          const prepared = new PreparedHmacKey(key);
          for (const m of messages) {
            expect(prepared.hex(m)).toBe(createHmac("sha256", key).update(m).digest("hex"));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it("refuses keys longer than a block", () => {
    expect(() => new PreparedHmacKey(new Uint8Array(65))).toThrow(RangeError);
  });
});
