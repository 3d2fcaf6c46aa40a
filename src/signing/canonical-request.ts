/**
 * The canonical request and the string to sign (SPEC §1.1, §1.3, §1.4).
 */
import { ALGORITHM, SCOPE_TERMINATOR, SIGNED_HEADERS, SIGNED_HEADERS_WITH_TOKEN } from "./constants.js";

const SPACE = 0x20;
const TAB = 0x09;

/**
 * The host as signed: lower-cased (as a URL carries it, so as the Host header goes out) and without a
 * default port (`:443`, `:80`), as the Go and Python signers do.
 */
export function canonicalHost(host: string): string {
  let h = host;
  if (h.endsWith(":443")) h = h.slice(0, -4);
  else if (h.endsWith(":80")) h = h.slice(0, -3);
  for (let i = 0; i < h.length; i++) {
    const c = h.charCodeAt(i);
    if (c >= 0x41 && c <= 0x5a) return h.toLowerCase();
  }
  return h;
}

/** A header value as signed: surrounding spaces and tabs trimmed, inner runs folded to one space. */
export function canonicalHeaderValue(value: string): string {
  const n = value.length;
  let previousBlank = true; // a blank at index 0 needs trimming
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === SPACE || c === TAB) {
      if (previousBlank || c === TAB || i === n - 1)
        return value
          .split(/[ \t]+/)
          .filter(Boolean)
          .join(" ");
      previousBlank = true;
    } else {
      previousBlank = false;
    }
  }
  return value;
}

/** The credential scope, `YYYYMMDD/region/service/request`. */
export function credentialScope(day: string, region: string, service: string): string {
  return `${day}/${region}/${service}/${SCOPE_TERMINATOR}`;
}

/**
 * The canonical request: method, path, query, the signed headers (`name:value\n` each, then an empty
 * line), the signed header names, and the body hash, joined by `\n`. Every argument is already canonical.
 *
 * @param sessionToken the canonical `x-security-token` value, or `undefined` to sign without one.
 */
export function canonicalRequestString(
  method: string,
  path: string,
  canonicalQuery: string,
  host: string,
  bodySha256: string,
  xDate: string,
  sessionToken: string | undefined,
): string {
  const headers = `host:${host}\nx-content-sha256:${bodySha256}\nx-date:${xDate}\n`;
  return sessionToken === undefined
    ? `${method}\n${path}\n${canonicalQuery}\n${headers}\n${SIGNED_HEADERS}\n${bodySha256}`
    : `${method}\n${path}\n${canonicalQuery}\n${headers}x-security-token:${sessionToken}\n\n${SIGNED_HEADERS_WITH_TOKEN}\n${bodySha256}`;
}

/** The string to sign: algorithm, X-Date, credential scope and the hex SHA-256 of the canonical request. */
export function stringToSign(xDate: string, scope: string, canonicalRequestSha256: string): string {
  return `${ALGORITHM}\n${xDate}\n${scope}\n${canonicalRequestSha256}`;
}
