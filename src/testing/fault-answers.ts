import { ApiError, GatewayErrors } from "./api-error.js";
import { type AnswerMetadata, baseHeaders, errorResponse } from "./envelope.js";
import type { Fault } from "./faults.js";
import type { EmulatorResponse } from "./wire.js";

const BAD_GATEWAY_PAGE =
  "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n" +
  "<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";

const NOT_JSON =
  "upstream connect error or disconnect/reset before headers. reset reason: connection termination";

/**
 * The answer a fault puts in place of the real one. `real` is the answer the handler gave, when the
 * fault strikes after it ran; a truncated fault cuts that answer (or, struck before, an InternalError
 * envelope) short.
 */
export function faultAnswer(
  fault: Exclude<Fault, { kind: "slow" }>,
  meta: AnswerMetadata,
  nowMs: number,
  real: EmulatorResponse | undefined,
): EmulatorResponse {
  switch (fault.kind) {
    case "error": {
      const error = new ApiError({
        status: fault.status,
        code: fault.code,
        codeN: fault.codeN,
        message: fault.message ?? "Injected fault.",
      });
      const answer = errorResponse(meta, error, nowMs);
      if (fault.retryAfter !== undefined) answer.headers["retry-after"] = String(fault.retryAfter);
      return answer;
    }
    case "reset":
      return { status: 0, headers: {}, body: "", disconnect: "reset" };
    case "truncated": {
      const whole = real ?? errorResponse(meta, new ApiError(GatewayErrors.InternalError), nowMs);
      return { ...whole, disconnect: "truncate" };
    }
    case "non-json":
      return {
        status: fault.status ?? 200,
        headers: baseHeaders(nowMs, "text/plain; charset=utf-8"),
        body: fault.body ?? NOT_JSON,
      };
    case "html-502":
      return { status: 502, headers: baseHeaders(nowMs, "text/html"), body: BAD_GATEWAY_PAGE };
  }
}
