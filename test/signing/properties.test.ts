import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalQueryString, percentEncode, signRequest } from "../../src/signing/index.js";
import { byteCompare, referenceEncode, referenceSignature, sha256, signatureOf } from "./fixtures.js";

/** Any well-formed Unicode, with printable ASCII (where `* ! ' ( )`, space and `+ = &` live) well represented. */
const unicode = fc.oneof(
  fc.string({ unit: "binary", maxLength: 24 }),
  fc.string({ unit: "grapheme-ascii", maxLength: 24 }),
  fc.string({ unit: "grapheme", maxLength: 12 }),
);
/** Any UTF-16, lone surrogates included. */
const anyUtf16 = fc.string({
  unit: fc
    .oneof(
      fc.integer({ min: 0, max: 0x7f }),
      fc.integer({ min: 0xd800, max: 0xdfff }),
      fc.integer({ min: 0, max: 0xffff }),
    )
    .map((c) => String.fromCharCode(c)),
  maxLength: 16,
});
const queryValue = fc.oneof(unicode, fc.integer(), fc.double(), fc.boolean());
const query = fc.dictionary(unicode, queryValue, { maxKeys: 30 });
const body = fc.oneof(
  fc.constant(undefined),
  fc.string({ unit: "binary" }),
  fc.uint8Array({ maxLength: 200 }),
);
const credentials = fc.record({
  accessKeyId: fc.stringMatching(/^AKLT[A-Za-z0-9]{4,30}$/),
  secretKey: fc.string({ minLength: 1, maxLength: 60 }),
  sessionToken: fc.option(fc.stringMatching(/^[A-Za-z0-9+/=]{1,80}$/), { nil: undefined }),
});
const scope = fc.record({
  region: fc.constantFrom("cn-beijing", "cn-shanghai", "ap-southeast-1", "cn-north-1"),
  service: fc.constantFrom("cen", "vms", "sts", "ecs"),
  date: fc.date({
    min: new Date("2000-01-01T00:00:00Z"),
    max: new Date("2099-12-31T23:59:59Z"),
    noInvalidDate: true,
  }),
});
/** Hosts as a caller may write them; the URL (and so the Host header) carries them lower-cased, default port dropped. */
const host = fc.constantFrom(
  "open.volcengineapi.com",
  "Open.VolcengineAPI.com:443",
  "cloud-vms.volcengineapi.com",
  "sts.volcengineapi.com:443",
  "127.0.0.1:8443",
);

const UNRESERVED_OR_ESCAPE = /^(?:[A-Za-z0-9\-_.~]|%[0-9A-F]{2})*$/;
/** What a UTF-8 encoder sends for a string: lone surrogates become U+FFFD. */
const wellFormed = (s: string) => Buffer.from(s, "utf8").toString("utf8");

/** Splits a canonical query into its raw pairs. */
function pairsOf(q: string): [string, string][] {
  if (q === "") return [];
  return q.split("&").map((pair) => {
    const eq = pair.indexOf("=");
    expect(eq).toBeGreaterThanOrEqual(0);
    return [pair.slice(0, eq), pair.slice(eq + 1)];
  });
}

