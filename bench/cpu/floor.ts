/**
 * The floor of the client-CPU bench: what a hand-written call costs with nothing but undici's `request`
 * and the minimal node:crypto signer of `bench/signer.ts` (no validation, no retries, no timeouts).
 *
 * `minimalSign` there encodes the query itself and does not hand it back; a caller must also put that
 * query in the URL, so encoding it twice would flatter us. The floor therefore splits the same code in
 * two: {@link minimalQuery} encodes once, {@link minimalSignQuery} signs that string. `run.ts` checks
 * that the pair signs exactly as `minimalSign` does before anything is measured.
 */
import { createHash, createHmac } from "node:crypto";
import { Agent, request } from "undici";
import { BENCH_CREDENTIALS, BENCH_REGION, flatten, type Shape } from "./workload.js";

const rfc3986 = (s: string): string =>
  encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
const sha256 = (data: string): string => createHash("sha256").update(data).digest("hex");
const hmac = (key: string | Buffer, data: string): Buffer => createHmac("sha256", key).update(data).digest();

/** The canonical query string, as `minimalSign` builds it: encoded, sorted by encoded key. */
export function minimalQuery(query: Record<string, string | number | boolean>): string {
  return Object.entries(query)
    .map(([k, v]) => [rfc3986(k), rfc3986(String(v))] as const)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

/** `minimalSign` of `bench/signer.ts`, given the query already encoded by {@link minimalQuery}. */
export function minimalSignQuery(
  method: string,
  host: string,
  query: string,
  body: string,
  creds: { accessKeyId: string; secretKey: string },
  region: string,
  service: string,
  date: Date,
): Record<string, string> {
  const xDate = date.toISOString().replace(/[:-]|\.\d{3}/g, "");
  const day = xDate.slice(0, 8);
  const bodyHash = sha256(body);
  const signedHeaders = "host;x-content-sha256;x-date";
  const canonicalHeaders = `host:${host}\nx-content-sha256:${bodyHash}\nx-date:${xDate}\n`;
  const canonicalRequest = [method, "/", query, canonicalHeaders, signedHeaders, bodyHash].join("\n");
  const scope = `${day}/${region}/${service}/request`;
  const stringToSign = ["HMAC-SHA256", xDate, scope, sha256(canonicalRequest)].join("\n");
  const kSigning = hmac(hmac(hmac(hmac(creds.secretKey, day), region), service), "request");
  const signature = createHmac("sha256", kSigning).update(stringToSign).digest("hex");
  return {
    Authorization: `HMAC-SHA256 Credential=${creds.accessKeyId}/${scope}, SignedHeaders=${signedHeaders}, Signature=${signature}`,
    "X-Date": xDate,
    "X-Content-Sha256": bodyHash,
  };
}

/**
 * A caller of `shape` on undici's `request` with the minimal signer: flattens, encodes, signs, sends,
 * reads the JSON answer, checks for an error envelope and returns `Result`.
 */
export function floorCaller(shape: Shape, origin: string): () => Promise<unknown> {
  const host = new URL(origin).host;
  const dispatcher = new Agent({ keepAliveTimeout: 4_000 });
  return async () => {
    const params: Record<string, unknown> = { ...shape.params };
    if (shape.clientToken) params.ClientToken = globalThis.crypto.randomUUID();
    let query: string;
    let body = "";
    const headers: Record<string, string> = {};
    if (shape.method === "GET") {
      query = minimalQuery({ Action: shape.action, Version: shape.version, ...flatten(params) });
    } else {
      query = minimalQuery({ Action: shape.action, Version: shape.version });
      body = JSON.stringify(params);
      headers["content-type"] = "application/json; charset=utf-8";
    }
    const signed = minimalSignQuery(
      shape.method,
      host,
      query,
      body,
      BENCH_CREDENTIALS,
      BENCH_REGION,
      shape.service,
      new Date(),
    );
    const answer = await request(`${origin}/?${query}`, {
      method: shape.method,
      headers: { ...headers, ...signed },
      body: shape.method === "GET" ? undefined : body,
      dispatcher,
    });
    const envelope = (await answer.body.json()) as {
      ResponseMetadata?: { Error?: unknown };
      Result?: unknown;
    };
    if (envelope.ResponseMetadata?.Error) throw new Error("error envelope");
    return envelope.Result;
  };
}
