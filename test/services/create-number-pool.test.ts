import { describe, expect, it } from "vitest";
import { validateInput } from "../../src/client/validate.js";
import {
  CreateNumberPool as Op,
  PARENT_SERVICE_TYPE,
  ServiceType,
  SubServiceType,
} from "../../src/services/vms/index.js";
import { type BadRow, expectOneIssue } from "./issues.js";

const base = { Name: "默认号码池", ServiceType: 100, SubServiceType: 101 };
const withInput = (extra: Record<string, unknown>): Record<string, unknown> => ({ ...base, ...extra });
const { Name: _n, ...withoutName } = base;
const { ServiceType: _s, ...withoutServiceType } = base;
const { SubServiceType: _u, ...withoutSubServiceType } = base;

describe("CreateNumberPool definition", () => {
  it("describes the wire call of SPEC §2", () => {
    expect(Op).toMatchObject({
      service: "vms",
      version: "2022-01-01",
      action: "CreateNumberPool",
      method: "POST",
      host: "cloud-vms.volcengineapi.com",
    });
    expect(Op.idempotencyToken).toBeUndefined();
  });

  it("names the known codes of SPEC §4", () => {
    expect(ServiceType).toEqual({ Voice: 100, PrivacyNumber: 200 });
    expect(SubServiceType).toEqual({
      Sip: 101,
      VoiceNotification: 102,
      TwoWayCall: 103,
      OutboundBot: 104,
      ClickToCallLite: 105,
      Axb: 201,
      Axn: 202,
      Axne: 203,
      Axyb: 204,
      Paxyb: 205,
    });
    for (const code of Object.values(SubServiceType)) {
      expect(PARENT_SERVICE_TYPE[code]).toBe(Math.floor(code / 100) * 100);
    }
  });
});

describe("CreateNumberPool rejects every documented violation", () => {
  const rows: BadRow[] = [
    {
      rule: "input not an object",
      input: [base],
      path: "(input)",
      message: /object of parameters; got an array/,
    },
    { rule: "Name missing", input: withoutName, path: "Name", message: /^required parameter is missing$/ },
    { rule: "ServiceType missing", input: withoutServiceType, path: "ServiceType", message: /required/ },
    {
      rule: "SubServiceType missing",
      input: withoutSubServiceType,
      path: "SubServiceType",
      message: /required/,
    },
    {
      rule: "Name empty",
      input: withInput({ Name: "" }),
      path: "Name",
      message: /^must be 1–32 characters long; got 0$/,
    },
    {
      rule: "Name 33 characters",
      input: withInput({ Name: "n".repeat(33) }),
      path: "Name",
      message: /got 33$/,
    },
    {
      rule: "Name 33 Chinese characters",
      input: withInput({ Name: "号".repeat(33) }),
      path: "Name",
      message: /got 33$/,
    },
    {
      rule: "Name with a lone surrogate",
      input: withInput({ Name: "pool\ud800" }),
      path: "Name",
      message: /^must be well-formed Unicode \(it holds a lone surrogate\)$/,
    },
    {
      rule: "Name with NUL",
      input: withInput({ Name: "po\u0000ol" }),
      path: "Name",
      message: /^must not contain control characters; found "\\u0000"$/,
    },
    {
      rule: "Name with a newline",
      input: withInput({ Name: "pool\n" }),
      path: "Name",
      message: /^must not contain control characters; found "\\n"$/,
    },
    {
      rule: "Name of ten million characters, refused by its length alone",
      input: withInput({ Name: "n".repeat(10_000_000) }),
      path: "Name",
      message: /^must be 1–32 characters long; got more than 64$/,
    },
    {
      rule: "ServiceType -1",
      input: withInput({ ServiceType: -1 }),
      path: "ServiceType",
      message: /^must be a code: a non-negative integer; got -1$/,
    },
    {
      rule: "Name not a string",
      input: withInput({ Name: 7 }),
      path: "Name",
      message: /must be a string; got number 7/,
    },
    {
      rule: "ServiceType 100.5",
      input: withInput({ ServiceType: 100.5 }),
      path: "ServiceType",
      message: /integer; got 100.5/,
    },
    {
      rule: "ServiceType string",
      input: withInput({ ServiceType: "100" }),
      path: "ServiceType",
      message: /integer; got "100"/,
    },
    {
      rule: "SubServiceType null",
      input: withInput({ SubServiceType: null }),
      path: "SubServiceType",
      message: /integer; got null/,
    },
    {
      rule: "SubServiceType 201 under ServiceType 100",
      input: withInput({ ServiceType: 100, SubServiceType: 201 }),
      path: "SubServiceType",
      message:
        /^SubServiceType 201 \(Axb\) belongs under ServiceType 200 \(PrivacyNumber\), not 100 \(Voice\)$/,
    },
    {
      rule: "SubServiceType 105 under ServiceType 200",
      input: withInput({ ServiceType: 200, SubServiceType: 105 }),
      path: "SubServiceType",
      message: /105 \(ClickToCallLite\) belongs under ServiceType 100 \(Voice\), not 200 \(PrivacyNumber\)/,
    },
    {
      rule: "unknown key, case only",
      input: withInput({ name: "x" }),
      path: "name",
      message: /did you mean Name\?$/,
    },
    {
      rule: "unknown key SubServiceTyp",
      input: withInput({ SubServiceTyp: 1 }),
      path: "SubServiceTyp",
      message: /did you mean SubServiceType\?$/,
    },
    {
      rule: "unknown key NumberPoolNo (an output field)",
      input: withInput({ NumberPoolNo: "NP1" }),
      path: "NumberPoolNo",
      message: /^unknown parameter$/,
    },
  ];

  it.each(rows)("$rule → $path", (row) => expectOneIssue(Op, row));
});

describe("CreateNumberPool accepts the boundaries", () => {
  const knownPairs = Object.values(SubServiceType).map((sub) => ({
    rule: `known pair ${PARENT_SERVICE_TYPE[sub]}/${sub}`,
    input: withInput({ ServiceType: PARENT_SERVICE_TYPE[sub], SubServiceType: sub }),
  }));
  const rows: { rule: string; input: Record<string, unknown> }[] = [
    ...knownPairs,
    { rule: "seed example", input: base },
    { rule: "Name of 1 character", input: withInput({ Name: "p" }) },
    { rule: "Name of 32 characters", input: withInput({ Name: "n".repeat(32) }) },
    { rule: "Name of 32 Chinese characters", input: withInput({ Name: "号".repeat(32) }) },
    {
      rule: "Name with any characters (no character rule is documented)",
      input: withInput({ Name: "pool #1 (test)" }),
    },
    {
      rule: "unknown ServiceType 300 with SubServiceType 301",
      input: withInput({ ServiceType: 300, SubServiceType: 301 }),
    },
    {
      rule: "known ServiceType with an unknown SubServiceType",
      input: withInput({ ServiceType: 100, SubServiceType: 199 }),
    },
    {
      rule: "unknown ServiceType with a known SubServiceType",
      input: withInput({ ServiceType: 300, SubServiceType: 201 }),
    },
    {
      rule: "codes given by name",
      input: withInput({ ServiceType: ServiceType.PrivacyNumber, SubServiceType: SubServiceType.Axn }),
    },
  ];

  it.each(rows)("$rule", ({ input }) => {
    expect(validateInput(Op, input)).toEqual(input);
  });
});
