import type { AnyOperation, PagedOperation } from "../client/operation.js";
import { paginate } from "../client/paginate.js";
import { nearestName, validateInput } from "../client/validate.js";
import type { CredentialsInput } from "../credentials/types.js";
import { ValidationError, VolcError } from "../errors.js";
import type { Transport } from "../http/transport.js";
import type { VolcClient } from "../index.js";
import { type ParsedArgs, parseArgs } from "./args.js";
import { type Catalog, operationDocs, waiterDocs } from "./catalog.js";
import { clientFromFlags, credentialsFromFlags } from "./client.js";
import { complete, completionScript } from "./completion.js";
import { DryRun } from "./dry-run.js";
import { actionHelp, rootHelp, serviceHelp, waiterHelp } from "./help.js";
import { buildInput, type ParamKinds, readCliInputJson } from "./input.js";
import {
  applyQuery,
  checkQuery,
  formatValue,
  ItemStream,
  type OutputFormat,
  outputFormat,
} from "./output.js";
import type { CliService, Waiter } from "./registry.js";
import { inputJsonSchema } from "./schema.js";
import { UsageError } from "./usage-error.js";
import { waiterAfter } from "./wait-after.js";

/** Where the command line reads and writes. */
export interface CliIo {
  stdout(text: string): void;
  stderr(text: string): void;
  /** The whole of standard input (for `--cli-input-json -`). */
  readStdin(): Promise<string>;
  /** Whether standard output is a terminal (JSON is indented there). */
  isTTY: boolean;
}

/** Everything a run of the command line depends on. */
export interface CliContext {
  io: CliIo;
  env: Readonly<Record<string, string | undefined>>;
  /** The services it serves, from `discoverServices`. */
  services: readonly CliService[];
  /** Descriptions, from the generated catalog. */
  catalog: Catalog;
  /** The package's version, for `--version`. */
  version: string;
}

/** Exit codes: success; a service, network or credential failure; invalid input or usage (nothing sent). */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/**
 * Runs one command line (`argv` without the program name) and resolves with its exit code. Never
 * rejects: every failure is written to `io.stderr` (secrets never are) and becomes an exit code.
 */
export async function runCli(argv: readonly string[], ctx: CliContext): Promise<number> {
  try {
    if (argv[0] === "__complete") {
      ctx.io.stdout(complete(argv.slice(1), ctx.services, ctx.catalog));
      return EXIT.ok;
    }
    return await dispatch(parseArgs(argv), ctx);
  } catch (error) {
    return report(error, ctx.io);
  }
}

async function dispatch(args: ParsedArgs, ctx: CliContext): Promise<number> {
  const { io, services, catalog } = ctx;
  const words = args.positionals[0] === "help" ? args.positionals.slice(1) : args.positionals;
  const help = args.globals.help === true || args.positionals[0] === "help";
  const [first, second, ...rest] = words;
  if (args.globals.version) {
    io.stdout(`volcengine-ts ${ctx.version}\n`);
    return EXIT.ok;
  }
  if (first === undefined) {
    io.stdout(rootHelp(services, catalog));
    return EXIT.ok;
  }
  if (first === "completion") {
    io.stdout(completionScript(second));
    return EXIT.ok;
  }
  if (first === "schema") {
    const service = findService(second ?? "", services);
    const op = findOperation(service, rest[0] ?? "");
    const schema = inputJsonSchema(op, operationDocs(catalog, service.name, op.action));
    io.stdout(`${JSON.stringify(schema, null, 2)}\n`);
    return EXIT.ok;
  }
  const service = findService(first, services);
  if (second === undefined) {
    io.stdout(serviceHelp(service, catalog));
    return EXIT.ok;
  }
  if (rest.length > 0) throw new UsageError(`unexpected argument ${JSON.stringify(rest[0])}`);
  const waiter = service.waiters.get(second);
  if (waiter !== undefined) {
    if (help) {
      io.stdout(waiterHelp(service.name, second, catalog));
      return EXIT.ok;
    }
    return runWaiter(service, second, waiter, args, ctx);
  }
  const op = findOperation(service, second);
  if (help) {
    io.stdout(actionHelp(service.name, op, catalog));
    return EXIT.ok;
  }
  return runOperation(service, op, args, ctx);
}

