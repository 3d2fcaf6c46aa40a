import { timingSafeEqual } from "node:crypto";
import { parseXDate, sha256Hex, signRequest } from "../signing/index.js";
import { apiError, GatewayErrors } from "./api-error.js";
import { parseAuthorization } from "./authorization-header.js";
import type { KeyStore } from "./credentials.js";
import type { IncomingRequest } from "./incoming.js";

/** Who signed a request that passed authentication, and for which scope. */
export interface Authenticated {
  accessKeyId: string;
  region: string;
  service: string;
}

/** What authentication needs besides the request. */
export interface AuthenticateOptions {
  keys: KeyStore;
  nowMs: number;
  /** How far X-Date may be from the emulator's clock, either way (900 000 ms: the documented 15 minutes). */
  toleranceMs: number;
}

const SHAPE =
  "expected `HMAC-SHA256 Credential=<AccessKeyId>/<YYYYMMDD>/<region>/<service>/request, SignedHeaders=<names>, Signature=<hex>`";

/**
 * Authenticates a request as the gateway does: re-derives the signature with the SDK's own signer over
 * what was received (the decoded query, the Host header, the path, the X-Date, the body bytes) and the
 * secret of the access key named in the credential scope, then compares the credential scope, the
 * SignedHeaders list and the signature. Throws the documented error of the first check that fails.
 */
export function authenticate(req: IncomingRequest, options: AuthenticateOptions): Authenticated {
  const header = req.headers.authorization;
  if (header === undefined || header.trim() === "") throw apiError(GatewayErrors.MissingSignature);
  const auth = req.authorization;
  if (auth === undefined || auth.terminator !== "request") {
    throw apiError(
      GatewayErrors.MissingAuthenticationToken,
      `The Authorization header is malformed: ${SHAPE}.`,
    );
  }

  const xDate = req.headers["x-date"];
  const signedAt = xDate === undefined ? undefined : parseXDate(xDate);
  if (xDate === undefined || signedAt === undefined) {
    throw apiError(GatewayErrors.InvalidTimestamp, "X-Date must be present, as YYYYMMDDTHHMMSSZ (UTC).");
  }
  const skewMs = signedAt.getTime() - options.nowMs;
  if (Math.abs(skewMs) > options.toleranceMs) {
    const serverTime = new Date(options.nowMs).toISOString();
    throw apiError(
      GatewayErrors.InvalidTimestamp,
      `X-Date ${xDate} is ${Math.round(Math.abs(skewMs) / 1000)} s ${skewMs < 0 ? "behind" : "ahead of"} the server time ${serverTime}; ` +
        `a signature is valid for ${options.toleranceMs / 1000} s either way.`,
    );
  }

  const key = options.keys.get(auth.accessKeyId);
  if (key === undefined)
    throw apiError(GatewayErrors.InvalidAccessKey, `Unknown access key id ${auth.accessKeyId}.`);
  const token = req.headers["x-security-token"];
  if (key.sessionToken !== undefined && token !== key.sessionToken) {
    throw apiError(
      GatewayErrors.InvalidSecretToken,
      token === undefined
        ? "Temporary (STS) credentials need their session token in X-Security-Token."
        : "X-Security-Token is not the session token issued with this access key.",
    );
  }

  const bodySha256 = sha256Hex(req.body);
  const sentSha256 = req.headers["x-content-sha256"];
  if (sentSha256 !== undefined && sentSha256 !== bodySha256) {
    throw apiError(
      GatewayErrors.SignatureDoesNotMatch,
      "X-Content-Sha256 is not the SHA-256 of the body received: the body sent is not the one signed.",
    );
  }

  const expected = parseAuthorization(
    signRequest(
      {
        method: req.method,
        host: req.host,
        path: req.path,
        query: Object.fromEntries(req.query),
        body: req.body,
      },
      { accessKeyId: key.accessKeyId, secretKey: key.secretKey, sessionToken: token },
      { region: auth.region, service: auth.service, date: signedAt },
    ).Authorization ?? "",
  );
  if (expected === undefined) throw new Error("The SDK signer produced an unreadable Authorization header");
  if (auth.day !== expected.day) {
    throw apiError(
      GatewayErrors.SignatureDoesNotMatch,
      `The credential scope date ${auth.day} is not the date of X-Date ${xDate}.`,
    );
  }
  if (auth.signedHeaders !== expected.signedHeaders) {
    throw apiError(
      GatewayErrors.SignatureDoesNotMatch,
      `SignedHeaders must be ${expected.signedHeaders}; got ${auth.signedHeaders || "(none)"}.`,
    );
  }
  if (!sameHex(auth.signature, expected.signature)) {
    throw apiError(
      GatewayErrors.SignatureDoesNotMatch,
      "Check the secret key, and that the query string, the Host header and the body sent are exactly the ones signed.",
    );
  }
  return { accessKeyId: key.accessKeyId, region: auth.region, service: auth.service };
}

/** Compares two signatures in constant time (no timing hint about how many leading digits matched). */
function sameHex(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}
