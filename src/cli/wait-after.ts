import { type Catalog, waiterDocs } from "./catalog.js";
import { type CliService, WAITER_PREFIX, type Waiter } from "./registry.js";
import { UsageError } from "./usage-error.js";

/**
 * The waiter that `--wait` runs after an action, by name: the action's verb is dropped to find its
 * resource (`CreateCenBandwidthPackage` → `CenBandwidthPackage`), and the waiter is
 * `waitUntil<Resource><State>`, its state `Deleted` after a `Delete…` and any other after the rest
 * (`waitUntilCenBandwidthPackageAvailable`). Its parameters are those the catalog lists, or else
 * `<Resource>Id`.
 *
 * @returns the waiter's name, the waiter and the names of its parameters.
 * @throws {UsageError} when the service has no such waiter.
 */
export function waiterAfter(
  service: CliService,
  action: string,
  catalog: Catalog,
): [name: string, waiter: Waiter, fields: string[]] {
  const verb = /^[A-Z][a-z]+/.exec(action)?.[0] ?? "";
  const resource = action.slice(verb.length);
  for (const [name, waiter] of service.waiters) {
    const state = name.slice(WAITER_PREFIX.length + resource.length);
    if (!name.startsWith(WAITER_PREFIX + resource) || !/^[A-Z][a-z]+$/.test(state)) continue;
    if ((state === "Deleted") !== (verb === "Delete")) continue;
    const params = waiterDocs(catalog, service.name, name)?.params;
    return [name, waiter, params ? Object.keys(params) : [`${resource}Id`]];
  }
  const names = [...service.waiters.keys()];
  throw new UsageError(
    `--wait: ${service.name} has no waiter for ${action}${names.length ? ` (its waiters: ${names.join(", ")})` : " (it has no waiters)"}`,
  );
}
