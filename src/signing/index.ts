/**
 * Request signing for the Volcengine OpenAPI (HMAC-SHA256, SPEC §1). Pure functions over node:crypto:
 * no I/O, no environment, and no clock except `signRequest`'s default date.
 *
 * @example
 * ```ts
 * import { canonicalQueryString, signRequest } from "./signing/index.js";
 * const query = { Action: "DescribeCens", Version: "2020-04-01" };
 * const headers = signRequest({ method: "GET", host: "open.volcengineapi.com", query }, credentials, {
 *   region: "cn-beijing",
 *   service: "cen",
 * });
 * // send to `https://open.volcengineapi.com/?${canonicalQueryString(query)}` with `headers`
 * ```
 */
export { canonicalQueryString, type QueryParamValue } from "./canonical-query.js";
export { EMPTY_BODY_SHA256 } from "./constants.js";
export { sha256Hex } from "./hash.js";
export { percentEncode } from "./percent-encode.js";
export { signCanonical, signRequest } from "./sign.js";
export type {
  CanonicalRequestInput,
  DatedSigningScope,
  SignableRequest,
  SigningCredentials,
  SigningScope,
} from "./types.js";
export { formatXDate, parseXDate } from "./x-date.js";
