import { nearestName } from "../client/validate.js";
import { UsageError } from "./usage-error.js";

/** Flags of the command line itself (lower case); every other `--Name` is an API parameter. */
export const GLOBAL_FLAGS = {
  profile: "value",
  region: "value",
  endpoint: "value",
  output: "value",
  query: "value",
  "cli-input-json": "value",
  "wait-timeout": "value",
  paginate: "switch",
  wait: "switch",
  "dry-run": "switch",
  emulator: "switch",
  help: "switch",
  version: "switch",
} as const;

/** A flag of the command line itself. */
export type GlobalFlag = keyof typeof GLOBAL_FLAGS;

/** What the arguments say, before anything is looked up. */
export interface ParsedArgs {
  /** Words that are not flags: the service, the action, the subcommand's arguments. */
  positionals: string[];
  /** The command line's own flags: a string for those with a value, `true` for switches. */
  globals: Partial<Record<GlobalFlag, string | true>>;
  /** API parameters in the order given, names as typed (`Tags.1.Key`), values as text. */
  params: [name: string, value: string][];
}

function isGlobal(name: string): name is GlobalFlag {
  return Object.hasOwn(GLOBAL_FLAGS, name);
}

/**
 * Splits the arguments as the `ve` CLI does: `--Name value` (or `--Name=value`), a value may start with a
 * single `-` (`--Offset -1`), names are case-sensitive, a repeated flag is an error, `--` ends the flags.
 * Lower-case names are the command line's own flags (`--region`, `--output`…), which may come anywhere;
 * `-h` is `--help`.
 *
 * @throws {UsageError} for a missing value, a repeated flag or an unknown lower-case flag (with the
 *   nearest known one).
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const out: ParsedArgs = { positionals: [], globals: {}, params: [] };
  const seen = new Set<string>();
  for (let i = 0; i < argv.length; i++) {
    const token = argv[i] as string;
    if (token === "--") {
      out.positionals.push(...argv.slice(i + 1));
      break;
    }
    if (token === "-h") {
      out.globals.help = true;
      continue;
    }
    if (!token.startsWith("--") || token === "--") {
      out.positionals.push(token);
      continue;
    }
    const eq = token.indexOf("=");
    const name = token.slice(2, eq === -1 ? undefined : eq);
    let value = eq === -1 ? undefined : token.slice(eq + 1);
    if (name === "") throw new UsageError(`${token} is not a flag`);
    if (seen.has(name)) throw new UsageError(`--${name} is given twice; give each flag once`);
    seen.add(name);
    const kind = isGlobal(name) ? GLOBAL_FLAGS[name] : undefined;
    if (kind === undefined && /^[a-z]/.test(name)) {
      const near = nearestName(name, Object.keys(GLOBAL_FLAGS));
      throw new UsageError(
        `unknown flag --${name}${near ? `; did you mean --${near}?` : ""} (API parameters are written as documented, e.g. --InstanceId)`,
      );
    }
    if (kind === "switch") {
      if (value !== undefined) throw new UsageError(`--${name} takes no value`);
      out.globals[name as GlobalFlag] = true;
      continue;
    }
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || next.startsWith("--")) throw new UsageError(`--${name} needs a value`);
      value = next;
      i++;
    }
    if (kind === "value") out.globals[name as GlobalFlag] = value;
    else out.params.push([name, value]);
  }
  return out;
}
