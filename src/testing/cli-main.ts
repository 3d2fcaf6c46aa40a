import { parseArgs } from "node:util";
import { parseRoleTrn } from "../services/sts/role-trn.js";
import { EMULATOR_CREDENTIALS, EMULATOR_STS_CREDENTIALS } from "./credentials.js";
import { type RunningEmulator, startEmulator } from "./server.js";

const USAGE = `Usage: volcengine-ts-emulator [--port 8080] [--host 127.0.0.1] [--cen cen-abc …] [--role trn …]

Runs an in-memory Volcengine (vms CreateNumberPool, cen CreateCenBandwidthPackage, sts AssumeRole,
AssumeRoleWithOIDC and GetCallerIdentity) over HTTP until SIGINT or SIGTERM. No account, no network: it
accepts only its published test keys and the temporary keys it issues.

  --port <n>    port to listen on (default 8080; 0 picks a free one)
  --host <addr> address to listen on (default 127.0.0.1)
  --cen <id>    a CEN instance that exists, for CenId (repeatable)
  --role <trn>  a role that AssumeRole can assume, e.g. trn:iam::2100000000:role/deployer (repeatable)
  --help        this text`;

/** Where the CLI writes. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

/**
 * The `volcengine-ts-emulator` command: starts the server and prints its URL, the test credentials and
 * the environment lines that point the examples at it.
 *
 * @returns the running server, or `undefined` after `--help` or a usage error (the exit code is set).
 */
export async function runCli(argv: readonly string[], io: CliIo): Promise<RunningEmulator | undefined> {
  let values: {
    port?: string | undefined;
    host?: string | undefined;
    cen?: string[] | undefined;
    role?: string[] | undefined;
    help?: boolean | undefined;
  };
  try {
    values = parseArgs({
      args: [...argv],
      options: {
        port: { type: "string" },
        host: { type: "string" },
        cen: { type: "string", multiple: true },
        role: { type: "string", multiple: true },
        help: { type: "boolean", short: "h" },
      },
    }).values;
  } catch (error) {
    io.stderr(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    process.exitCode = 2;
    return undefined;
  }
  if (values.help) {
    io.stdout(`${USAGE}\n`);
    return undefined;
  }
  const port = Number(values.port ?? "8080");
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    io.stderr(`--port must be an integer from 0 to 65535; got ${values.port}\n`);
    process.exitCode = 2;
    return undefined;
  }
  const roles = values.role ?? [];
  const badRole = roles.find((trn) => parseRoleTrn(trn) === undefined);
  if (badRole !== undefined) {
    io.stderr(`--role must be a role TRN such as trn:iam::2100000000:role/deployer; got ${badRole}\n`);
    process.exitCode = 2;
    return undefined;
  }
  const running = await startEmulator({
    port,
    host: values.host ?? "127.0.0.1",
    cens: values.cen ?? [],
    roles,
  });
  io.stdout(banner(running));
  return running;
}

function banner(running: RunningEmulator): string {
  const ak = EMULATOR_CREDENTIALS;
  const sts = EMULATOR_STS_CREDENTIALS;
  const cens = [...running.emulator.state.cens];
  return [
    `volcengine-ts emulator listening on ${running.url}`,
    `Serves: ${running.emulator.actions().join("; ")}`,
    cens.length > 0 ? `CENs: ${cens.join(", ")}` : "CENs: none (start with --cen cen-abc to add one)",
    running.emulator.roles.length > 0
      ? `Roles: ${running.emulator.roles.join(", ")}`
      : "Roles: none (start with --role trn:iam::2100000000:role/deployer to add one)",
    "",
    "Test credentials (this emulator accepts only these):",
    `  access key id ${ak.accessKeyId}, secret key ${ak.secretKey}`,
    `  STS: access key id ${sts.accessKeyId}, secret key ${sts.secretKey}, session token ${sts.sessionToken}`,
    "",
    "Point the SDK and the examples at it:",
    `  export VOLCENGINE_ENDPOINT=${running.url}`,
    `  export VOLCENGINE_ACCESS_KEY=${ak.accessKeyId}`,
    `  export VOLCENGINE_SECRET_KEY=${ak.secretKey}`,
    "",
    "Press Ctrl+C to stop.",
    "",
  ].join("\n");
}
