/**
 * The SPEC §1 check vector and an independent, deliberately plain re-implementation of the signature
 * (node:crypto, `encodeURIComponent`, no code shared with src/signing) for the tests to check against.
 */
import { createHash, createHmac } from "node:crypto";

export const ACCESS_KEY_ID = "AKLTtestAccessKeyId";
export const SECRET_KEY = "dGVzdFNlY3JldEFjY2Vzc0tleQ==";
export const SESSION_TOKEN = "STSeyJ0ZXN0IjoidG9rZW4ifQ==";
export const X_DATE = "20250102T030405Z";
export const DATE = new Date("2025-01-02T03:04:05Z");
export const HOST = "open.volcengineapi.com";
export const SCOPE = { region: "cn-beijing", service: "cen" } as const;

/** The query of the SPEC §1 check vector. */
export const SPEC_QUERY = {
  Action: "CreateCenBandwidthPackage",
  Version: "2020-04-01",
  Bandwidth: 2,
  BillingType: 1,
  LocalGeographicRegionSetId: "China",
  PeerGeographicRegionSetId: "China",
  CenBandwidthPackageName: "pkg a*b~c!(d)'e",
  Description: "中文 描述",
  "Tags.1.Key": "k/1",
  "Tags.1.Value": "v+1=2&3",
} as const;

/** The SPEC §1 query, canonical, spelled out by hand. */
export const SPEC_CANONICAL_QUERY =
  "Action=CreateCenBandwidthPackage&Bandwidth=2&BillingType=1" +
  "&CenBandwidthPackageName=pkg%20a%2Ab~c%21%28d%29%27e" +
  "&Description=%E4%B8%AD%E6%96%87%20%E6%8F%8F%E8%BF%B0" +
  "&LocalGeographicRegionSetId=China&PeerGeographicRegionSetId=China" +
  "&Tags.1.Key=k%2F1&Tags.1.Value=v%2B1%3D2%263&Version=2020-04-01";

export const SPEC_SIGNATURE = "0f4ab6a7ce702f7354f1514cd43578289812cf5ebb56a334128e5f3305629b2d";
export const EMPTY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

export const sha256 = (data: string | Uint8Array): string => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string): Buffer => createHmac("sha256", key).update(data).digest();

/** SPEC §1.4–1.6 from a canonical request, step by step. */
export function referenceSignature(
  canonicalRequest: string,
  xDate: string,
  secretKey: string,
  region: string,
  service: string,
): string {
  const day = xDate.slice(0, 8);
  const stringToSign = `HMAC-SHA256\n${xDate}\n${day}/${region}/${service}/request\n${sha256(canonicalRequest)}`;
  const kDate = hmac(secretKey, day);
  const kRegion = hmac(kDate, region);
  const kService = hmac(kRegion, service);
  const kSigning = hmac(kService, "request");
  return createHmac("sha256", kSigning).update(stringToSign).digest("hex");
}

/** RFC 3986 encoding the obvious way: `encodeURIComponent` plus the five characters it leaves alone. */
export const referenceEncode = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/** Byte-order comparison, as a server in another language would sort. */
export const byteCompare = (a: string, b: string): number => Buffer.compare(Buffer.from(a), Buffer.from(b));

/** The signature part of an Authorization value. */
export function signatureOf(authorization: string | undefined): string {
  const match = /, Signature=([0-9a-f]{64})$/.exec(authorization ?? "");
  if (!match?.[1]) throw new Error(`no signature in ${authorization}`);
  return match[1];
}
