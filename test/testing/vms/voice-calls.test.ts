// Click-to-call, its records and recordings, and A-number filing, through the emulator: calls end on the
// emulator's clock, records exist once they have, business errors come inside HTTP 200; the record
// queries travel as GETs with their parameters in the query string.
import { createServer, request as httpRequest } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { VolcClient } from "../../../src/index.js";
import {
  CancelClick2CallV2,
  Click2Call,
  type Click2CallInput,
  CreateNumberPool,
  OpenCreateTts,
  QueryAudioRecordFileUrl,
  QueryAudioRecordToTextFileUrlV2,
  QueryAuth,
  QueryCallRecordMsgV2,
  QueryUsableResourceV2,
  RouteAAuth,
  SubServiceType,
} from "../../../src/services/vms/index.js";
import { EMULATOR_CREDENTIALS, type RunningEmulator, startEmulator } from "../../../src/testing/index.js";
import { codeOf, sendRaw } from "../raw.js";
import { describeWireRules, expectBusinessError, TRANSITION_MS, voiceEmulator } from "./voice-setup.js";

const callBetween = (pool: string, extra: Partial<Click2CallInput> = {}): Click2CallInput => ({
  Caller: "13800138000",
  CallerNumberPoolNo: pool,
  Callee: "02131075869",
  CalleeNumberPoolNo: pool,
  ...extra,
});

describe("Click2Call and its records", () => {
  it("places a call that ends on the emulator's clock; then its record, recording and transcript exist", async () => {
    const { volc, pool, advance, now, emulator } = await voiceEmulator();
    const started = now();
    const { CallId } = await volc.send(
      Click2Call,
      callBetween(pool, { CallerNumber: "01012345678", UserData: "order 42" }),
    );
    expect(emulator.state.vms.voice.calls.get(CallId)?.Status).toBe("Calling");
    // In progress: no record yet, no recording.
    expect(await volc.send(QueryCallRecordMsgV2, { CallIdList: CallId })).toEqual({ Records: [] });
    await expectBusinessError(
      volc.send(QueryAudioRecordFileUrl, { CallId }),
      "IllegalArgument",
      /still in progress/,
    );

    advance(TRANSITION_MS);
    const { Records } = await volc.send(QueryCallRecordMsgV2, { CallIdList: `${CallId},NM-unknown` });
    expect(Records).toEqual([
      expect.objectContaining({
        CallId,
        Caller: "13800138000",
        Callee: "02131075869",
        CallerShowNumber: "01012345678",
        CallerShowNumberPoolNo: pool,
        SubServiceType: SubServiceType.TwoWayCall,
        BeginCallTime: Math.floor(started / 1000),
        EndTime: Math.floor((started + TRANSITION_MS) / 1000),
        UserData: "order 42",
      }),
    ]);
    const urls = await volc.send(QueryAudioRecordFileUrl, { CallId });
    expect(urls.AudioRecordFileUrl).toContain(CallId);
    expect(urls.AudioRecordLeftFileUrl).not.toBe(urls.AudioRecordRightFileUrl);
    const { Records: texts } = await volc.send(QueryAudioRecordToTextFileUrlV2, { CallIdList: CallId });
    expect(texts).toEqual([{ CallId, AudioRecordToTextFileUrl: expect.stringContaining(CallId) }]);
  });

  it("gives every call its own CallId", async () => {
    const { volc, pool } = await voiceEmulator();
    const first = await volc.send(Click2Call, callBetween(pool));
    const second = await volc.send(Click2Call, callBetween(pool));
    expect(first.CallId).not.toBe(second.CallId);
  });

  it("refuses a pool that does not exist, with IllegalArgument in HTTP 200", async () => {
    const { volc, pool } = await voiceEmulator();
    await expectBusinessError(
      volc.send(Click2Call, callBetween(pool, { CalleeNumberPoolNo: "NP0000000000" })),
      "IllegalArgument",
      /CalleeNumberPoolNo NP0000000000 does not exist/,
    );
  });

  it("CancelClick2CallV2 ends a call in progress once; its record then ends when it was cancelled", async () => {
    const { volc, pool, advance, now } = await voiceEmulator();
    const { CallId } = await volc.send(Click2Call, callBetween(pool));
    advance(400);
    expect(await volc.send(CancelClick2CallV2, { CallId })).toEqual({ Success: true });
    const cancelledAt = now();
    advance(TRANSITION_MS);
    expect(await volc.send(CancelClick2CallV2, { CallId })).toEqual({ Success: false });
    const { Records } = await volc.send(QueryCallRecordMsgV2, { CallIdList: CallId });
    expect(Records?.[0]?.EndTime).toBe(Math.floor(cancelledAt / 1000));
    await expectBusinessError(volc.send(CancelClick2CallV2, { CallId: "CC-unknown" }), "IllegalArgument");
  });

  it("a call left to end is over: cancelling it answers Success false", async () => {
    const { volc, pool, advance } = await voiceEmulator();
    const { CallId } = await volc.send(Click2Call, callBetween(pool));
    advance(TRANSITION_MS);
    expect(await volc.send(CancelClick2CallV2, { CallId })).toEqual({ Success: false });
  });

  it("QueryAudioRecordFileUrl of an unknown call is IllegalArgument", async () => {
    const { volc } = await voiceEmulator();
    await expectBusinessError(
      volc.send(QueryAudioRecordFileUrl, { CallId: "CC-unknown" }),
      "IllegalArgument",
    );
  });
});

