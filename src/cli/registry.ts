import type { AnyOperation } from "../client/operation.js";
import type { Sender } from "../client/sender.js";

/**
 * A named waiter of a service (`waitUntilCenAvailable`…): polls until a resource reaches a state. Each
 * takes `(client, { <id params> }, { timeoutMs?, signal? })`.
 */
export type Waiter = (
  client: Sender,
  input: Record<string, unknown>,
  options: { timeoutMs?: number; signal?: AbortSignal },
) => Promise<unknown>;

/** One service as the command line sees it: what its entry exports, found by looking at the values. */
export interface CliService {
  /** The entry's name, as in `volcengine-ts/<name>` and on the command line, e.g. `"cen"`. */
  readonly name: string;
  /** Its operations by action name, in alphabetical order. */
  readonly operations: ReadonlyMap<string, AnyOperation>;
  /** Its named waiters by export name, in alphabetical order. */
  readonly waiters: ReadonlyMap<string, Waiter>;
}

/** The export-name prefix of named waiters. */
export const WAITER_PREFIX = "waitUntil";

/**
 * Whether an exported value is an operation: a value with a service, an action, a version, a method, a
 * host and an input schema, as `defineOperation` makes.
 */
export function isOperation(value: unknown): value is AnyOperation {
  if (typeof value !== "object" || value === null) return false;
  const op = value as Record<string, unknown>;
  return (
    typeof op.service === "string" &&
    typeof op.action === "string" &&
    typeof op.version === "string" &&
    (op.method === "GET" || op.method === "POST") &&
    typeof op.host === "string" &&
    typeof (op.input as { safeParse?: unknown } | undefined)?.safeParse === "function"
  );
}

/** Whether an export is a named waiter: a function whose name starts with `waitUntil` and a capital. */
export function isWaiter(name: string, value: unknown): value is Waiter {
  return typeof value === "function" && name.startsWith(WAITER_PREFIX) && /^[A-Z]/.test(name.slice(9));
}

/**
 * The services of the given entry modules (`{ cen: await import("volcengine-ts/cen"), … }`): every export
 * whose value is an operation, and every `waitUntil…` function. Nothing is listed by hand.
 */
export function discoverServices(
  modules: Readonly<Record<string, Readonly<Record<string, unknown>>>>,
): CliService[] {
  return Object.keys(modules)
    .sort()
    .map((name) => {
      const exports = modules[name] ?? {};
      const operations = new Map<string, AnyOperation>();
      const waiters = new Map<string, Waiter>();
      for (const key of Object.keys(exports).sort()) {
        const value = exports[key];
        if (isOperation(value)) operations.set(value.action, value);
        else if (isWaiter(key, value)) waiters.set(key, value);
      }
      return { name, operations: sortByKey(operations), waiters };
    });
}

function sortByKey<V>(map: Map<string, V>): Map<string, V> {
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
