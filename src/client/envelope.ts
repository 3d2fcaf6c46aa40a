import { MalformedResponseError, ServiceError } from "../errors.js";
import type { HttpResponse } from "../http/transport.js";
import { isTransientAnswer, parseRetryAfter, wasRefusedBeforeProcessing } from "./retry-policy.js";

/** `ResponseMetadata` of an answer, plus what the client knows of the call. */
export interface ResponseMetadata {
  /** `ResponseMetadata.RequestId`: quote it to Volcengine support. */
  requestId: string;
  action: string | undefined;
  version: string | undefined;
  service: string | undefined;
  region: string | undefined;
  /** HTTP status of the answer. */
  httpStatus: number;
  /** How many attempts the call took (1 when nothing was retried). */
  attempts: number;
}

/** Which call an answer belongs to, for error messages. */
export interface CallContext {
  service: string;
  action: string;
}

const EXCERPT_CHARS = 200;

/**
 * Reads a Volcengine envelope: the `Result` and metadata of a success, or the typed error of a failure.
 * A business error inside an HTTP 200 is an error. Anything that is not an envelope (HTML from a gateway,
 * truncated JSON, JSON without `ResponseMetadata`) is a `MalformedResponseError`, never a `SyntaxError`.
 */
export function parseEnvelope(
  response: HttpResponse,
  call: CallContext,
  nowMs: number,
  /** Attempts the call took, this one included (for the metadata). */
  attempts = 1,
): { result: unknown; metadata: ResponseMetadata } {
  const { status } = response;
  let parsed: unknown;
  try {
    parsed = JSON.parse(response.body);
  } catch {
    throw malformed(response, call, response.body.trim() === "" ? "empty body" : "not JSON");
  }
  const meta = field(parsed, "ResponseMetadata");
  if (!isRecord(meta)) throw malformed(response, call, "no ResponseMetadata");
  const requestId = typeof meta.RequestId === "string" ? meta.RequestId : undefined;
  const error = meta.Error;
  if (isRecord(error) || status < 200 || status >= 300) {
    if (!isRecord(error) || typeof error.Code !== "string") {
      throw malformed(response, call, `HTTP ${status} without ResponseMetadata.Error.Code`, requestId);
    }
    const code = error.Code;
    throw new ServiceError({
      ...call,
      requestId,
      code,
      codeN: typeof error.CodeN === "number" ? error.CodeN : undefined,
      status,
      message: typeof error.Message === "string" ? error.Message : "(no message)",
      retryable: isTransientAnswer(status, code),
      mayHaveSucceeded: status >= 500 && !wasRefusedBeforeProcessing(status, code),
      retryAfterMs: parseRetryAfter(response.headers["retry-after"], nowMs),
    });
  }
  if (requestId === undefined) throw malformed(response, call, "no ResponseMetadata.RequestId");
  const result = field(parsed, "Result");
  return {
    // An action with nothing to say may leave `Result` out; its schema is `{}` then.
    result: result === undefined ? {} : result,
    metadata: {
      requestId,
      action: str(meta.Action),
      version: str(meta.Version),
      service: str(meta.Service),
      region: str(meta.Region),
      httpStatus: status,
      attempts,
    },
  };
}

/**
 * The error for an answer that is not an envelope. A RequestId still visible in a body cut short or
 * otherwise unreadable is kept: support can trace the request with it.
 */
function malformed(
  response: HttpResponse,
  call: CallContext,
  reason: string,
  requestId?: string,
): MalformedResponseError {
  return new MalformedResponseError({
    ...call,
    requestId: requestId ?? /"RequestId"\s*:\s*"([^"]*)"/.exec(response.body)?.[1],
    status: response.status,
    excerpt: response.body.slice(0, EXCERPT_CHARS),
    reason,
  });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function field(value: unknown, key: string): unknown {
  return isRecord(value) ? value[key] : undefined;
}

function str(value: unknown): string | undefined {
  return typeof value === "string" ? value : undefined;
}
