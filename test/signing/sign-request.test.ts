import { describe, expect, it } from "vitest";
import {
  canonicalQueryString,
  EMPTY_BODY_SHA256,
  sha256Hex,
  signCanonical,
  signRequest,
} from "../../src/signing/index.js";
import {
  ACCESS_KEY_ID,
  DATE,
  EMPTY_SHA256,
  HOST,
  referenceSignature,
  SCOPE,
  SECRET_KEY,
  SESSION_TOKEN,
  SPEC_CANONICAL_QUERY,
  SPEC_QUERY,
  SPEC_SIGNATURE,
  sha256,
  signatureOf,
  X_DATE,
} from "./fixtures.js";

const credentials = { accessKeyId: ACCESS_KEY_ID, secretKey: SECRET_KEY };
const specRequest = { method: "GET", host: HOST, query: SPEC_QUERY };
const sign = (
  request: Parameters<typeof signRequest>[0],
  creds: Parameters<typeof signRequest>[1] = credentials,
) => signRequest(request, creds, { ...SCOPE, date: DATE });

describe("SPEC §1 check vector", () => {
  it("gives the documented signature and headers", () => {
    const headers = sign(specRequest);
    expect(headers).toEqual({
      Authorization:
        `HMAC-SHA256 Credential=${ACCESS_KEY_ID}/20250102/cn-beijing/cen/request, ` +
        `SignedHeaders=host;x-content-sha256;x-date, Signature=${SPEC_SIGNATURE}`,
      "X-Date": X_DATE,
      "X-Content-Sha256": EMPTY_SHA256,
    });
  });

  it("canonicalizes the query exactly as spelled out by hand", () => {
    expect(canonicalQueryString(SPEC_QUERY)).toBe(SPEC_CANONICAL_QUERY);
  });

  it("matches the step-by-step procedure (which itself reproduces the SPEC signature)", () => {
    const canonicalRequest = [
      "GET",
      "/",
      SPEC_CANONICAL_QUERY,
      `host:${HOST}`,
      `x-content-sha256:${EMPTY_SHA256}`,
      `x-date:${X_DATE}`,
      "",
      "host;x-content-sha256;x-date",
      EMPTY_SHA256,
    ].join("\n");
    expect(referenceSignature(canonicalRequest, X_DATE, SECRET_KEY, "cn-beijing", "cen")).toBe(
      SPEC_SIGNATURE,
    );
  });

  it("with a session token, signs x-security-token and equals the procedure done by hand", () => {
    // Spelled out literally, so that a canonicalization bug in src/signing cannot also hide here.
    const canonicalRequest =
      "GET\n" +
      "/\n" +
      "Action=CreateCenBandwidthPackage&Bandwidth=2&BillingType=1&CenBandwidthPackageName=pkg%20a%2Ab~c%21%28d%29%27e" +
      "&Description=%E4%B8%AD%E6%96%87%20%E6%8F%8F%E8%BF%B0&LocalGeographicRegionSetId=China" +
      "&PeerGeographicRegionSetId=China&Tags.1.Key=k%2F1&Tags.1.Value=v%2B1%3D2%263&Version=2020-04-01\n" +
      "host:open.volcengineapi.com\n" +
      "x-content-sha256:e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855\n" +
      "x-date:20250102T030405Z\n" +
      "x-security-token:STSeyJ0ZXN0IjoidG9rZW4ifQ==\n" +
      "\n" +
      "host;x-content-sha256;x-date;x-security-token\n" +
      "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";
    const expected = referenceSignature(canonicalRequest, X_DATE, SECRET_KEY, "cn-beijing", "cen");
    // Pinned too (recomputed independently with Python's hashlib/hmac), so the helper cannot drift unnoticed.
    expect(expected).toBe("993744ebbab1650eca9a5e851b3af6f2338c810247f616176f2d2d37b920155c");

    const headers = sign(specRequest, { ...credentials, sessionToken: SESSION_TOKEN });
    expect(headers.Authorization).toBe(
      `HMAC-SHA256 Credential=${ACCESS_KEY_ID}/20250102/cn-beijing/cen/request, ` +
        `SignedHeaders=host;x-content-sha256;x-date;x-security-token, Signature=${expected}`,
    );
    expect(headers["X-Security-Token"]).toBe(SESSION_TOKEN);
    expect(signatureOf(headers.Authorization)).not.toBe(SPEC_SIGNATURE);
  });
});

