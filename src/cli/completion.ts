import { GLOBAL_FLAGS } from "./args.js";
import { type Catalog, operationDocs, serviceDocs, waiterDocs } from "./catalog.js";
import { OUTPUT_FORMATS } from "./output.js";
import type { CliService } from "./registry.js";
import { inputJsonSchema, paramRows } from "./schema.js";
import { UsageError } from "./usage-error.js";

const SCRIPTS = {
  bash: `# volcengine-ts completion for bash: source <(volcengine-ts completion bash)
_volcengine_ts() {
  local IFS=$'\\n'
  local -a cands=( $(volcengine-ts __complete "\${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null) )
  COMPREPLY=( "\${cands[@]%%$'\\t'*}" )
}
complete -o default -F _volcengine_ts volcengine-ts
`,
  zsh: `#compdef volcengine-ts
# volcengine-ts completion for zsh: volcengine-ts completion zsh > "\${fpath[1]}/_volcengine-ts"
_volcengine_ts() {
  local -a lines vals descs
  lines=("\${(@f)$(volcengine-ts __complete "\${(@)words[2,CURRENT]}" 2>/dev/null)}")
  lines=(\${lines:#})
  (( \${#lines} )) || return 1
  vals=("\${lines[@]%%$'\\t'*}")
  descs=("\${lines[@]/$'\\t'/  -- }")
  compadd -l -d descs -a vals
}
compdef _volcengine_ts volcengine-ts
`,
  fish: `# volcengine-ts completion for fish: volcengine-ts completion fish > ~/.config/fish/completions/volcengine-ts.fish
function __volcengine_ts_complete
    set -l args (commandline -opc)[2..-1]
    volcengine-ts __complete $args (commandline -ct) 2>/dev/null
end
complete -c volcengine-ts -f -a '(__volcengine_ts_complete)'
`,
} as const;

/** The completion script of a shell; each calls back `volcengine-ts __complete <words…>`. */
export function completionScript(shell: string | undefined): string {
  if (shell !== undefined && Object.hasOwn(SCRIPTS, shell)) return SCRIPTS[shell as keyof typeof SCRIPTS];
  throw new UsageError(`completion takes bash, zsh or fish; got ${shell === undefined ? "nothing" : shell}`);
}

/**
 * `volcengine-ts __complete <words…> <current>`: the candidates for the last word, one per line, each
 * optionally followed by a tab and a description. Services first, then a service's actions and waiters,
 * then the flags of the action (its parameters, flattened, and the command line's own), or the values
 * of `--output`. No network, no file.
 */
export function complete(
  words: readonly string[],
  services: readonly CliService[],
  catalog: Catalog,
): string {
  const current = words.at(-1) ?? "";
  const before = words.slice(0, -1);
  const previous = before.at(-1);
  const positionals = before.filter((word, i) => !word.startsWith("-") && !isFlagValue(before, i));
  let candidates: [string, string][] = [];
  if (previous === "--output") candidates = OUTPUT_FORMATS.map((f) => [f, ""]);
  else if (previous?.startsWith("--") && !isSwitch(previous)) candidates = [];
  else if (positionals[0] === "completion") candidates = ["bash", "zsh", "fish"].map((s) => [s, ""]);
  else if (current.startsWith("-")) candidates = flagCandidates(positionals, services, catalog);
  else if (positionals.length === 0) {
    candidates = services.map((s) => [s.name, serviceDocs(catalog, s.name).summary]);
    candidates.push(
      ["schema", "the JSON Schema of an operation's input"],
      ["completion", "a shell completion script"],
    );
  } else {
    const first = positionals[0] === "schema" ? positionals[1] : positionals[0];
    const depth = positionals[0] === "schema" ? 2 : 1;
    const service = services.find((s) => s.name === first);
    if (service && positionals.length === depth) {
      candidates = [
        ...[...service.operations.keys()].map((a): [string, string] => [
          a,
          operationDocs(catalog, service.name, a)?.summary ?? "",
        ]),
        ...[...service.waiters.keys()].map((w): [string, string] => [
          w,
          waiterDocs(catalog, service.name, w)?.summary ?? "",
        ]),
      ];
    } else if (positionals[0] === "schema" && positionals.length === 1) {
      candidates = services.map((s) => [s.name, ""]);
    }
  }
  return candidates
    .filter(([value]) => value.startsWith(current))
    .map(([value, description]) => (description ? `${value}\t${oneLine(description)}\n` : `${value}\n`))
    .join("");
}

function flagCandidates(positionals: readonly string[], services: readonly CliService[], catalog: Catalog) {
  const out: [string, string][] = [];
  const service = services.find((s) => s.name === positionals[0]);
  const op = service?.operations.get(positionals[1] ?? "");
  if (service && op) {
    const schema = inputJsonSchema(op, operationDocs(catalog, service.name, op.action));
    for (const row of paramRows(schema))
      out.push([`--${row.flag.replace(/\.N(?=\.|$)/g, ".1")}`, row.description]);
  }
  const waiter = service && waiterDocs(catalog, service.name, positionals[1] ?? "");
  if (waiter) for (const [name, p] of Object.entries(waiter.params)) out.push([`--${name}`, p.description]);
  for (const flag of Object.keys(GLOBAL_FLAGS)) out.push([`--${flag}`, ""]);
  return out;
}

function isSwitch(flag: string): boolean {
  const name = flag.slice(2);
  return Object.hasOwn(GLOBAL_FLAGS, name) && GLOBAL_FLAGS[name as keyof typeof GLOBAL_FLAGS] === "switch";
}

/** Whether `words[i]` is the value of the flag before it. */
function isFlagValue(words: readonly string[], i: number): boolean {
  const flag = words[i - 1];
  return flag?.startsWith("--") === true && !flag.includes("=") && !isSwitch(flag);
}

function oneLine(text: string): string {
  const line = text.replace(/\s+/g, " ").trim();
  return line.length > 80 ? `${line.slice(0, 79)}…` : line;
}
