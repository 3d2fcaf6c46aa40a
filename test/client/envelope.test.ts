import { describe, expect, it } from "vitest";
import { parseEnvelope } from "../../src/client/envelope.js";
import { MalformedResponseError, ServiceError } from "../../src/errors.js";
import type { HttpResponse } from "../../src/http/transport.js";

const call = { service: "cen", action: "CreateCenBandwidthPackage" };
const answer = (status: number, body: unknown, headers: Record<string, string> = {}): HttpResponse => ({
  status,
  headers,
  body: typeof body === "string" ? body : JSON.stringify(body),
});
const meta = {
  RequestId: "2021081115253901022514606AAAA",
  Action: call.action,
  Version: "2020-04-01",
  Service: "cen",
  Region: "cn-beijing",
};

function thrown(fn: () => unknown): unknown {
  try {
    fn();
  } catch (err) {
    return err;
  }
  throw new Error("expected a throw");
}

describe("parseEnvelope", () => {
  it("returns the Result and the metadata of a success", () => {
    const { result, metadata } = parseEnvelope(
      answer(200, { ResponseMetadata: meta, Result: { CenBandwidthPackageId: "cbp-1" } }),
      call,
      0,
    );
    expect(result).toEqual({ CenBandwidthPackageId: "cbp-1" });
    expect(metadata).toEqual({
      requestId: meta.RequestId,
      action: call.action,
      version: "2020-04-01",
      service: "cen",
      region: "cn-beijing",
      httpStatus: 200,
      attempts: 1,
    });
  });

  it("turns an error envelope with CodeN into a ServiceError carrying every field", () => {
    const err = thrown(() =>
      parseEnvelope(
        answer(401, {
          ResponseMetadata: {
            ...meta,
            Error: { Code: "SignatureDoesNotMatch", CodeN: 100010, Message: "bad sig" },
          },
        }),
        call,
        0,
      ),
    );
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({
      name: "ServiceError",
      code: "SignatureDoesNotMatch",
      codeN: 100010,
      status: 401,
      requestId: meta.RequestId,
      action: call.action,
      service: "cen",
      retryable: false,
      mayHaveSucceeded: false,
    });
    expect((err as Error).message).toContain("SignatureDoesNotMatch");
    expect((err as Error).message).toContain(meta.RequestId);
  });

  it("turns an error without CodeN into a ServiceError with codeN undefined", () => {
    const err = thrown(() =>
      parseEnvelope(
        answer(409, {
          ResponseMetadata: { ...meta, Error: { Code: "InvalidCen.InvalidStatus", Message: "x" } },
        }),
        call,
        0,
      ),
    );
    expect(err).toMatchObject({ code: "InvalidCen.InvalidStatus", codeN: undefined, status: 409 });
  });

  it("treats a business error inside HTTP 200 as an error, not a result", () => {
    const err = thrown(() =>
      parseEnvelope(
        answer(200, {
          ResponseMetadata: { ...meta, Error: { Code: "OrderError", Message: "no" } },
          Result: {},
        }),
        call,
        0,
      ),
    );
    expect(err).toBeInstanceOf(ServiceError);
    expect(err).toMatchObject({ code: "OrderError", status: 200 });
  });

  it("marks throttling and 5xx answers transient and reads Retry-After", () => {
    const err = thrown(() =>
      parseEnvelope(
        answer(
          429,
          { ResponseMetadata: { ...meta, Error: { Code: "FlowLimitExceeded", Message: "slow down" } } },
          { "retry-after": "2" },
        ),
        call,
        0,
      ),
    );
    expect(err).toMatchObject({ retryable: true, retryAfterMs: 2000, mayHaveSucceeded: false });
    const e500 = thrown(() =>
      parseEnvelope(
        answer(500, { ResponseMetadata: { ...meta, Error: { Code: "InternalError", Message: "oops" } } }),
        call,
        0,
      ),
    );
    expect(e500).toMatchObject({ retryable: true, mayHaveSucceeded: true });
  });

  it.each([
    ["an HTML 502 page", 502, "<html><body><h1>502 Bad Gateway</h1></body></html>", "not JSON"],
    ["a truncated body", 200, '{"ResponseMetadata":{"RequestId":"abc","Act', "not JSON"],
    ["an empty body", 503, "", "empty body"],
    ["JSON without ResponseMetadata", 200, '{"Result":{}}', "no ResponseMetadata"],
    ["JSON that is not an object", 200, "[1,2]", "no ResponseMetadata"],
    [
      "an error status without an Error",
      500,
      JSON.stringify({ ResponseMetadata: meta }),
      "without ResponseMetadata.Error.Code",
    ],
  ])("turns %s into a MalformedResponseError with status and excerpt", (_what, status, body, reason) => {
    const err = thrown(() => parseEnvelope(answer(status, body), call, 0));
    expect(err).toBeInstanceOf(MalformedResponseError);
    expect(err).toMatchObject({ name: "MalformedResponseError", status, excerpt: body.slice(0, 200) });
    expect((err as Error).message).toContain(reason);
  });

  it("keeps a RequestId still readable in a body cut short", () => {
    const err = thrown(() =>
      parseEnvelope(
        answer(200, '{"ResponseMetadata":{"RequestId":"20250605154603129051249208DE04B5","Act'),
        call,
        0,
      ),
    );
    expect(err).toMatchObject({
      name: "MalformedResponseError",
      requestId: "20250605154603129051249208DE04B5",
    });
    expect(thrown(() => parseEnvelope(answer(502, "<html>502</html>"), call, 0))).toMatchObject({
      requestId: undefined,
    });
  });

  it("keeps at most 200 characters of a long body", () => {
    const err = thrown(() =>
      parseEnvelope(answer(502, `<html>${"x".repeat(5000)}`), call, 0),
    ) as MalformedResponseError;
    expect(err.excerpt).toHaveLength(200);
    expect(err.message.length).toBeLessThan(400);
  });
});
