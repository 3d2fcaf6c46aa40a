/**
 * The floor of the client-CPU bench: what a hand-written call costs with nothing but undici's `request`
 * and the minimal node:crypto signer of `bench/signer.ts` (no validation, no retries, no timeouts).
 *
 * The query is encoded once ({@link minimalQuery}), put in the URL and signed ({@link minimalSignQuery}),
 * as a hand-written caller would do.
 */
import { Agent, request } from "undici";
import { minimalQuery, minimalSignQuery } from "../minimal-signer.js";
import { BENCH_CREDENTIALS, BENCH_REGION, flatten, type Shape } from "./workload.js";

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
