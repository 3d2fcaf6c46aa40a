/** The parts of an `Authorization: HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…` value. */
export interface ParsedAuthorization {
  accessKeyId: string;
  /** `YYYYMMDD` of the credential scope. */
  day: string;
  region: string;
  service: string;
  /** The last scope element; `request` in every valid header. */
  terminator: string;
  /** Signed header names as sent, e.g. `host;x-content-sha256;x-date`. */
  signedHeaders: string;
  /** Lower-case hex signature as sent. */
  signature: string;
}

const PATTERN =
  /^HMAC-SHA256\s+Credential=([^/,\s]+)\/([^/,\s]*)\/([^/,\s]*)\/([^/,\s]*)\/([^/,\s]*)\s*,\s*SignedHeaders=([^,\s]*)\s*,\s*Signature=([^,\s]*)\s*$/;

/**
 * Reads an Authorization value; `undefined` when it does not have the documented shape (another
 * algorithm, a missing part), which the emulator answers with `MissingAuthenticationToken`.
 *
 * @example
 * ```ts
 * parseAuthorization("HMAC-SHA256 Credential=AK/20250605/cn-beijing/vms/request, SignedHeaders=host;x-date, Signature=ab")?.service; // "vms"
 * ```
 */
export function parseAuthorization(value: string): ParsedAuthorization | undefined {
  const m = PATTERN.exec(value.trim());
  if (m === null) return undefined;
  const [, accessKeyId, day, region, service, terminator, signedHeaders, signature] = m;
  if (accessKeyId === undefined || signedHeaders === undefined || signature === undefined) return undefined;
  return {
    accessKeyId,
    day: day ?? "",
    region: region ?? "",
    service: service ?? "",
    terminator: terminator ?? "",
    signedHeaders,
    signature,
  };
}
