// vms CreateNumberPool, driven with raw POST requests: JSON and form bodies, the documented
// MissingParameter / InvalidParameter answers, and the pools kept.
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/testing/index.js";
import { codeOf, sendRaw, VMS, vmsJsonRequest } from "./raw.js";

let server: RunningEmulator;
beforeAll(async () => {
  server = await startEmulator({ quotas: { numberPools: 2 } });
});
afterAll(async () => {
  await server.close();
});
beforeEach(() => server.emulator.reset());

const FORM = "application/x-www-form-urlencoded";

describe("CreateNumberPool", () => {
  it("creates a pool from a JSON body and keeps it", async () => {
    const answer = await sendRaw(
      server.url,
      vmsJsonRequest({ Name: "默认号码池", ServiceType: 100, SubServiceType: 101 }),
    );
    expect(answer.status).toBe(200);
    expect(answer.envelope.ResponseMetadata).toMatchObject({
      Action: VMS.action,
      Version: VMS.version,
      Service: "vms",
    });
    const result = answer.envelope.Result as { NumberPoolNo: string };
    expect(result).toEqual({
      Name: "默认号码池",
      NumberPoolNo: expect.stringMatching(/^NP\d{10}$/),
      ServiceType: 100,
      SubServiceType: 101,
    });
    expect(server.emulator.state.numberPools.get(result.NumberPoolNo)).toMatchObject({
      Name: "默认号码池",
      ServiceType: 100,
      SubServiceType: 101,
      CreatedBy: "AKLTEmulatorTestKey",
    });
    expect(server.emulator.countCreatedByName("默认号码池")).toBe(1);
  });

  it("creates a pool from a form body, whose numbers arrive as text", async () => {
    const body = new URLSearchParams({
      Name: "form pool",
      ServiceType: "200",
      SubServiceType: "201",
    }).toString();
    const answer = await sendRaw(server.url, { ...VMS, method: "POST", body, contentType: FORM });
    expect(answer.status).toBe(200);
    expect(answer.envelope.Result).toMatchObject({
      Name: "form pool",
      ServiceType: 200,
      SubServiceType: 201,
    });
  });

  it("gives every pool its own NumberPoolNo", async () => {
    const first = await sendRaw(
      server.url,
      vmsJsonRequest({ Name: "a", ServiceType: 100, SubServiceType: 101 }),
    );
    const second = await sendRaw(
      server.url,
      vmsJsonRequest({ Name: "a", ServiceType: 100, SubServiceType: 101 }),
    );
    expect(first.envelope.Result?.NumberPoolNo).not.toBe(second.envelope.Result?.NumberPoolNo);
    expect(server.emulator.countCreatedByName("a")).toBe(2);
  });

  it("accepts a service type code it does not know, as the API adds codes over time", async () => {
    const answer = await sendRaw(
      server.url,
      vmsJsonRequest({ Name: "new", ServiceType: 300, SubServiceType: 301 }),
    );
    expect(answer.status).toBe(200);
  });

  const refused: [string, Parameters<typeof sendRaw>[1], string, string][] = [
    ["no Name", vmsJsonRequest({ ServiceType: 100, SubServiceType: 101 }), "MissingParameter", "Name"],
    [
      "no SubServiceType in a form",
      { ...VMS, method: "POST", contentType: FORM, body: "Name=p&ServiceType=100" },
      "MissingParameter",
      "SubServiceType",
    ],
    [
      "a number sent as a JSON string",
      vmsJsonRequest({ Name: "p", ServiceType: "100", SubServiceType: 101 }),
      "InvalidParameter",
      "ServiceType",
    ],
    [
      "a form number that is not one",
      { ...VMS, method: "POST", contentType: FORM, body: "Name=p&ServiceType=1e2&SubServiceType=101" },
      "InvalidParameter",
      "ServiceType",
    ],
    [
      "a Name over 32 characters",
      vmsJsonRequest({ Name: "n".repeat(33), ServiceType: 100, SubServiceType: 101 }),
      "InvalidParameter",
      "Name",
    ],
    [
      "a sub-service under the wrong service",
      vmsJsonRequest({ Name: "p", ServiceType: 100, SubServiceType: 201 }),
      "InvalidParameter",
      "SubServiceType",
    ],
    [
      "an unknown parameter",
      vmsJsonRequest({ Name: "p", ServiceType: 100, SubServiceType: 101, Extra: 1 }),
      "InvalidParameter",
      "Extra",
    ],
    ["a body that is not JSON", { ...vmsJsonRequest({}), body: "{not json" }, "InvalidParameter", "body"],
    ["a JSON array body", { ...vmsJsonRequest({}), body: "[]" }, "InvalidParameter", "body"],
  ];
  for (const [name, request, code, mentioned] of refused) {
    it(`answers 400 ${code} for ${name}`, async () => {
      const answer = await sendRaw(server.url, request);
      expect([answer.status, codeOf(answer)]).toEqual([400, code]);
      expect(answer.envelope.ResponseMetadata.Error?.Message).toContain(mentioned);
      expect(server.emulator.state.numberPools.size).toBe(0);
    });
  }

  it("answers MissingParameter with the documented message and CodeN", async () => {
    const answer = await sendRaw(server.url, vmsJsonRequest({ ServiceType: 100, SubServiceType: 101 }));
    expect(answer.envelope.ResponseMetadata.Error).toEqual({
      Code: "MissingParameter",
      CodeN: 100002,
      Message: "The required parameter Name is missing.",
    });
  });

  it("answers QuotaExceeded past the configured number of pools", async () => {
    for (let i = 0; i < 2; i++) {
      expect(
        (await sendRaw(server.url, vmsJsonRequest({ Name: `p${i}`, ServiceType: 100, SubServiceType: 101 })))
          .status,
      ).toBe(200);
    }
    const answer = await sendRaw(
      server.url,
      vmsJsonRequest({ Name: "p2", ServiceType: 100, SubServiceType: 101 }),
    );
    expect([answer.status, codeOf(answer)]).toEqual([400, "QuotaExceeded"]);
  });
});
