/**
 * `signCanonical`, the signer proper, and `signRequest`, its convenient wrapper.
 */
import { canonicalQueryString } from "./canonical-query.js";
import {
  canonicalHeaderValue,
  canonicalHost,
  canonicalRequestString,
  credentialScope,
  stringToSign,
} from "./canonical-request.js";
import { ALGORITHM, EMPTY_BODY_SHA256, SIGNED_HEADERS, SIGNED_HEADERS_WITH_TOKEN } from "./constants.js";
import { sha256Hex } from "./hash.js";
import { signingKeyCache } from "./signing-key.js";
import type {
  CanonicalRequestInput,
  DatedSigningScope,
  SignableRequest,
  SigningCredentials,
  SigningScope,
} from "./types.js";
import { formatXDate } from "./x-date.js";

/**
 * Signs a request whose query is already canonical and whose body is already hashed: the client's fast
 * path. Returns the headers to add: `Authorization`, `X-Date`, `X-Content-Sha256`, and
 * `X-Security-Token` when the credentials carry a session token. Signs `host;x-content-sha256;x-date`
 * (`;x-security-token` with a token). Pure: no clock, no I/O; the signing key is cached per
 * (secret fingerprint, day, region, service).
 *
 * The request sent must carry `input.canonicalQuery` verbatim as its query string, the same host, and
 * body bytes whose SHA-256 is `input.bodySha256`; otherwise the server answers `SignatureDoesNotMatch`.
 *
 * @throws TypeError when the host, access key id or secret key is empty, or `bodySha256` is not 64 characters.
 * @throws RangeError when `scope.date` is invalid.
 * @example
 * ```ts
 * const query = canonicalQueryString({ Action: "DescribeCens", Version: "2020-04-01" });
 * const headers = signCanonical(
 *   { method: "GET", host: "open.volcengineapi.com", path: "/", canonicalQuery: query, bodySha256: EMPTY_BODY_SHA256 },
 *   { accessKeyId, secretKey },
 *   { region: "cn-beijing", service: "cen", date: new Date() },
 * );
 * await fetch(`https://open.volcengineapi.com/?${query}`, { headers });
 * ```
 */
export function signCanonical(
  input: CanonicalRequestInput,
  credentials: SigningCredentials,
  scope: DatedSigningScope,
): Record<string, string> {
  const { accessKeyId, secretKey, sessionToken } = credentials;
  const { bodySha256 } = input;
  if (!input.host) throw new TypeError("Cannot sign a request without a host");
  if (!accessKeyId || !secretKey)
    throw new TypeError("Cannot sign without an access key id and a secret key");
  if (bodySha256.length !== 64)
    throw new TypeError("bodySha256 must be the 64-digit hex SHA-256 of the body");

  const xDate = formatXDate(scope.date);
  const day = xDate.slice(0, 8);
  const token = (sessionToken && canonicalHeaderValue(sessionToken)) || undefined;
  const method = input.method.toUpperCase();
  const canonical = canonicalRequestString(
    method,
    input.path || "/",
    input.canonicalQuery,
    canonicalHost(input.host),
    bodySha256,
    xDate,
    token,
  );
  const scopeString = credentialScope(day, scope.region, scope.service);
  const signingKey = signingKeyCache.get(secretKey, day, scope.region, scope.service);
  const signature = signingKey.hex(stringToSign(xDate, scopeString, sha256Hex(canonical)));
  const signedHeaders = token === undefined ? SIGNED_HEADERS : SIGNED_HEADERS_WITH_TOKEN;

  const headers: Record<string, string> = {
    Authorization: `${ALGORITHM} Credential=${accessKeyId}/${scopeString}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    "X-Date": xDate,
    "X-Content-Sha256": bodySha256,
  };
  if (token !== undefined) headers["X-Security-Token"] = token;
  return headers;
}

/**
 * Signs a request (SPEC §1) and returns the headers to add to it: `Authorization`, `X-Date`,
 * `X-Content-Sha256`, and `X-Security-Token` when a session token is given. The query is encoded with
 * `canonicalQueryString` and the body hashed with `sha256Hex`; send that same query string and those
 * same bytes. `scope.date` defaults to now: the only clock reading in the signer.
 *
 * @example
 * ```ts
 * const query = { Action: "DescribeCens", Version: "2020-04-01" };
 * const headers = signRequest(
 *   { method: "GET", host: "open.volcengineapi.com", query },
 *   { accessKeyId: "AKLT…", secretKey: "…" },
 *   { region: "cn-beijing", service: "cen" },
 * );
 * await fetch(`https://open.volcengineapi.com/?${canonicalQueryString(query)}`, { headers });
 * ```
 */
export function signRequest(
  request: SignableRequest,
  credentials: SigningCredentials,
  scope: SigningScope,
): Record<string, string> {
  const { query, body } = request;
  return signCanonical(
    {
      method: request.method,
      host: request.host,
      path: request.path || "/",
      canonicalQuery: query === undefined ? "" : canonicalQueryString(query),
      bodySha256: body === undefined ? EMPTY_BODY_SHA256 : sha256Hex(body),
    },
    credentials,
    { region: scope.region, service: scope.service, date: scope.date ?? new Date() },
  );
}
