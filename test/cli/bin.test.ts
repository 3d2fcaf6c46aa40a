// The built bin as a user runs it, a child process, against the emulator's HTTP server: success, each
// exit code, --dry-run sending nothing, --query and the output formats, input from JSON, profiles, and
// no secret in any output.
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  EMULATOR_CREDENTIALS,
  EMULATOR_STS_CREDENTIALS,
  type RunningEmulator,
  startEmulator,
} from "../../src/testing/index.js";
import { type BinRun, runBin, serveEmulator } from "./run-bin.js";

const served = serveEmulator({ cens: ["cen-cli"] });
let server: RunningEmulator;
let env: Record<string, string>;
beforeAll(() => {
  ({ server, env } = served);
});
beforeEach(() => server.emulator.reset());

const POOL = [
  "vms",
  "CreateNumberPool",
  "--Name",
  "客服热线",
  "--ServiceType",
  "100",
  "--SubServiceType",
  "101",
];
const PACKAGE = [
  "cen",
  "CreateCenBandwidthPackage",
  "--LocalGeographicRegionSetId",
  "China",
  "--PeerGeographicRegionSetId",
  "Asia",
];

function json(run: BinRun): unknown {
  expect(run.stderr).toBe("");
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout);
}

describe("success (exit 0)", () => {
  it("sends a POST operation and prints its Result as JSON on one line when piped", async () => {
    const run = await runBin(POOL, { env });
    const pool = json(run) as { NumberPoolNo: string };
    expect(run.stdout.trimEnd().split("\n")).toHaveLength(1);
    expect(server.emulator.state.numberPools.get(pool.NumberPoolNo)).toMatchObject({ Name: "客服热线" });
  });

  it("flattens list flags and reads numbers from the schema's types: the GET query the SDK sends", async () => {
    const run = await runBin(
      [
        ...PACKAGE,
        "--CenId",
        "cen-cli",
        "--Bandwidth",
        "10",
        "--Tags.1.Key",
        "env",
        "--Tags.1.Value",
        "prod",
      ],
      { env },
    );
    const { CenBandwidthPackageId } = json(run) as { CenBandwidthPackageId: string };
    expect(server.emulator.state.cenBandwidthPackages.get(CenBandwidthPackageId)).toMatchObject({
      Bandwidth: 10,
      CenId: "cen-cli",
      Tags: [{ Key: "env", Value: "prod" }],
    });
  });

  it("takes a JSON value for a list, and the whole input from --cli-input-json (stdin or file), flags on top", async () => {
    const asJson = await runBin([...PACKAGE, "--Tags", '[{"Key":"team","Value":"net"}]'], { env });
    const a = json(asJson) as { CenBandwidthPackageId: string };
    expect(server.emulator.state.cenBandwidthPackages.get(a.CenBandwidthPackageId)?.Tags).toEqual([
      { Key: "team", Value: "net" },
    ]);

    const input = { LocalGeographicRegionSetId: "China", PeerGeographicRegionSetId: "China", Bandwidth: 5 };
    const fromStdin = await runBin(
      ["cen", "CreateCenBandwidthPackage", "--cli-input-json", "-", "--Bandwidth", "7"],
      { env, stdin: JSON.stringify(input) },
    );
    const b = json(fromStdin) as { CenBandwidthPackageId: string };
    expect(server.emulator.state.cenBandwidthPackages.get(b.CenBandwidthPackageId)?.Bandwidth).toBe(7);

    const dir = mkdtempSync(join(tmpdir(), "volc-cli-"));
    writeFileSync(join(dir, "input.json"), JSON.stringify(input));
    const fromFile = await runBin(
      ["cen", "CreateCenBandwidthPackage", "--cli-input-json", `file://${join(dir, "input.json")}`],
      { env },
    );
    const c = json(fromFile) as { CenBandwidthPackageId: string };
    expect(server.emulator.state.cenBandwidthPackages.get(c.CenBandwidthPackageId)?.Bandwidth).toBe(5);
  });

  it("--emulator runs in-process: no endpoint, no keys, no network", async () => {
    const run = await runBin([...POOL, "--emulator"], { env: {} });
    expect(json(run)).toMatchObject({ Name: "客服热线", NumberPoolNo: expect.stringMatching(/^NP/) });
    expect(server.emulator.stats.requests).toBe(0);
  });

  it("takes region and endpoint from a --profile, and its keys", async () => {
    const home = mkdtempSync(join(tmpdir(), "volc-home-"));
    mkdirSync(join(home, ".volcengine"));
    writeFileSync(
      join(home, ".volcengine", "config.json"),
      JSON.stringify({
        current: "other",
        profiles: {
          emu: {
            "access-key": EMULATOR_CREDENTIALS.accessKeyId,
            "secret-key": EMULATOR_CREDENTIALS.secretKey,
            region: "cn-shanghai",
            endpoint: server.url,
          },
        },
      }),
    );
    const run = await runBin([...POOL, "--profile", "emu", "--dry-run"], { env: { HOME: home } });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(`POST ${server.url}/?Action=CreateNumberPool`);
    const sent = await runBin([...POOL, "--profile", "emu"], { env: { HOME: home } });
    expect(json(sent)).toHaveProperty("NumberPoolNo");
    // --region beats the profile's region (seen in the credential scope the emulator accepted).
    const flagged = await runBin([...POOL, "--profile", "emu", "--region", "cn-guangzhou"], {
      env: { HOME: home },
    });
    expect(flagged.code).toBe(0);

    const unknown = await runBin([...POOL, "--profile", "nope"], { env: { HOME: home } });
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain("--profile nope: no such profile");
  });
});

