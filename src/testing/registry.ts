import type { ActionHandler } from "./handler.js";

/**
 * The actions an emulator serves, found the way the gateway routes: by the credential scope's service,
 * then `Action` and `Version`. Built from the handlers' operation values, the same ones the client
 * sends, so the two cannot disagree on a name or a version.
 */
export class ActionRegistry {
  readonly #handlers = new Map<string, ActionHandler>();

  constructor(handlers: Iterable<ActionHandler>) {
    for (const handler of handlers) {
      const { service, action, version } = handler.operation;
      const key = routeKey(service, action, version);
      if (this.#handlers.has(key))
        throw new Error(`Two emulator handlers for ${service} ${action} ${version}`);
      this.#handlers.set(key, handler);
    }
  }

  /** The handler of this service, action and version, if the emulator serves it. */
  find(service: string, action: string, version: string): ActionHandler | undefined {
    return this.#handlers.get(routeKey(service, action, version));
  }

  /** The handler of an action sent unsigned (`AssumeRoleWithOIDC`), found by its Action and Version alone. */
  findAnonymous(action: string, version: string): ActionHandler | undefined {
    for (const handler of this.#handlers.values()) {
      const op = handler.operation;
      if (op.anonymous && op.action === action && op.version === version) return handler;
    }
    return undefined;
  }

  /** `service action version` of every action served, for messages and docs. */
  list(): string[] {
    return [...this.#handlers.values()].map(
      (h) => `${h.operation.service} ${h.operation.action} ${h.operation.version}`,
    );
  }
}

function routeKey(service: string, action: string, version: string): string {
  return `${service}\n${action}\n${version}`;
}