describe("RouteAAuth and QueryAuth", () => {
  const filing = {
    RequestId: "req-1",
    IdType: 1,
    Name: "ZW5jLW5hbWU=",
    PhoneNumber: "ZW5jLXBob25l",
    IdNumber: "ZW5jLWlk",
    Photo: "ZW5jLXBob3Rv",
  };

  it("files a number, which QueryAuth then knows", async () => {
    const { volc } = await voiceEmulator();
    expect(await volc.send(RouteAAuth, filing)).toEqual({ Code: "0", Message: "OK" });
    expect(await volc.send(QueryAuth, { Phone: filing.PhoneNumber })).toEqual({ Status: 1 });
  });

  it("refuses a RequestId used already, and a query for a number never filed", async () => {
    const { volc } = await voiceEmulator();
    await volc.send(RouteAAuth, filing);
    await expectBusinessError(
      volc.send(RouteAAuth, { ...filing, PhoneNumber: "b3RoZXI=" }),
      "IllegalArgument",
      /req-1/,
    );
    await expectBusinessError(volc.send(QueryAuth, { Phone: "bm90LWZpbGVk" }), "IllegalArgument");
  });
});

const wireCases: [string, string, Record<string, unknown>, number, string, string][] = [
  [
    "Click2Call",
    "no Callee",
    { Caller: "13800138000", CallerNumberPoolNo: "NP1", CalleeNumberPoolNo: "NP1" },
    400,
    "MissingParameter",
    "Callee",
  ],
  [
    "Click2Call",
    "a Caller with hyphens",
    {
      Caller: "138-0013-8000",
      CallerNumberPoolNo: "NP1",
      Callee: "13900139000",
      CalleeNumberPoolNo: "NP1",
    },
    400,
    "InvalidParameter",
    "Caller",
  ],
  [
    "Click2Call",
    "6 fall-back cities",
    {
      Caller: "13800138000",
      CallerNumberPoolNo: "NP1",
      Callee: "13900139000",
      CalleeNumberPoolNo: "NP1",
      CallerNumberDegradeCityList: ["1", "2", "3", "4", "5", "6"],
    },
    400,
    "InvalidParameter",
    "CallerNumberDegradeCityList",
  ],
  [
    "Click2Call",
    "CallerDegradeToCapital 2",
    {
      Caller: "13800138000",
      CallerNumberPoolNo: "NP1",
      Callee: "13900139000",
      CalleeNumberPoolNo: "NP1",
      CallerDegradeToCapital: 2,
    },
    400,
    "InvalidParameter",
    "CallerDegradeToCapital",
  ],
  ["CancelClick2CallV2", "no CallId", {}, 400, "MissingParameter", "CallId"],
  [
    "RouteAAuth",
    "IdType -1",
    { RequestId: "r", IdType: -1, Name: "n", PhoneNumber: "p", IdNumber: "i", Photo: "f" },
    400,
    "InvalidParameter",
    "IdType",
  ],
  ["QueryAuth", "no Phone", {}, 400, "MissingParameter", "Phone"],
];
describeWireRules(
  "input rules over the wire",
  wireCases.map(([action, rule, body, status, code, mentioned]) => ({
    action,
    rule,
    body,
    status,
    code,
    mentioned,
  })),
);