describe("signRequest", () => {
  const specSignature = () => signatureOf(sign(specRequest).Authorization);

  it.each([
    "open.volcengineapi.com:443",
    "open.volcengineapi.com:80",
    "Open.VolcengineAPI.com",
    "OPEN.VOLCENGINEAPI.COM:443",
  ])("signs host %s as open.volcengineapi.com", (host) => {
    expect(signatureOf(sign({ ...specRequest, host }).Authorization)).toBe(specSignature());
  });

  it("keeps a port that is not a default one", () => {
    const other = signatureOf(sign({ ...specRequest, host: `${HOST}:8443` }).Authorization);
    const canonical = [
      "GET",
      "/",
      SPEC_CANONICAL_QUERY,
      `host:${HOST}:8443`,
      `x-content-sha256:${EMPTY_SHA256}`,
      `x-date:${X_DATE}`,
      "",
      "host;x-content-sha256;x-date",
      EMPTY_SHA256,
    ].join("\n");
    expect(other).toBe(referenceSignature(canonical, X_DATE, SECRET_KEY, "cn-beijing", "cen"));
  });

  it("upper-cases the method and defaults the path to /", () => {
    expect(signatureOf(sign({ ...specRequest, method: "get", path: "/" }).Authorization)).toBe(
      specSignature(),
    );
    expect(signatureOf(sign({ ...specRequest, path: "" }).Authorization)).toBe(specSignature());
  });

  it("does not sign other headers such as Content-Type", () => {
    const withHeaders = sign({
      ...specRequest,
      headers: { "Content-Type": "application/json", "X-Custom": "1" },
    });
    expect(signatureOf(withHeaders.Authorization)).toBe(specSignature());
  });

  it("hashes the exact body bytes, strings as UTF-8, and reports the hash in X-Content-Sha256", () => {
    const json = JSON.stringify({ Name: "默认号码池", ServiceType: 100, SubServiceType: 101 });
    const bytes = new TextEncoder().encode(json);
    const fromString = signRequest(
      {
        method: "POST",
        host: "cloud-vms.volcengineapi.com",
        query: { Action: "CreateNumberPool", Version: "2022-01-01" },
        body: json,
      },
      credentials,
      { region: "cn-beijing", service: "vms", date: DATE },
    );
    const fromBytes = signRequest(
      {
        method: "POST",
        host: "cloud-vms.volcengineapi.com",
        query: { Action: "CreateNumberPool", Version: "2022-01-01" },
        body: bytes,
      },
      credentials,
      { region: "cn-beijing", service: "vms", date: DATE },
    );
    expect(fromString["X-Content-Sha256"]).toBe(sha256(bytes));
    expect(fromBytes).toEqual(fromString);
    const canonical = [
      "POST",
      "/",
      "Action=CreateNumberPool&Version=2022-01-01",
      "host:cloud-vms.volcengineapi.com",
      `x-content-sha256:${sha256(bytes)}`,
      `x-date:${X_DATE}`,
      "",
      "host;x-content-sha256;x-date",
      sha256(bytes),
    ].join("\n");
    expect(signatureOf(fromString.Authorization)).toBe(
      referenceSignature(canonical, X_DATE, SECRET_KEY, "cn-beijing", "vms"),
    );
  });

  it("an empty body is the empty-body hash, and so is no body", () => {
    expect(sign({ ...specRequest, body: "" })).toEqual(sign(specRequest));
    expect(sign({ ...specRequest, body: new Uint8Array(0) })).toEqual(sign(specRequest));
    expect(sign(specRequest)["X-Content-Sha256"]).toBe(EMPTY_BODY_SHA256);
  });

  it("returns exactly the headers to add, X-Security-Token only with a token", () => {
    expect(Object.keys(sign(specRequest))).toEqual(["Authorization", "X-Date", "X-Content-Sha256"]);
    expect(Object.keys(sign(specRequest, { ...credentials, sessionToken: SESSION_TOKEN }))).toEqual([
      "Authorization",
      "X-Date",
      "X-Content-Sha256",
      "X-Security-Token",
    ]);
    expect(sign(specRequest, { ...credentials, sessionToken: "" })).toEqual(sign(specRequest));
    expect(sign(specRequest, { ...credentials, sessionToken: undefined })).toEqual(sign(specRequest));
    expect(sign(specRequest, { ...credentials, sessionToken: " \t " })).toEqual(sign(specRequest));
  });

  it("trims the session token and sends it as it signs it", () => {
    const padded = sign(specRequest, { ...credentials, sessionToken: `  ${SESSION_TOKEN}\t` });
    const exact = sign(specRequest, { ...credentials, sessionToken: SESSION_TOKEN });
    expect(padded).toEqual(exact);
    const folded = sign(specRequest, { ...credentials, sessionToken: "a  b\t\tc" });
    expect(folded["X-Security-Token"]).toBe("a b c");
    expect(folded).toEqual(sign(specRequest, { ...credentials, sessionToken: "a b c" }));
  });

  it("X-Date drops milliseconds, and a missing date means now", () => {
    const withMs = signRequest(specRequest, credentials, {
      ...SCOPE,
      date: new Date("2025-01-02T03:04:05.999Z"),
    });
    expect(withMs).toEqual(sign(specRequest));
    const before = Math.floor(Date.now() / 1000) * 1000;
    const now = signRequest(specRequest, credentials, SCOPE);
    const after = Date.now();
    const xDate = now["X-Date"] ?? "";
    expect(xDate).toMatch(/^\d{8}T\d{6}Z$/);
    const signedAt = Date.parse(
      `${xDate.slice(0, 4)}-${xDate.slice(4, 6)}-${xDate.slice(6, 8)}T${xDate.slice(9, 11)}:${xDate.slice(11, 13)}:${xDate.slice(13, 15)}Z`,
    );
    expect(signedAt).toBeGreaterThanOrEqual(before);
    expect(signedAt).toBeLessThanOrEqual(after);
  });

  it("is a thin wrapper over signCanonical", () => {
    const fast = signCanonical(
      {
        method: "GET",
        host: HOST,
        path: "/",
        canonicalQuery: canonicalQueryString(SPEC_QUERY),
        bodySha256: sha256Hex(""),
      },
      credentials,
      { ...SCOPE, date: DATE },
    );
    expect(fast).toEqual(sign(specRequest));
  });

  it("rejects what cannot be signed, without echoing the secret", () => {
    const input = { method: "GET", host: HOST, path: "/", canonicalQuery: "", bodySha256: EMPTY_BODY_SHA256 };
    const scope = { ...SCOPE, date: DATE };
    const errors = [
      () => signCanonical({ ...input, host: "" }, credentials, scope),
      () => signCanonical(input, { ...credentials, accessKeyId: "" }, scope),
      () => signCanonical(input, { ...credentials, secretKey: "" }, scope),
      () => signCanonical({ ...input, bodySha256: "abc" }, credentials, scope),
      () => signCanonical(input, credentials, { ...SCOPE, date: new Date(Number.NaN) }),
    ].map((f) => {
      try {
        f();
      } catch (error) {
        return error as Error;
      }
      throw new Error("expected a throw");
    });
    expect(errors.map((e) => e.constructor)).toEqual([
      TypeError,
      TypeError,
      TypeError,
      TypeError,
      RangeError,
    ]);
    for (const e of errors) expect(`${e.message} ${e.stack}`).not.toContain(SECRET_KEY);
  });
});
