/**
 * The fixed strings of Volcengine's HMAC-SHA256 request signature (SPEC §1), in one place.
 */

/** The algorithm name that opens the string to sign and the Authorization value. */
export const ALGORITHM = "HMAC-SHA256";

/** The last element of the credential scope, and the data of the last HMAC of the key chain. */
export const SCOPE_TERMINATOR = "request";

/** Signed header names without a session token (lower-case, sorted, joined by `;`). */
export const SIGNED_HEADERS = "host;x-content-sha256;x-date";

/** Signed header names with a session token (STS credentials). */
export const SIGNED_HEADERS_WITH_TOKEN = "host;x-content-sha256;x-date;x-security-token";

/**
 * Lower-case hex SHA-256 of zero bytes: the `X-Content-Sha256` of a request without a body.
 *
 * @example
 * ```ts
 * signCanonical({ method: "GET", host, path: "/", canonicalQuery, bodySha256: EMPTY_BODY_SHA256 }, creds, scope);
 * ```
 */
export const EMPTY_BODY_SHA256 = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855";

/** How many derived signing keys the cache keeps before the oldest goes (as in `@smithy/signature-v4`). */
export const MAX_SIGNING_KEY_CACHE_SIZE = 50;
