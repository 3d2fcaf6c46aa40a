// The volcengine-ts-emulator command: prints where it listens and how to point the SDK at it, serves
// real requests, and stops on SIGTERM.
import { spawn } from "node:child_process";
import { once } from "node:events";
import { fileURLToPath } from "node:url";
import { afterEach, describe, expect, it } from "vitest";
import { VolcClient } from "../../src/index.js";
import { CreateCenBandwidthPackage } from "../../src/services/cen/index.js";
import { fromAssumeRole } from "../../src/services/sts/index.js";
import { runCli } from "../../src/testing/cli-main.js";
import { EMULATOR_CREDENTIALS, type RunningEmulator } from "../../src/testing/index.js";

const CLI = fileURLToPath(new URL("../../src/testing/cli.ts", import.meta.url));

describe("runCli", () => {
  let running: RunningEmulator | undefined;
  afterEach(async () => {
    await running?.close();
    running = undefined;
    process.exitCode = undefined;
  });

  it("prints the URL, the test credentials and the env lines, and serves requests", async () => {
    let out = "";
    running = await runCli(["--port", "0", "--cen", "cen-a", "--cen", "cen-b"], {
      stdout: (t) => (out += t),
      stderr: (t) => (out += t),
    });
    expect(running).toBeDefined();
    const url = running!.url;
    expect(out).toContain(`listening on ${url}`);
    expect(out).toContain(`export VOLCENGINE_ENDPOINT=${url}\n`);
    expect(out).toContain(`export VOLCENGINE_ACCESS_KEY=${EMULATOR_CREDENTIALS.accessKeyId}\n`);
    expect(out).toContain(`export VOLCENGINE_SECRET_KEY=${EMULATOR_CREDENTIALS.secretKey}\n`);
    expect(out).toContain("CENs: cen-a, cen-b");

    const volc = new VolcClient({ endpoint: url, credentials: EMULATOR_CREDENTIALS });
    await expect(
      volc.send(CreateCenBandwidthPackage, {
        LocalGeographicRegionSetId: "China",
        PeerGeographicRegionSetId: "Asia",
        CenId: "cen-b",
      }),
    ).resolves.toHaveProperty("CenBandwidthPackageId");
    await volc.close();
  });

  it("serves AssumeRole for the roles given with --role, and refuses a malformed TRN", async () => {
    const role = "trn:iam::2100000000:role/deployer";
    let out = "";
    running = await runCli(["--port", "0", "--role", role], {
      stdout: (t) => (out += t),
      stderr: (t) => (out += t),
    });
    expect(out).toContain(`Roles: ${role}`);
    const base = new VolcClient({ endpoint: running!.url, credentials: EMULATOR_CREDENTIALS });
    const volc = new VolcClient({
      endpoint: running!.url,
      credentials: fromAssumeRole(base, { RoleTrn: role, RoleSessionName: "cli-test" }),
    });
    await expect(
      volc.send(CreateCenBandwidthPackage, {
        LocalGeographicRegionSetId: "China",
        PeerGeographicRegionSetId: "Asia",
      }),
    ).resolves.toHaveProperty("CenBandwidthPackageId");
    await Promise.all([volc.close(), base.close()]);

    let err = "";
    const refused = await runCli(["--port", "0", "--role", "deployer"], {
      stdout: () => {},
      stderr: (t) => (err += t),
    });
    expect(refused).toBeUndefined();
    expect(process.exitCode).toBe(2);
    expect(err).toContain("--role must be a role TRN");
  });

  it("refuses a bad port with exit code 2", async () => {
    let err = "";
    running = await runCli(["--port", "http"], { stdout: () => {}, stderr: (t) => (err += t) });
    expect(running).toBeUndefined();
    expect(process.exitCode).toBe(2);
    expect(err).toContain("--port must be an integer");
  });

  it("prints usage for --help", async () => {
    let out = "";
    running = await runCli(["--help"], { stdout: (t) => (out += t), stderr: () => {} });
    expect(running).toBeUndefined();
    expect(out).toMatch(/^Usage: volcengine-ts-emulator/);
  });
});

describe("the bin", () => {
  it("runs until SIGTERM, then exits 0", async () => {
    const child = spawn(process.execPath, ["--import", "tsx", CLI, "--port", "0"], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    child.stdout.setEncoding("utf8");
    const listening = new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk: string) => {
        out += chunk;
        const m = /listening on (http:\/\/\S+)/.exec(out);
        if (m?.[1]) resolve(m[1]);
      });
      child.once("exit", (code) => reject(new Error(`exited early with ${code}: ${out}`)));
    });
    const url = await listening;
    const answer = await fetch(`${url}/?Action=CreateCenBandwidthPackage&Version=2020-04-01`);
    expect(answer.status).toBe(401);
    child.kill("SIGTERM");
    const [code] = await once(child, "exit");
    expect(code).toBe(0);
  });
});
