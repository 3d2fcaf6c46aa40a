// The 27 operations of the voice families: the wire call each describes (action, method, version,
// host), which are safe to repeat, which page, and how each method puts its parameters on the wire.
import { describe, expect, it } from "vitest";
import type { AnyOperation } from "../../../src/client/operation.js";
import { serializeRequest } from "../../../src/client/serialize.js";
import * as vms from "../../../src/services/vms/index.js";

/** Every voice operation, by the name it is exported under: [value, method, read (idempotent), pages]. */
const OPERATIONS: Record<string, [AnyOperation, "GET" | "POST", boolean, boolean]> = {
  Click2Call: [vms.Click2Call, "POST", false, false],
  CancelClick2CallV2: [vms.CancelClick2CallV2, "POST", false, false],
  QueryAudioRecordFileUrl: [vms.QueryAudioRecordFileUrl, "GET", true, false],
  QueryAudioRecordToTextFileUrlV2: [vms.QueryAudioRecordToTextFileUrlV2, "GET", true, false],
  QueryCallRecordMsgV2: [vms.QueryCallRecordMsgV2, "GET", true, false],
  RouteAAuth: [vms.RouteAAuth, "POST", false, false],
  QueryAuth: [vms.QueryAuth, "POST", true, false],
  CreateTask: [vms.CreateTask, "POST", false, false],
  BatchAppend: [vms.BatchAppend, "POST", false, false],
  UpdateTask: [vms.UpdateTask, "POST", false, false],
  PauseTask: [vms.PauseTask, "POST", false, false],
  ResumeTask: [vms.ResumeTask, "POST", false, false],
  StopTask: [vms.StopTask, "POST", false, false],
  SingleBatchAppend: [vms.SingleBatchAppend, "POST", false, false],
  QuerySingleInfo: [vms.QuerySingleInfo, "POST", true, false],
  SingleCancelV2: [vms.SingleCancelV2, "POST", false, false],
  GetResourceUploadUrl: [vms.GetResourceUploadUrl, "POST", true, false],
  CommitResourceUpload: [vms.CommitResourceUpload, "POST", false, false],
  OpenCreateTts: [vms.OpenCreateTts, "POST", false, false],
  OpenUpdateResource: [vms.OpenUpdateResource, "POST", false, false],
  OpenDeleteResource: [vms.OpenDeleteResource, "POST", false, false],
  QueryOpenGetResource: [vms.QueryOpenGetResource, "POST", true, true],
  QueryUsableResourceV2: [vms.QueryUsableResourceV2, "GET", true, false],
  AddQualification: [vms.AddQualification, "POST", false, false],
  UpdateQualification: [vms.UpdateQualification, "POST", false, false],
  QueryQualification: [vms.QueryQualification, "POST", true, true],
  UploadQualificationFileV2: [vms.UploadQualificationFileV2, "POST", false, false],
};

describe("voice operations", () => {
  it("are 27, each exported under its metadata name", () => {
    expect(Object.keys(OPERATIONS)).toHaveLength(27);
    for (const [name, [op]] of Object.entries(OPERATIONS)) expect(op.action).toBe(name);
  });

  const rows = Object.values(OPERATIONS).map(([op, method, read, pages]) => ({
    action: op.action,
    op,
    method,
    read,
    pages,
  }));
  it.each(rows)("$action describes its wire call", ({ op, method, read, pages }) => {
    expect(op).toMatchObject({
      service: "vms",
      version: "2022-01-01",
      method,
      host: "cloud-vms.volcengineapi.com",
    });
    expect(op.idempotencyToken).toBeUndefined();
    expect(op.idempotent === true).toBe(read);
    expect(op.paging).toEqual(pages ? { style: "Offset", items: "Records" } : undefined);
    expect(Object.isFrozen(op)).toBe(true);
  });
});

describe("wire shapes", () => {
  const gets: { op: AnyOperation; input: Record<string, unknown>; query: Record<string, string> }[] = [
    { op: vms.QueryAudioRecordFileUrl, input: { CallId: "CC1" }, query: { CallId: "CC1" } },
    {
      op: vms.QueryAudioRecordToTextFileUrlV2,
      input: { CallIdList: "CC1,CC2" },
      query: { CallIdList: "CC1,CC2" },
    },
    { op: vms.QueryCallRecordMsgV2, input: { CallIdList: "CC1" }, query: { CallIdList: "CC1" } },
    { op: vms.QueryUsableResourceV2, input: { Type: 0 }, query: { Type: "0" } },
  ];
  it.each(gets.map((row) => ({ action: row.op.action, ...row })))(
    "$action: a GET with its parameters in the query and no body",
    ({ op, input, query }) => {
      const wire = serializeRequest(op, input);
      expect(wire.method).toBe("GET");
      expect(wire.body).toBeUndefined();
      expect(wire.contentType).toBeUndefined();
      expect(Object.fromEntries(new URLSearchParams(wire.query))).toEqual({
        Action: op.action,
        Version: "2022-01-01",
        ...query,
      });
    },
  );

  it("POST: Action and Version in the query, the rest as JSON with integers as numbers", () => {
    const wire = serializeRequest(vms.QueryOpenGetResource, { Type: 1, Limit: 20, Offset: 0 });
    expect(wire.method).toBe("POST");
    expect(wire.query).toBe("Action=QueryOpenGetResource&Version=2022-01-01");
    expect(wire.contentType).toBe("application/json; charset=utf-8");
    expect(JSON.parse(new TextDecoder().decode(wire.body))).toEqual({ Type: 1, Limit: 20, Offset: 0 });
  });
});