async function runOperation(
  service: CliService,
  op: AnyOperation,
  args: ParsedArgs,
  ctx: CliContext,
): Promise<number> {
  const { globals } = args;
  const format = outputFormat(stringFlag(globals.output));
  const query = stringFlag(globals.query);
  if (query !== undefined) await checkQuery(query);
  if (globals.paginate && op.paging === undefined) {
    const paged = [...service.operations.values()].filter((o) => o.paging).map((o) => o.action);
    throw new UsageError(
      `${op.action} does not page, so --paginate does not apply${paged.length ? ` (operations of ${service.name} that page: ${paged.join(", ")})` : ""}`,
    );
  }
  const follow = globals.wait ? waiterAfter(service, op.action, ctx.catalog) : undefined;
  const timeoutMs = waitTimeoutMs(globals["wait-timeout"]);
  const input = buildInput(args.params, await cliInput(args, ctx), op.input);
  validateInput(op, input);
  const session = await openSession(args, ctx);
  const { client, signal } = session;
  const out = (value: unknown) => print(value, format, query, ctx.io);
  try {
    if (globals.paginate) {
      const pages = paginate(client, op as PagedOperation, input, { signal });
      if (query === undefined) {
        const stream = new ItemStream(format, ctx.io.isTTY, (text) => ctx.io.stdout(text));
        for await (const item of pages) await stream.item(item);
        stream.end();
      } else {
        const items: unknown[] = [];
        for await (const item of pages) items.push(item);
        await out(items);
      }
      return EXIT.ok;
    }
    const result = await client.send(op, input, { signal });
    if (follow !== undefined) {
      const [, wait, fields] = follow;
      await wait(client, pickFields(fields, result, input), { timeoutMs, signal });
    }
    await out(result);
    return EXIT.ok;
  } catch (error) {
    return session.dryRunOutput(error);
  } finally {
    await client.close();
  }
}

async function runWaiter(
  service: CliService,
  name: string,
  waiter: Waiter,
  args: ParsedArgs,
  ctx: CliContext,
): Promise<number> {
  const docs = waiterDocs(ctx.catalog, service.name, name);
  const format = outputFormat(stringFlag(args.globals.output));
  const query = stringFlag(args.globals.query);
  if (query !== undefined) await checkQuery(query);
  const kinds: Record<string, ParamKinds[string]> = {};
  for (const [param, p] of Object.entries(docs?.params ?? {})) kinds[param] = p.type;
  const input = buildInput(args.params, await cliInput(args, ctx), kinds);
  if (docs !== undefined) {
    const known = Object.keys(docs.params);
    const unknown = Object.keys(input).filter((key) => !known.includes(key));
    const missing = known.filter((key) => docs.params[key]?.required && input[key] === undefined);
    const issues = [
      ...unknown.map((key) => {
        const near = nearestName(key, known);
        return { path: key, message: `unknown parameter${near ? `; did you mean ${near}?` : ""}` };
      }),
      ...missing.map((key) => ({ path: key, message: "required parameter is missing" })),
    ];
    if (issues.length > 0) throw new ValidationError(issues, { subject: `${name} input` });
  }
  const session = await openSession(args, ctx);
  const { client, signal } = session;
  try {
    const last = await waiter(client, input, {
      timeoutMs: waitTimeoutMs(args.globals["wait-timeout"]),
      signal,
    });
    if (last !== undefined) await print(last, format, query, ctx.io);
    return EXIT.ok;
  } catch (error) {
    return session.dryRunOutput(error);
  } finally {
    await client.close();
  }
}

interface Session {
  client: VolcClient;
  signal: AbortSignal | undefined;
  /** After a failure: the dry run's request (exit 0) when it was the dry run that stopped the call; else rethrows. */
  dryRunOutput(error: unknown): number;
}