describe("a GET action over the wire", () => {
  let server: RunningEmulator;
  beforeAll(async () => {
    server = await startEmulator();
  });
  afterAll(async () => {
    await server.close();
  });

  it("a GET action with a rule broken in its query: InvalidParameter", async () => {
    const answer = await sendRaw(server.url, {
      service: "vms",
      action: "QueryCallRecordMsgV2",
      version: "2022-01-01",
      query: { CallIdList: "a，b" },
    });
    expect([answer.status, codeOf(answer)]).toEqual([400, "InvalidParameter"]);
    expect(answer.envelope.ResponseMetadata.Error?.Message).toContain("English commas");
  });
});

describe("the GET actions over real HTTP", () => {
  interface Seen {
    method: string;
    url: string;
    bodyBytes: number;
    contentType: string | undefined;
  }
  const seen: Seen[] = [];
  let server: RunningEmulator;
  let proxy: ReturnType<typeof createServer>;
  let volc: VolcClient;

  // A loopback relay in front of the emulator: it records each request as it arrived on the socket and
  // passes it on unchanged (Host header included, so the signature still holds).
  beforeAll(async () => {
    server = await startEmulator({ transitionMs: 0 });
    const target = new URL(server.url);
    proxy = createServer((req, res) => {
      const chunks: Buffer[] = [];
      req.on("data", (chunk: Buffer) => chunks.push(chunk));
      req.on("end", () => {
        const body = Buffer.concat(chunks);
        seen.push({
          method: req.method ?? "",
          url: req.url ?? "",
          bodyBytes: body.length,
          contentType: req.headers["content-type"],
        });
        const upstream = httpRequest(
          {
            host: target.hostname,
            port: target.port,
            method: req.method,
            path: req.url,
            headers: req.headers,
          },
          (answer) => {
            res.writeHead(answer.statusCode ?? 502, answer.headers);
            answer.pipe(res);
          },
        );
        upstream.end(body);
      });
    });
    await new Promise<void>((resolve) => proxy.listen(0, "127.0.0.1", resolve));
    const { port } = proxy.address() as AddressInfo;
    volc = new VolcClient({
      endpoint: `http://127.0.0.1:${port}`,
      credentials: EMULATOR_CREDENTIALS,
      maxAttempts: 1,
    });
  });
  afterAll(async () => {
    await volc.close();
    await new Promise<void>((resolve) => proxy.close(() => resolve()));
    await server.close();
  });

  it("QueryCallRecordMsgV2 goes as a GET: CallIdList in the query, no body; the emulator answers it", async () => {
    const { NumberPoolNo } = await volc.send(CreateNumberPool, {
      Name: "p",
      ServiceType: 100,
      SubServiceType: 103,
    });
    const { CallId } = await volc.send(Click2Call, callBetween(NumberPoolNo));
    seen.length = 0;
    const { Records } = await volc.send(QueryCallRecordMsgV2, { CallIdList: `${CallId},NM 2` });
    expect(Records?.map((r) => r.CallId)).toEqual([CallId]);
    expect(seen).toHaveLength(1);
    const [request] = seen;
    expect(request?.method).toBe("GET");
    expect(request?.bodyBytes).toBe(0);
    expect(request?.contentType).toBeUndefined();
    const query = new URL(request?.url ?? "", "http://x").searchParams;
    expect(Object.fromEntries(query)).toEqual({
      Action: "QueryCallRecordMsgV2",
      Version: "2022-01-01",
      CallIdList: `${CallId},NM 2`,
    });
  });

  it("QueryUsableResourceV2 goes as a GET with Type=1 in the query, read back as the integer 1", async () => {
    const { ResourceKey } = await volc.send(OpenCreateTts, { Name: "hello" });
    seen.length = 0;
    const { Records } = await volc.send(QueryUsableResourceV2, { Type: 1 });
    expect(Records?.map((r) => r.ResourceKey)).toEqual([ResourceKey]);
    expect(seen.map((s) => [s.method, s.bodyBytes])).toEqual([["GET", 0]]);
    expect(new URL(seen[0]?.url ?? "", "http://x").searchParams.get("Type")).toBe("1");
  });

  it("the POST actions still send a JSON body", async () => {
    seen.length = 0;
    await volc.send(OpenCreateTts, { Name: "again" });
    expect(seen.map((s) => [s.method, s.contentType, s.url])).toEqual([
      ["POST", "application/json; charset=utf-8", "/?Action=OpenCreateTts&Version=2022-01-01"],
    ]);
    expect(seen[0]?.bodyBytes).toBeGreaterThan(0);
  });
});
