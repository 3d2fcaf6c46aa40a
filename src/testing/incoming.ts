import { type ParsedAuthorization, parseAuthorization } from "./authorization-header.js";
import { type EmulatorRequest, lowerCaseHeaders } from "./wire.js";

/** A request as the emulator's pipeline reads it: decoded once, up front. */
export interface IncomingRequest {
  method: string;
  /** The host as signed: the `Host` header (or the URL's host) without the scheme's default port. */
  host: string;
  /** The URL's path, as received (the canonical URI). */
  path: string;
  /** Query pairs, decoded, in the order received. */
  query: readonly (readonly [string, string])[];
  /** Header names in lower case. */
  headers: Readonly<Record<string, string>>;
  /** The exact body bytes received (empty when none). */
  body: Uint8Array;
  action: string | undefined;
  version: string | undefined;
  /** The Authorization header, read when it has the documented shape. */
  authorization: ParsedAuthorization | undefined;
}

const EMPTY = new Uint8Array(0);

/** Decodes what every later step needs. Never throws: a bad URL becomes an empty query. */
export function readIncoming(request: EmulatorRequest): IncomingRequest {
  const headers = lowerCaseHeaders(request.headers);
  let url: URL;
  try {
    url = new URL(request.url);
  } catch {
    url = new URL("http://invalid.invalid/");
  }
  const query = [...url.searchParams.entries()];
  const param = (name: string) => query.find(([key]) => key === name)?.[1];
  const auth = headers.authorization;
  return {
    method: request.method.toUpperCase(),
    host: signedHost(headers.host, url),
    path: url.pathname || "/",
    query,
    headers,
    body: request.body ?? EMPTY,
    action: param("Action"),
    version: param("Version"),
    authorization: auth === undefined ? undefined : parseAuthorization(auth),
  };
}

/** The `Host` header with the scheme's default port dropped, as the signers drop it. */
function signedHost(header: string | undefined, url: URL): string {
  if (header === undefined || header === "") return url.host;
  try {
    return new URL(`${url.protocol}//${header}`).host;
  } catch {
    return header;
  }
}
