/**
 * The errors the emulator answers with, as the docs list them: HTTP status, `Code`, `CodeN` when the
 * gateway documents one, and the documented message.
 */

/** One documented error answer. */
export interface ApiErrorSpec {
  status: number;
  code: string;
  codeN?: number | undefined;
  message: string;
}

/**
 * An error answer in the making. Thrown anywhere in the emulator's pipeline (authentication, routing,
 * validation, a handler) and turned into the error envelope by the core.
 *
 * @example
 * ```ts
 * throw new ApiError({ status: 404, code: "InvalidCen.NotFound", message: "The specified CEN does not exist." });
 * ```
 */
export class ApiError extends Error {
  override name = "ApiError";
  readonly status: number;
  readonly code: string;
  readonly codeN: number | undefined;

  constructor(spec: ApiErrorSpec) {
    super(spec.message);
    this.status = spec.status;
    this.code = spec.code;
    this.codeN = spec.codeN;
  }
}

/** Builds an {@link ApiError} from a documented entry, appending a detail that says what was wrong. */
export function apiError(spec: ApiErrorSpec, detail?: string): ApiError {
  return new ApiError({ ...spec, message: detail ? `${spec.message} ${detail}` : spec.message });
}

/** Fills the `%s` of a documented message. */
export function formatMessage(template: string, value: string): string {
  return template.replace("%s", value);
}

/** The gateway's common errors (SPEC §3), with status and CodeN as documented. */
export const GatewayErrors = {
  MissingParameter: {
    status: 400,
    code: "MissingParameter",
    codeN: 100002,
    message: "The required parameter %s is missing.",
  },
  InvalidParameter: {
    status: 400,
    code: "InvalidParameter",
    message: "The specified parameter %s is invalid.",
  },
  MissingAuthenticationToken: {
    status: 401,
    code: "MissingAuthenticationToken",
    codeN: 100003,
    message: "The request is missing a valid authentication token.",
  },
  MissingSignature: {
    status: 401,
    code: "MissingSignature",
    codeN: 100005,
    message: "The request must be signed: the Authorization header is missing.",
  },
  InvalidTimestamp: {
    status: 400,
    code: "InvalidTimestamp",
    codeN: 100006,
    message: "The request timestamp is invalid or expired.",
  },
  InvalidActionOrVersion: {
    status: 404,
    code: "InvalidActionOrVersion",
    codeN: 100008,
    message: "Could not find operation %s.",
  },
  InvalidAccessKey: {
    status: 401,
    code: "InvalidAccessKey",
    codeN: 100009,
    message: "The access key id does not exist.",
  },
  SignatureDoesNotMatch: {
    status: 401,
    code: "SignatureDoesNotMatch",
    codeN: 100010,
    message: "The request signature we calculated does not match the signature you provided.",
  },
  InvalidSecretToken: {
    status: 401,
    code: "InvalidSecretToken",
    message: "The security token is missing or invalid.",
  },
  InternalError: {
    status: 500,
    code: "InternalError",
    codeN: 100014,
    message: "The request has failed due to an unknown error.",
  },
  ServiceUnavailable: {
    status: 503,
    code: "ServiceUnavailable",
    message: "The request has failed due to a temporary failure of the server.",
  },
  FlowLimitExceeded: { status: 429, code: "FlowLimitExceeded", message: "Flow limit exceeded." },
  IdempotentParameterMismatch: {
    status: 400,
    code: "IdempotentParameterMismatch",
    message:
      "Arguments on this idempotent request are inconsistent with arguments used in previous request(s).",
  },
  QuotaExceeded: { status: 400, code: "QuotaExceeded", message: "%s has exceeded the quota." },
} as const satisfies Record<string, ApiErrorSpec>;