describe("exit 2: invalid input or usage, nothing sent", () => {
  it.each([
    {
      name: "input that breaks documented rules, every issue with its wire path",
      args: [
        ...POOL.slice(0, 2),
        "--Name",
        "p",
        "--ServiceType",
        "100",
        "--SubServiceType",
        "201",
        "--Nme",
        "x",
      ],
      stderr: [
        "CreateNumberPool input is invalid (2 problems); nothing was sent:",
        "  - Nme: unknown parameter; did you mean Name?",
        "  - SubServiceType: SubServiceType 201 (Axb) belongs under ServiceType 200 (PrivacyNumber), not 100 (Voice)",
      ],
    },
    {
      name: "a required parameter left out",
      args: ["cen", "CreateCenBandwidthPackage", "--LocalGeographicRegionSetId", "China"],
      stderr: ["  - PeerGeographicRegionSetId: required parameter is missing"],
    },
    {
      name: "a number that is not one",
      args: [...PACKAGE, "--Bandwidth", "ten"],
      stderr: ['  - Bandwidth: must be an integer; got "ten"'],
    },
    {
      name: "a list position that skips one",
      args: [...PACKAGE, "--Tags.2.Key", "env"],
      stderr: ["  - Tags.1:"],
    },
    {
      name: "an unknown service",
      args: ["vmz", "CreateNumberPool"],
      stderr: ['unknown service "vmz"; did you mean vms?'],
    },
    {
      name: "an unknown action",
      args: ["vms", "CreateNumbrPool"],
      stderr: ['vms has no operation "CreateNumbrPool"; did you mean CreateNumberPool?'],
    },
    {
      name: "an unknown flag",
      args: [...POOL, "--ouput", "yaml"],
      stderr: ["unknown flag --ouput; did you mean --output?"],
    },
    { name: "a flag given twice", args: [...POOL, "--Name", "again"], stderr: ["--Name is given twice"] },
    { name: "a flag without its value", args: [...POOL, "--region"], stderr: ["--region needs a value"] },
    {
      name: "JSON that does not parse",
      args: [...PACKAGE, "--Tags", "[{"],
      stderr: ["--Tags takes a JSON array here"],
    },
    {
      name: "--paginate on an operation that does not page",
      args: [...POOL, "--paginate"],
      stderr: ["CreateNumberPool does not page"],
    },
    {
      name: "a bad --output",
      args: [...POOL, "--output", "xml"],
      stderr: ["--output must be json, yaml, table, text"],
    },
    {
      name: "a --query that does not parse",
      args: [...POOL, "--query", "Name[="],
      stderr: ['--query "Name[="'],
    },
    {
      name: "--cli-input-json that is not an object",
      args: [...POOL.slice(0, 2), "--cli-input-json", "[1]"],
      stderr: ["--cli-input-json"],
    },
  ])("$name", async ({ args, stderr }) => {
    const run = await runBin(args, { env });
    expect(run.code).toBe(2);
    expect(run.stdout).toBe("");
    for (const line of stderr) expect(run.stderr).toContain(line);
    expect(server.emulator.stats.requests).toBe(0);
  });
});

describe("exit 1: the service or the network failed", () => {
  it("a service error: code, HTTP status and request id on stderr", async () => {
    const run = await runBin([...PACKAGE, "--CenId", "cen-missing"], { env });
    expect(run.code).toBe(1);
    expect(run.stdout).toBe("");
    expect(run.stderr).toMatch(
      /cen\.CreateCenBandwidthPackage failed with InvalidCen\.NotFound \(HTTP 404\) \(RequestId \w+\)/,
    );
  });

  it("wrong keys: the gateway's refusal", async () => {
    const run = await runBin(POOL, { env: { ...env, VOLCENGINE_SECRET_KEY: "wrong-secret-value" } });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain("SignatureDoesNotMatch (HTTP 401)");
    expect(run.stderr).not.toContain("wrong-secret-value");
  });

  it("a network failure", async () => {
    const closed = await startEmulator();
    await closed.close();
    const run = await runBin(POOL, { env: { ...env, VOLCENGINE_ENDPOINT: closed.url } });
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/ConnectionError|ECONNREFUSED|connect/i);
  });
});

