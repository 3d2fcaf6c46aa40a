/**
 * The minimal signer the benches compare against: what someone would write in 40 lines with node:crypto,
 * no key cache and no tuning. It is the signer of the client-CPU floor (`cpu/floor.ts`) and the
 * "minimal" contender of the signer bench (`signer.ts`).
 *
 * It comes in two steps because a caller must also put the query in the URL: {@link minimalQuery}
 * encodes it once, {@link minimalSignQuery} signs that string; {@link minimalSign} does both.
 */
import { createHash, createHmac } from "node:crypto";

const rfc3986 = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256 = (data: string): string => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string): Buffer => createHmac("sha256", key).update(data).digest();

/** Keys and the optional session token. */
export interface MinimalCredentials {
  accessKeyId: string;
  secretKey: string;
  sessionToken?: string | undefined;
}

/** The canonical query string: every key and value encoded, sorted by encoded key. */
export function minimalQuery(query: Record<string, string | number | boolean>): string {
  return Object.entries(query)
    .map(([k, v]) => [rfc3986(k), rfc3986(String(v))] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/** Signs a request whose query {@link minimalQuery} has encoded. */
export function minimalSignQuery(
  method: string,
  host: string,
  query: string,
  body: string,
  creds: MinimalCredentials,
  region: string,
  service: string,
  date: Date,
): Record<string, string> {
  const xDate = date.toISOString().replace(/[:-]|\.\d{3}/g, "");
  const day = xDate.slice(0, 8);
  const bodyHash = sha256(body);
  const token = creds.sessionToken;
  const signedHeaders = `host;x-content-sha256;x-date${token ? ";x-security-token" : ""}`;
  const canonicalHeaders = `host:${host.replace(/:(443|80)$/, "")}\nx-content-sha256:${bodyHash}\nx-date:${xDate}\n${token ? `x-security-token:${token}\n` : ""}`;
  const canonicalRequest = [method, "/", query, canonicalHeaders, signedHeaders, bodyHash].join("\n");
  const scope = `${day}/${region}/${service}/request`;
  const stringToSign = ["HMAC-SHA256", xDate, scope, sha256(canonicalRequest)].join("\n");
  const kSigning = hmac(hmac(hmac(hmac(creds.secretKey, day), region), service), "request");
  const signature = createHmac("sha256", kSigning).update(stringToSign).digest("hex");
  const headers: Record<string, string> = {
    Authorization: `HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    "X-Date": xDate,
    "X-Content-Sha256": bodyHash,
  };
  if (token) headers["X-Security-Token"] = token;
  return headers;
}

/** Both steps: encodes the query and signs the request. */
export function minimalSign(
  req: {
    method: string;
    host: string;
    query: Record<string, string | number | boolean>;
    body?: string | Uint8Array;
  },
  creds: MinimalCredentials,
  region: string,
  service: string,
  date: Date,
): Record<string, string> {
  const body = typeof req.body === "string" ? req.body : "";
  return minimalSignQuery(req.method, req.host, minimalQuery(req.query), body, creds, region, service, date);
}
