/**
 * The shapes the signer takes.
 */
import type { QueryParamValue } from "./canonical-query.js";

/** The access key pair that signs, with the session token of temporary (STS) credentials. */
export interface SigningCredentials {
  /** Access key id (`AKLT…`), sent in the clear in the Authorization header. */
  accessKeyId: string;
  /** Secret access key: only ever the key of an HMAC; never sent, logged or kept as a cache key. */
  secretKey: string;
  /** STS session token: sent as `X-Security-Token` and signed. An empty string counts as none. */
  sessionToken?: string | undefined;
}

/** Where the signature is valid: the credential scope's region and service, and the signing time. */
export interface SigningScope {
  /** Region of the credential scope, e.g. `"cn-beijing"`. */
  region: string;
  /** Service name of the credential scope, e.g. `"cen"`, `"vms"`. */
  service: string;
  /** Signing time (becomes X-Date); `signRequest` uses the current time when it is left out. */
  date?: Date | undefined;
}

/** A {@link SigningScope} with its date given: what the core signer takes (it never reads the clock). */
export interface DatedSigningScope extends SigningScope {
  date: Date;
}

/** A request as `signRequest` takes it: what is signed is exactly what must be sent. */
export interface SignableRequest {
  /** HTTP method; upper-cased for signing. */
  method: string;
  /** Host as it will be in the Host header; lower-cased, and `:443` / `:80` dropped, for signing. */
  host: string;
  /** Path as sent on the wire (already percent-encoded); `"/"` when left out, as for every OpenAPI action. */
  path?: string | undefined;
  /** Query parameters; encoded by `canonicalQueryString`, whose output must be the URL's query verbatim. */
  query?: Readonly<Record<string, QueryParamValue>> | undefined;
  /**
   * Other headers of the request. None of them is signed (SPEC §1.3 signs only host, x-content-sha256,
   * x-date and x-security-token; content-type is not signed), so they do not change the signature.
   */
  headers?: Readonly<Record<string, string>> | undefined;
  /** The exact body bytes that will be sent; a string is sent, and hashed, as UTF-8. */
  body?: string | Uint8Array | undefined;
}

/** A request already in canonical form: the client's fast path, with nothing left to encode or hash. */
export interface CanonicalRequestInput {
  /** HTTP method; upper-cased for signing. */
  method: string;
  /** Host as it will be in the Host header; lower-cased, and `:443` / `:80` dropped, for signing. */
  host: string;
  /** Path as sent on the wire, e.g. `"/"`; an empty string counts as `"/"`. */
  path: string;
  /** The URL's query string without `?`, already canonical (the output of `canonicalQueryString`). */
  canonicalQuery: string;
  /** Lower-case hex SHA-256 of the exact body bytes (`EMPTY_BODY_SHA256` for none). */
  bodySha256: string;
}