describe("canonicalQueryString (properties)", () => {
  it("encodes every pair reversibly, escapes all but A-Z a-z 0-9 - _ . ~, and sorts by encoded key", () => {
    fc.assert(
      fc.property(fc.dictionary(unicode, unicode, { maxKeys: 40 }), (q) => {
        const pairs = pairsOf(canonicalQueryString(q));
        const decoded = pairs.map(([k, v]) => [decodeURIComponent(k), decodeURIComponent(v)]);
        expect(Object.fromEntries(decoded)).toEqual(q);
        expect(decoded).toHaveLength(Object.keys(q).length);
        for (const [k, v] of pairs) {
          expect(k).toMatch(UNRESERVED_OR_ESCAPE);
          expect(v).toMatch(UNRESERVED_OR_ESCAPE);
          expect(k).toBe(referenceEncode(decodeURIComponent(k)));
        }
        for (let i = 1; i < pairs.length; i++) {
          expect(byteCompare(pairs[i - 1]![0], pairs[i]![0])).toBeLessThanOrEqual(0);
        }
      }),
      { numRuns: 500 },
    );
  });

  it("stringifies numbers and booleans with String()", () => {
    fc.assert(
      fc.property(fc.oneof(fc.integer(), fc.double(), fc.boolean()), (value) => {
        expect(canonicalQueryString({ V: value })).toBe(`V=${referenceEncode(String(value))}`);
      }),
    );
  });

  it("percentEncode equals encodeURIComponent-plus-fixes on any string, lone surrogates as U+FFFD", () => {
    fc.assert(
      fc.property(anyUtf16, (s) => {
        expect(percentEncode(s)).toBe(referenceEncode(wellFormed(s)));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("signRequest (properties)", () => {
  it("is deterministic", () => {
    fc.assert(
      fc.property(query, body, credentials, scope, (q, b, creds, sc) => {
        const request = { method: "POST", host: "open.volcengineapi.com", query: q, body: b };
        expect(signRequest(request, creds, sc)).toEqual(signRequest(request, { ...creds }, { ...sc }));
      }),
      { numRuns: 200 },
    );
  });

  it("what is signed is what is sent: a server rebuilding the request from the URL and body agrees", () => {
    fc.assert(
      fc.property(host, query, body, credentials, scope, (h, q, b, creds, sc) => {
        const method = b === undefined ? "GET" : "POST";
        const headers = signRequest({ method, host: h, query: q, body: b }, creds, sc);

        // The client: the URL carries canonicalQueryString verbatim; the body goes as UTF-8 bytes.
        const url = new URL(`https://${h}/?${canonicalQueryString(q)}`);
        const sentBody =
          b === undefined ? new Uint8Array(0) : typeof b === "string" ? Buffer.from(b, "utf8") : b;

        // The server: decode the query it received, re-encode and sort it its own way, hash the bytes.
        const rawQuery = url.search.replace(/^\?/, "");
        const received = pairsOf(rawQuery).map(([k, v]) => [decodeURIComponent(k), decodeURIComponent(v)]);
        const canonicalQuery = received
          .map(([k, v]) => [referenceEncode(k!), referenceEncode(v!)] as const)
          .sort(([ka, va], [kb, vb]) => byteCompare(ka, kb) || byteCompare(va, vb))
          .map(([k, v]) => `${k}=${v}`)
          .join("&");
        const bodyHash = sha256(sentBody);
        const xDate = headers["X-Date"]!;
        const token = headers["X-Security-Token"];
        const canonicalRequest = [
          method,
          url.pathname,
          canonicalQuery,
          `host:${url.host}`,
          `x-content-sha256:${bodyHash}`,
          `x-date:${xDate}`,
          ...(token === undefined ? [] : [`x-security-token:${token}`]),
          "",
          token === undefined
            ? "host;x-content-sha256;x-date"
            : "host;x-content-sha256;x-date;x-security-token",
          bodyHash,
        ].join("\n");

        expect(rawQuery).toBe(canonicalQuery); // the URL did not re-encode or reorder anything
        expect(headers["X-Content-Sha256"]).toBe(bodyHash);
        expect(token).toBe(creds.sessionToken);
        expect(signatureOf(headers.Authorization)).toBe(
          referenceSignature(canonicalRequest, xDate, creds.secretKey, sc.region, sc.service),
        );
      }),
      { numRuns: 300 },
    );
  });

  it("a different secret gives a different signature", () => {
    fc.assert(
      fc.property(
        query,
        credentials,
        fc.string({ minLength: 1, maxLength: 60 }),
        scope,
        (q, creds, otherSecret, sc) => {
          fc.pre(otherSecret !== creds.secretKey);
          const request = { method: "GET", host: "open.volcengineapi.com", query: q };
          const a = signRequest(request, creds, sc).Authorization;
          const b = signRequest(request, { ...creds, secretKey: otherSecret }, sc).Authorization;
          expect(signatureOf(a)).not.toBe(signatureOf(b));
        },
      ),
      { numRuns: 200 },
    );
  });

  it("the signature is HMAC-SHA256 as node:crypto computes it (prepared-key fast path included)", () => {
    fc.assert(
      fc.property(credentials, scope, fc.string({ unit: "binary", maxLength: 400 }), (creds, sc, region) => {
        // Long or non-ASCII regions push the string to sign past the fast path's buffer, or make it multi-byte.
        const scoped = { ...sc, region: region || sc.region };
        const headers = signRequest({ method: "GET", host: "h" }, creds, scoped);
        const xDate = headers["X-Date"]!;
        const e = sha256("");
        const canonical = [
          "GET",
          "/",
          "",
          "host:h",
          `x-content-sha256:${e}`,
          `x-date:${xDate}`,
          ...(creds.sessionToken ? [`x-security-token:${creds.sessionToken}`] : []),
          "",
          creds.sessionToken
            ? "host;x-content-sha256;x-date;x-security-token"
            : "host;x-content-sha256;x-date",
          e,
        ].join("\n");
        expect(signatureOf(headers.Authorization)).toBe(
          referenceSignature(canonical, xDate, creds.secretKey, scoped.region, scoped.service),
        );
      }),
      { numRuns: 200 },
    );
  });
});
