import type { AnyOperation } from "../client/operation.js";
import { type Catalog, operationDocs, serviceDocs, waiterDocs } from "./catalog.js";
import type { CliService } from "./registry.js";
import { inputJsonSchema, paramRows } from "./schema.js";

const GLOBAL_HELP = `Flags of every command:
  --profile <name>          a profile of ~/.volcengine/config.json: its keys, region and endpoint
  --region <region>         region of the credential scope (default: the profile's, VOLCENGINE_REGION, cn-beijing)
  --endpoint <url>          send to this URL instead of the service's host (default: the profile's, VOLCENGINE_ENDPOINT)
  --output json|yaml|table|text
                            json (default; indented on a terminal), yaml, an aligned table, or text for scripts
  --query <JMESPath>        keep part of the result, e.g. --query 'Items[].Id' (AWS-style \`literals\` work)
  --cli-input-json <json|file|->
                            the whole input as a JSON object; flags given beside it replace its parameters
  --paginate                for operations that page: every item of every page, written as pages arrive
  --wait                    after a create or delete, wait with the resource's waiter before printing
  --wait-timeout <seconds>  how long a waiter waits (default 300)
  --dry-run                 print the request that would be sent (secrets redacted) and send nothing
  --emulator                run against an in-process emulator: no account, no network
  -h, --help                help for the command

Exit codes: 0 success; 1 the service or the network failed (code, HTTP status and request id on stderr);
2 invalid input or an unknown service, action or flag (nothing was sent).`;

/** `volcengine-ts --help`: the services, the commands, the flags. */
export function rootHelp(services: readonly CliService[], catalog: Catalog): string {
  const rows = services.map((s) => [s.name, clip(serviceDocs(catalog, s.name).summary, 96)] as const);
  return `Usage: volcengine-ts <service> <Action> [--Param value …] [flags]

Calls the Volcengine OpenAPI, checking every documented parameter rule before anything is sent.

Services:
${columns(rows)}

Commands:
  volcengine-ts <service>                     list the service's operations and waiters
  volcengine-ts <service> <Action> --help     an operation's parameters, types, rules and an example
  volcengine-ts <service> <waitUntil…> --Id … wait until a resource reaches a state
  volcengine-ts schema <service> <Action>     the JSON Schema of an operation's input
  volcengine-ts completion bash|zsh|fish      a shell completion script

Parameters are written as the API documents them: --Name value; lists and objects flattened with
1-based positions (--Tags.1.Key env --Tags.1.Value prod) or given as JSON (--Tags '[{"Key":"env"}]').

${GLOBAL_HELP}
`;
}

/** `volcengine-ts <service>`: its operations and waiters, one line each. */
export function serviceHelp(service: CliService, catalog: Catalog): string {
  const docs = serviceDocs(catalog, service.name);
  const ops = [...service.operations.keys()].map(
    (action) => [action, operationDocs(catalog, service.name, action)?.summary ?? ""] as const,
  );
  const waiters = [...service.waiters.keys()].map(
    (name) => [name, waiterDocs(catalog, service.name, name)?.summary ?? ""] as const,
  );
  const parts = [
    `Usage: volcengine-ts ${service.name} <Action> [--Param value …] [flags]`,
    docs.summary && `\n${docs.summary}`,
    `\nOperations:\n${columns(ops)}`,
    waiters.length > 0 ? `\nWaiters:\n${columns(waiters)}` : "",
    `\nSee "volcengine-ts ${service.name} <Action> --help" for an operation's parameters.`,
  ];
  return `${parts.filter(Boolean).join("\n")}\n`;
}

/** `volcengine-ts <service> <Action> --help`: what it does, its flags with types and rules, an example. */
export function actionHelp(service: string, op: AnyOperation, catalog: Catalog): string {
  const docs = operationDocs(catalog, service, op.action);
  const rows = paramRows(inputJsonSchema(op, docs));
  const paging = op.paging
    ? `\nPages by ${op.paging.style}: --paginate writes every item of ${op.paging.items}, page after page.\n`
    : "";
  const params =
    rows.length === 0
      ? "  (none)"
      : rows
          .map((row) => {
            const head = `  --${row.flag} ${row.type}${row.required ? "  (required)" : ""}`;
            return row.description ? `${head}\n${indent(row.description, 6)}` : head;
          })
          .join("\n");
  const example = docs?.example
    ? `\nExample:\n  volcengine-ts ${service} ${op.action} \\\n${docs.example.map((flag) => `    ${flag}`).join(" \\\n")}\n`
    : "";
  const method = `${op.method} ${op.host}, Version ${op.version}`;
  return `Usage: volcengine-ts ${service} ${op.action} [--Param value …] [flags]

${docs?.description ?? `${service} ${op.action}`}
(${method}${op.idempotencyToken ? `; idempotent through ${op.idempotencyToken}, filled in when left out` : ""})
${paging}
Parameters:
${params}
${example}
Lists and objects: --Tags.1.Key env --Tags.1.Value prod, or as JSON: --Tags '[{"Key":"env","Value":"prod"}]'.
Run "volcengine-ts --help" for the flags of every command.
`;
}

/** `volcengine-ts <service> <waitUntil…> --help`. */
export function waiterHelp(service: string, name: string, catalog: Catalog): string {
  const docs = waiterDocs(catalog, service, name);
  const params = Object.entries(docs?.params ?? {})
    .map(([param, p]) => {
      const head = `  --${param} ${p.type}${p.required ? "  (required)" : ""}`;
      return p.description ? `${head}\n${indent(p.description, 6)}` : head;
    })
    .join("\n");
  return `Usage: volcengine-ts ${service} ${name} [--Param value …] [--wait-timeout seconds] [flags]

${docs?.description ?? name}
${docs?.polls ? `(polls ${docs.polls})\n` : ""}
Parameters:
${params || "  (see the waiter's documentation)"}

Prints the last answer once the state is reached; exits with 1 when --wait-timeout (default 300 s) runs out.
`;
}

function columns(rows: readonly (readonly [string, string])[]): string {
  const width = Math.max(0, ...rows.map(([name]) => name.length));
  return rows.map(([name, text]) => `  ${name.padEnd(width)}  ${text}`.trimEnd()).join("\n");
}

function indent(text: string, spaces: number): string {
  return text.replace(/^/gm, " ".repeat(spaces));
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
