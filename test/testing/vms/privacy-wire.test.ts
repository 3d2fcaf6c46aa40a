// The privacy-number actions over real HTTP (startEmulator): every input that breaks a documented rule
// is refused by the emulator too, with the documented code and status (IllegalArgument inside HTTP 200
// where vms documents it); business errors come as HTTP 200 with the error envelope, which the client
// (on undici) turns into a ServiceError.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ServiceError, VolcClient } from "../../../src/index.js";
import { CreateNumberPool, SelectNumberAndBindAXB } from "../../../src/services/vms/index.js";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../../src/testing/index.js";
import { badRows, inAnHour, OPERATIONS } from "../../services/vms/privacy-fixtures.js";
import { codeOf, sendRaw, vmsJsonRequest } from "../raw.js";

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator();
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.emulator.reset());

const ROWS = OPERATIONS.flatMap(({ op, base }) => badRows(op, base));

describe("the emulator refuses what the SDK refuses", () => {
  it.each(ROWS)("$op.action: $rule", async (row) => {
    const answer = await sendRaw(server.url, vmsJsonRequest(row.input, { action: row.op.action }));
    const expected = row.missing
      ? [400, "MissingParameter"]
      : row.op.action === "EnableOrDisableNumber"
        ? [200, "IllegalArgument"]
        : [400, "InvalidParameter"];
    expect([answer.status, codeOf(answer)]).toEqual(expected);
    expect(answer.envelope.ResponseMetadata.Error?.Message).toContain(row.path);
    expect(answer.envelope.Result).toBeUndefined();
  });
});

describe("business errors inside HTTP 200", () => {
  it("answer 200 with ResponseMetadata.Error and no Result", async () => {
    const answer = await sendRaw(
      server.url,
      vmsJsonRequest({ NumberPoolNo: "NP1", SubId: "S1" }, { action: "QuerySubscription" }),
    );
    expect(answer.status).toBe(200);
    expect(answer.envelope.ResponseMetadata).toMatchObject({
      Action: "QuerySubscription",
      Service: "vms",
      Error: { Code: "SubscriptionEmpty", Message: expect.stringContaining("S1") },
    });
    expect(answer.envelope.Result).toBeUndefined();
  });

  it("reach a client on undici as a ServiceError with the request id, tried once", async () => {
    const volc = new VolcClient({ endpoint: server.url, credentials: EMULATOR_CREDENTIALS });
    try {
      const { NumberPoolNo } = await volc.send(CreateNumberPool, {
        Name: "p",
        ServiceType: 200,
        SubServiceType: 201,
      });
      server.emulator.addNumbers(NumberPoolNo, 1);
      const bind = () =>
        volc.send(SelectNumberAndBindAXB, { NumberPoolNo, PhoneNoA: "13700000001", ExpireTime: inAnHour() });
      const first = await bind();
      expect(first.$metadata.httpStatus).toBe(200);
      const error = await bind().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(ServiceError);
      expect(error).toMatchObject({
        code: "PhoneNoXOccupied",
        status: 200,
        attempts: 1,
        requestId: expect.any(String),
      });
      expect(server.emulator.stats.requestsByAction.SelectNumberAndBindAXB).toBe(2);
    } finally {
      await volc.close();
    }
  });

  it("a bare true Result goes out as JSON true", async () => {
    const pool = await sendRaw(
      server.url,
      vmsJsonRequest({ Name: "p", ServiceType: 200, SubServiceType: 201 }),
    );
    const NumberPoolNo = pool.envelope.Result?.NumberPoolNo;
    const answer = await sendRaw(
      server.url,
      vmsJsonRequest({ NumberPoolNo, Name: "q" }, { action: "UpdateNumberPool" }),
    );
    expect(answer.text).toMatch(/"Result":true}$/);
  });
});
