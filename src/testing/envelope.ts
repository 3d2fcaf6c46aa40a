import type { ApiError } from "./api-error.js";
import type { EmulatorResponse } from "./wire.js";

/** The `ResponseMetadata` fields every answer carries, error or not. */
export interface AnswerMetadata {
  RequestId: string;
  Action: string;
  Version: string;
  Service: string;
  Region: string;
}

const JSON_TYPE = "application/json; charset=utf-8";

/** The headers of every answer: the emulator's clock in `Date` (clients learn their skew from it). */
export function baseHeaders(nowMs: number, contentType = JSON_TYPE): Record<string, string> {
  return { date: new Date(nowMs).toUTCString(), "content-type": contentType };
}

/** A success: `{"ResponseMetadata":{…},"Result":{…}}` with HTTP 200. */
export function successResponse(meta: AnswerMetadata, result: unknown, nowMs: number): EmulatorResponse {
  return {
    status: 200,
    headers: baseHeaders(nowMs),
    body: JSON.stringify({ ResponseMetadata: metadataOf(meta), Result: result }),
  };
}

/**
 * An error: `{"ResponseMetadata":{…,"Error":{"Code","CodeN"?,"Message"}}}` with the error's HTTP status
 * and no `Result`.
 */
export function errorResponse(meta: AnswerMetadata, error: ApiError, nowMs: number): EmulatorResponse {
  const detail =
    error.codeN === undefined
      ? { Code: error.code, Message: error.message }
      : { Code: error.code, CodeN: error.codeN, Message: error.message };
  return {
    status: error.status,
    headers: baseHeaders(nowMs),
    body: JSON.stringify({ ResponseMetadata: { ...metadataOf(meta), Error: detail } }),
  };
}

/** The metadata in the documented key order. */
function metadataOf(meta: AnswerMetadata): AnswerMetadata {
  return {
    RequestId: meta.RequestId,
    Action: meta.Action,
    Version: meta.Version,
    Service: meta.Service,
    Region: meta.Region,
  };
}