describe("--dry-run", () => {
  it("prints the exact GET request, redacted, and sends nothing", async () => {
    const run = await runBin([...PACKAGE, "--ClientToken", "tok-1", "--Tags.1.Key", "env", "--dry-run"], {
      env,
    });
    expect(run.code).toBe(0);
    expect(server.emulator.stats.requests).toBe(0);
    const [requestLine, ...headers] = run.stdout.split("\n");
    expect(requestLine).toBe(
      `GET ${server.url}/?Action=CreateCenBandwidthPackage&ClientToken=tok-1&LocalGeographicRegionSetId=China&PeerGeographicRegionSetId=Asia&Tags.1.Key=env&Version=2020-04-01`,
    );
    expect(headers).toContain("authorization: [redacted]");
    expect(headers).toContain(`host: ${new URL(server.url).host}`);
    expect(headers.some((h) => /^x-date: \d{8}T\d{6}Z$/.test(h))).toBe(true);
  });

  it("prints the JSON body of a POST and redacts the session token; works with no keys at all", async () => {
    const sts = {
      ...env,
      VOLCENGINE_ACCESS_KEY: EMULATOR_STS_CREDENTIALS.accessKeyId,
      VOLCENGINE_SECRET_KEY: EMULATOR_STS_CREDENTIALS.secretKey,
      VOLCENGINE_SESSION_TOKEN: EMULATOR_STS_CREDENTIALS.sessionToken!,
    };
    const run = await runBin([...POOL, "--dry-run"], { env: sts });
    expect(run.code).toBe(0);
    expect(run.stdout).toContain("x-security-token: [redacted]");
    expect(run.stdout).toContain("content-type: application/json; charset=utf-8");
    expect(run.stdout.trimEnd().split("\n").at(-1)).toBe(
      '{"Name":"客服热线","ServiceType":100,"SubServiceType":101}',
    );
    const anonymous = await runBin([...POOL, "--dry-run"], { env: { VOLCENGINE_ENDPOINT: server.url } });
    expect(anonymous.code).toBe(0);
    expect(anonymous.stdout).toContain("authorization: [redacted]");
    expect(server.emulator.stats.requests).toBe(0);
  });

  it("the same request from flattened flags and from JSON", async () => {
    const flat = await runBin(
      [...PACKAGE, "--ClientToken", "t", "--Tags.1.Key", "a", "--Tags.1.Value", "b", "--dry-run"],
      { env },
    );
    const asJson = await runBin(
      [...PACKAGE, "--ClientToken", "t", "--Tags", '[{"Key":"a","Value":"b"}]', "--dry-run"],
      { env },
    );
    expect(flat.stdout.split("\n")[0]).toBe(asJson.stdout.split("\n")[0]);
  });
});

describe("--query and --output", () => {
  it("applies JMESPath (AWS-style backtick literals too) and prints text, yaml or a table", async () => {
    const query = await runBin([...POOL, "--query", "{name: Name, voice: ServiceType == `100`}"], { env });
    expect(json(query)).toEqual({ name: "客服热线", voice: true });

    const text = await runBin([...POOL, "--query", "NumberPoolNo", "--output", "text"], { env });
    expect(text.stdout).toMatch(/^NP\d+\n$/);

    const yaml = await runBin([...POOL, "--output", "yaml"], { env });
    expect(yaml.stdout).toMatch(
      /^Name: 客服热线\nNumberPoolNo: NP\d+\nServiceType: 100\nSubServiceType: 101\n$/,
    );

    const table = await runBin([...POOL, "--output", "table"], { env });
    expect(table.stdout).toContain("| Name           | 客服热线");
    expect(table.stdout.split("\n")[0]).toMatch(/^\+-+\+-+\+$/);
  });
});

describe("secrets", () => {
  it("never appear in any output: results, errors, dry runs, help", async () => {
    const secrets = {
      ...env,
      VOLCENGINE_ACCESS_KEY: EMULATOR_STS_CREDENTIALS.accessKeyId,
      VOLCENGINE_SECRET_KEY: EMULATOR_STS_CREDENTIALS.secretKey,
      VOLCENGINE_SESSION_TOKEN: EMULATOR_STS_CREDENTIALS.sessionToken!,
    };
    const runs = await Promise.all(
      [
        POOL,
        [...POOL, "--dry-run"],
        [...PACKAGE, "--dry-run", "--output", "yaml"],
        [...PACKAGE, "--CenId", "cen-missing"],
        [...POOL, "--Nme", "x"],
        [...POOL, "--emulator"],
        ["cen", "CreateCenBandwidthPackage", "--help"],
      ].map((args) => runBin(args, { env: secrets })),
    );
    const wrongKey = await runBin(POOL, { env: { ...secrets, VOLCENGINE_SECRET_KEY: "s3cr3t-wrong-key" } });
    for (const run of [...runs, wrongKey]) {
      const all = run.stdout + run.stderr;
      expect(all).not.toContain(EMULATOR_STS_CREDENTIALS.secretKey);
      expect(all).not.toContain(EMULATOR_STS_CREDENTIALS.sessionToken);
      expect(all).not.toContain("s3cr3t-wrong-key");
      expect(all).not.toMatch(/Signature=[0-9a-f]{16}/);
    }
  });
});
