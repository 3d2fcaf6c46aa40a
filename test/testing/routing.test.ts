// Routing: the gateway finds the action by the credential scope's service and the Action and Version
// query parameters, and says which one is missing or unknown.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RunningEmulator, startEmulator } from "../../src/testing/index.js";
import { CEN, codeOf, sendRaw, VMS } from "./raw.js";

const NOW = Date.parse("2025-06-05T07:45:57Z");
const signedNow = { date: new Date(NOW) };
let server: RunningEmulator;

beforeAll(async () => {
  server = await startEmulator({ now: () => NOW });
});
afterAll(async () => {
  await server.close();
});

describe("routing", () => {
  it("answers MissingParameter 400/100002 without an Action", async () => {
    const answer = await sendRaw(server.url, {
      ...signedNow,
      action: undefined,
      version: CEN.version,
      service: "cen",
    });
    expect([answer.status, codeOf(answer), answer.envelope.ResponseMetadata.Error?.CodeN]).toEqual([
      400,
      "MissingParameter",
      100002,
    ]);
    expect(answer.envelope.ResponseMetadata.Error?.Message).toContain("Action");
  });

  it("answers MissingParameter without a Version", async () => {
    const answer = await sendRaw(server.url, { ...signedNow, action: CEN.action, service: "cen" });
    expect([answer.status, codeOf(answer)]).toEqual([400, "MissingParameter"]);
    expect(answer.envelope.ResponseMetadata.Error?.Message).toContain("Version");
  });

  it("answers InvalidActionOrVersion 404/100008 for an unknown action or version", async () => {
    for (const [action, version] of [
      ["DescribeNothing", CEN.version],
      [CEN.action, "2099-01-01"],
      [VMS.action, CEN.version],
    ] as const) {
      const answer = await sendRaw(server.url, { ...signedNow, action, version, service: "cen" });
      expect([answer.status, codeOf(answer), answer.envelope.ResponseMetadata.Error?.CodeN]).toEqual([
        404,
        "InvalidActionOrVersion",
        100008,
      ]);
    }
  });
});
