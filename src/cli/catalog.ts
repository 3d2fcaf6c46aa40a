/**
 * The descriptions the command line shows, extracted at generation time from the TSDoc of each
 * operation's shape fields (the text an editor shows on hover) by `scripts/generate-cli.ts`. Committed
 * as `catalog.generated.json` and checked for freshness by the tests; only the command line reads it, so
 * the library's bundles never carry it.
 */
export interface Catalog {
  services: Record<string, ServiceDocs>;
}

/** What the catalog knows of one service entry. */
export interface ServiceDocs {
  /** The first sentence of the entry's module comment. */
  summary: string;
  operations: Record<string, OperationDocs>;
  waiters: Record<string, WaiterDocs>;
}

/** What the catalog knows of one operation. */
export interface OperationDocs {
  /** One line: what it does. */
  summary: string;
  /** The whole TSDoc comment, without its tags. */
  description: string;
  /** The `@example` turned into command-line flags, when its values could be read. */
  example?: string[] | undefined;
  /**
   * Description of each parameter, by path: top-level names (`Tags`) and nested ones with `N` for a list
   * position (`Tags.N.Key`).
   */
  params: Record<string, string>;
}

/** What the catalog knows of one named waiter. */
export interface WaiterDocs {
  summary: string;
  description: string;
  /** The action it polls, found by calling it once with a client that records what it sends. */
  polls?: string | undefined;
  /** Its parameters (the second argument), with their TypeScript types and descriptions. */
  params: Record<string, WaiterParamDocs>;
}

/** One parameter of a waiter. */
export interface WaiterParamDocs {
  type: "string" | "number" | "boolean" | "array" | "object";
  required: boolean;
  description: string;
}

const EMPTY_SERVICE: ServiceDocs = { summary: "", operations: {}, waiters: {} };

/** The docs of a service, or empty docs for one the catalog does not know (it was not regenerated). */
export function serviceDocs(catalog: Catalog, service: string): ServiceDocs {
  return Object.hasOwn(catalog.services, service)
    ? (catalog.services[service] as ServiceDocs)
    : EMPTY_SERVICE;
}

/** The docs of an operation, or undefined. */
export function operationDocs(catalog: Catalog, service: string, action: string): OperationDocs | undefined {
  const ops = serviceDocs(catalog, service).operations;
  return Object.hasOwn(ops, action) ? ops[action] : undefined;
}

/** The docs of a waiter, or undefined. */
export function waiterDocs(catalog: Catalog, service: string, waiter: string): WaiterDocs | undefined {
  const waiters = serviceDocs(catalog, service).waiters;
  return Object.hasOwn(waiters, waiter) ? waiters[waiter] : undefined;
}