/** The client of one command: from the flags, or the emulator's, or a dry run's. */
async function openSession(args: ParsedArgs, ctx: CliContext): Promise<Session> {
  const { globals } = args;
  const flags = {
    profile: stringFlag(globals.profile),
    region: stringFlag(globals.region),
    endpoint: stringFlag(globals.endpoint),
  };
  let transport: Transport | undefined;
  let credentials: CredentialsInput | undefined;
  if (globals.emulator) {
    const testing = await import("../testing/index.js");
    transport = testing.emulatorTransport(testing.createEmulator());
    credentials = testing.EMULATOR_CREDENTIALS;
  }
  const dry = globals["dry-run"] ? new DryRun() : undefined;
  if (dry) {
    transport = dry.transport;
    credentials ??= dry.credentials(credentialsFromFlags(flags, ctx.env));
  }
  const client = await clientFromFlags(flags, ctx.env, { transport, credentials });
  return {
    client,
    signal: dry?.signal,
    dryRunOutput(error) {
      if (dry === undefined || error !== dry.stopped) throw error;
      ctx.io.stdout(dry.describe());
      return EXIT.ok;
    },
  };
}

async function print(
  value: unknown,
  format: OutputFormat,
  query: string | undefined,
  io: CliIo,
): Promise<void> {
  const shown = query === undefined ? value : await applyQuery(value, query);
  io.stdout(await formatValue(shown, format, io.isTTY));
}

async function cliInput(args: ParsedArgs, ctx: CliContext): Promise<Record<string, unknown> | undefined> {
  const value = stringFlag(args.globals["cli-input-json"]);
  return value === undefined ? undefined : readCliInputJson(value, ctx.io.readStdin);
}

function stringFlag(value: string | true | undefined): string | undefined {
  return typeof value === "string" ? value : undefined;
}

function waitTimeoutMs(value: string | true | undefined): number | undefined {
  if (typeof value !== "string") return undefined;
  const seconds = Number(value);
  if (!Number.isFinite(seconds) || seconds <= 0) {
    throw new UsageError(`--wait-timeout takes a number of seconds above 0; got ${JSON.stringify(value)}`);
  }
  return seconds * 1000;
}

/** The waiter's parameters, taken from the operation's result first, then from its input. */
function pickFields(
  fields: readonly string[],
  result: unknown,
  input: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  const answer = (typeof result === "object" && result !== null ? result : {}) as Record<string, unknown>;
  for (const field of fields) {
    const value = answer[field] ?? input[field];
    if (value !== undefined) out[field] = value;
  }
  return out;
}

function findService(name: string, services: readonly CliService[]): CliService {
  const found = services.find((s) => s.name === name);
  if (found) return found;
  const near = nearestName(
    name,
    services.map((s) => s.name),
  );
  throw new UsageError(
    `unknown service ${JSON.stringify(name)}${near ? `; did you mean ${near}?` : ""} (services: ${services.map((s) => s.name).join(", ")})`,
  );
}

function findOperation(service: CliService, name: string): AnyOperation {
  const op = service.operations.get(name);
  if (op) return op;
  const known = [...service.operations.keys(), ...service.waiters.keys()];
  const near = nearestName(name, known);
  throw new UsageError(
    `${service.name} has no operation ${JSON.stringify(name)}${near ? `; did you mean ${near}?` : ""} (run "volcengine-ts ${service.name}" for the list)`,
  );
}

/** Writes what went wrong and returns the exit code. */
function report(error: unknown, io: CliIo): number {
  if (error instanceof UsageError) {
    io.stderr(`volcengine-ts: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof ValidationError) {
    io.stderr(`volcengine-ts: ${error.message}\n`);
    return EXIT.usage;
  }
  if (error instanceof VolcError) {
    io.stderr(`volcengine-ts: ${error.message}\n`);
    return EXIT.failed;
  }
  const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  io.stderr(`volcengine-ts: ${message}\n`);
  return EXIT.failed;
}
