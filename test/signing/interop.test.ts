/**
 * Interop with the official `@volcengine/openapi` signer (lib/base/sign.js).
 *
 * Where the two agree: every well-formed string value and every key of the alphabet Volcengine uses
 * (letters, digits, dots: `Tags.1.Key`) that does not look like an array index. Its percent-encoding,
 * `encodeURIComponent` followed by `escape` and a fix for `*`, gives the same bytes as SPEC §1.2 for all
 * well-formed strings, space, `*`, `!`, `'`, `(`, `)` and non-BMP characters included.
 *
 * Where it differs from SPEC §1 (asserted at the end of this file):
 * - it sorts raw keys, not encoded keys (`a.b` before `a/b`; SPEC: `a%2Fb` first), and then rebuilds an
 *   object, so integer-like keys come first in numeric order (`9` before `10`; byte order: `10` first);
 * - a lone surrogate makes `encodeURIComponent` throw, which it swallows: the key is dropped, or the
 *   value signed as empty (we sign U+FFFD, the bytes a UTF-8 encoder sends);
 * - it signs whatever headers it is handed (bar a deny-list) and adds X-Content-Sha256 only when there is
 *   a body, so as its Service calls it a GET is signed over `x-date` alone and the host is never signed;
 * - a Buffer body is hashed as `JSON.stringify(buffer)`, not as its bytes;
 * - its Service then sends the query built by `querystring.stringify`, which leaves `* ! ' ( )`
 *   unescaped: the URL's bytes are not the bytes it signed (the server evidently normalizes).
 */
import { stringify } from "node:querystring";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { canonicalQueryString, signRequest } from "../../src/signing/index.js";
import {
  ACCESS_KEY_ID,
  DATE,
  HOST,
  SECRET_KEY,
  SESSION_TOKEN,
  SPEC_QUERY,
  SPEC_SIGNATURE,
  signatureOf,
} from "./fixtures.js";
import { type OfficialSignInput, officialSign } from "./official-signer.js";

const base: OfficialSignInput = {
  method: "GET",
  host: HOST,
  query: { ...SPEC_QUERY },
  region: "cn-beijing",
  service: "cen",
  credentials: { accessKeyId: ACCESS_KEY_ID, secretKey: SECRET_KEY },
  date: DATE,
};

function ours(input: OfficialSignInput): Record<string, string> {
  return signRequest(
    { method: input.method, host: input.host, query: input.query, body: input.body },
    input.credentials,
    { region: input.region, service: input.service, date: input.date },
  );
}

describe("the official @volcengine/openapi signer", () => {
  it("agrees on the SPEC §1 check vector", () => {
    const official = officialSign(base).headers;
    expect(signatureOf(official.Authorization)).toBe(SPEC_SIGNATURE);
    expect(official.Authorization).toBe(ours(base).Authorization);
  });

  it.each([
    [
      "the SPEC vector with a session token",
      { credentials: { ...base.credentials, sessionToken: SESSION_TOKEN } },
    ],
    [
      "a vms POST with a JSON body",
      {
        method: "POST",
        host: "cloud-vms.volcengineapi.com",
        service: "vms",
        query: { Action: "CreateNumberPool", Version: "2022-01-01" },
        body: JSON.stringify({ Name: "默认号码池 ☎️", ServiceType: 100, SubServiceType: 101 }),
      },
    ],
    [
      "a cen GET with tags and filters",
      {
        query: {
          Action: "DescribeCenBandwidthPackages",
          Version: "2020-04-01",
          "TagFilters.1.Key": "env name",
          "TagFilters.1.Values.1": "prod*(1)",
          "TagFilters.1.Values.2": "staging!'",
          PageSize: 50,
          PageNumber: 1,
        },
      },
    ],
    ["another region and day", { region: "cn-shanghai", date: new Date("2031-12-31T23:59:59Z") }],
  ] as const)("agrees on %s", (_name, overrides) => {
    const input: OfficialSignInput = { ...base, ...overrides };
    const official = officialSign(input).headers;
    const mine = ours(input);
    expect(mine.Authorization).toBe(official.Authorization);
    expect(mine["X-Date"]).toBe(official["X-Date"]);
    expect(mine["X-Content-Sha256"]).toBe(official["X-Content-Sha256"]);
    expect(mine["X-Security-Token"]).toBe(official["X-Security-Token"]);
  });

  it("agrees on arbitrary Unicode values and Volcengine-style keys (property)", () => {
    const key = fc.stringMatching(/^[A-Za-z][A-Za-z0-9.]{0,20}$/);
    const value = fc.oneof(fc.string({ unit: "binary", maxLength: 30 }), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(
        fc.dictionary(key, value, { maxKeys: 12 }),
        fc.option(fc.string({ unit: "binary", minLength: 1, maxLength: 60 }), { nil: undefined }),
        fc.option(fc.stringMatching(/^[A-Za-z0-9+/=]{8,40}$/), { nil: undefined }),
        (query, body, sessionToken) => {
          const input: OfficialSignInput = {
            ...base,
            method: body === undefined ? "GET" : "POST",
            query,
            ...(body === undefined ? {} : { body }),
            credentials: { ...base.credentials, ...(sessionToken === undefined ? {} : { sessionToken }) },
          };
          expect(ours(input).Authorization).toBe(officialSign(input).headers.Authorization);
        },
      ),
      { numRuns: 300 },
    );
  });

  describe("where it departs from SPEC §1 (documented, not followed)", () => {
    const canonicalQueryOf = (query: OfficialSignInput["query"]) =>
      officialSign({ ...base, query }).canonical.split("\n")[2];

    it("sorts raw keys rather than encoded keys", () => {
      expect(canonicalQueryOf({ "a.b": "1", "a/b": "2" })).toBe("a.b=1&a%2Fb=2");
      expect(canonicalQueryString({ "a.b": "1", "a/b": "2" })).toBe("a%2Fb=2&a.b=1");
    });

    it("puts integer-like keys first, in numeric order", () => {
      expect(canonicalQueryOf({ "10": "a", "9": "b", A: "x" })).toBe("9=b&10=a&A=x");
      expect(canonicalQueryString({ "10": "a", "9": "b", A: "x" })).toBe("10=a&9=b&A=x");
    });

    it("drops a key, or empties a value, that holds a lone surrogate", () => {
      expect(canonicalQueryOf({ x: "\uD800", y: "1" })).toBe("x=&y=1");
      expect(canonicalQueryOf({ "\uD800": "v", y: "1" })).toBe("y=1");
      expect(canonicalQueryString({ x: "\uD800", y: "1" })).toBe("x=%EF%BF%BD&y=1");
    });

    it("hashes a Buffer body as its JSON, not its bytes", () => {
      const body = Buffer.from("hello");
      const official = officialSign({ ...base, method: "POST", body: body as unknown as string }).headers;
      expect(official["X-Content-Sha256"]).not.toBe(
        signRequest({ method: "POST", host: HOST, body }, base.credentials, {
          region: "cn-beijing",
          service: "cen",
          date: DATE,
        })["X-Content-Sha256"],
      );
    });

    it("sends `* ! ' ( )` unescaped in the URL although it signs them escaped", () => {
      const query = { Name: "a*b!c'd(e)" };
      expect(canonicalQueryOf(query)).toBe("Name=a%2Ab%21c%27d%28e%29");
      expect(stringify(query)).toBe("Name=a*b!c'd(e)"); // what its Service puts in the URL
      expect(canonicalQueryString(query)).toBe("Name=a%2Ab%21c%27d%28e%29"); // what we sign and send
    });
  });
});
