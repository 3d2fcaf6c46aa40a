import { canonicalQueryString, EMPTY_BODY_SHA256, sha256Hex } from "../signing/index.js";
import type { AnyOperation, Operation } from "./operation.js";
import { flattenParams } from "./query-params.js";

/** A request as it will be signed and sent, apart from the host and the signing headers. */
export interface SerializedRequest {
  method: string;
  /** The canonical query string: it is signed and put in the URL as it is. */
  query: string;
  body: Uint8Array | undefined;
  bodySha256: string;
  /** `Content-Type` of the body, when there is one (not signed, as SPEC §1.3 says). */
  contentType: string | undefined;
}

const JSON_CONTENT_TYPE = "application/json; charset=utf-8";
const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
const utf8 = new TextEncoder();
/** `Action` and `Version` of a POST operation never change: encode them once per operation. */
const postQueries = new WeakMap<AnyOperation, string>();

/**
 * Puts validated parameters on the wire as SPEC §2 says. GET: every parameter in the query, flattened
 * (`Tags.1.Key`), no body. POST: `Action` and `Version` in the query, the parameters as a JSON body,
 * or, for an operation with `body: "form"`, as a form flattened like a query.
 */
export function serializeRequest(
  op: AnyOperation,
  params: Readonly<Record<string, unknown>>,
): SerializedRequest {
  if (op.method === "GET") {
    const query = canonicalQueryString({ Action: op.action, Version: op.version, ...flattenParams(params) });
    return { method: "GET", query, body: undefined, bodySha256: EMPTY_BODY_SHA256, contentType: undefined };
  }
  let query = postQueries.get(op);
  if (query === undefined) {
    query = canonicalQueryString({ Action: op.action, Version: op.version });
    postQueries.set(op, query);
  }
  const form = op.body === "form";
  const body = utf8.encode(form ? canonicalQueryString(flattenParams(params)) : JSON.stringify(params));
  return {
    method: op.method,
    query,
    body,
    bodySha256: sha256Hex(body),
    contentType: form ? FORM_CONTENT_TYPE : JSON_CONTENT_TYPE,
  };
}
