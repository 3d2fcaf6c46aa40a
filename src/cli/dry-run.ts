import { redactHeaders } from "../client/attempt-event.js";
import type { Credentials, CredentialsInput } from "../credentials/types.js";
import { CredentialsError } from "../errors.js";
import type { HttpRequest, Transport } from "../http/transport.js";

/** Keys that sign a dry run when none are configured: the Authorization value is redacted anyway. */
const PLACEHOLDER_KEYS: Credentials = { accessKeyId: "AKLTDryRunPlaceholder", secretKey: "dry-run" };

/**
 * A dry run: a transport that records the first request the client hands it (serialized, signed, its
 * idempotency token filled in, exactly as it would go) and stops the call there, through the call's
 * abort signal, so that nothing is sent and nothing is retried.
 */
export class DryRun {
  readonly #controller = new AbortController();
  /** The reason the call stops with. */
  readonly stopped = new Error("dry run: the request was not sent");
  request: HttpRequest | undefined;

  /** Pass to every call of the command. */
  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** The transport to give the client. */
  readonly transport: Transport = {
    send: (request) => {
      this.request ??= request;
      this.#controller.abort(this.stopped);
      return Promise.reject(this.stopped);
    },
  };

  /** Credentials as the command would sign with, or placeholder keys when none are configured. */
  credentials(real: () => Promise<Credentials>): CredentialsInput {
    return async () => {
      try {
        return await real();
      } catch (error) {
        if (error instanceof CredentialsError) return PLACEHOLDER_KEYS;
        throw error;
      }
    };
  }

  /** The request as text: method and URL, headers with the Authorization value and session token redacted, body. */
  describe(): string {
    const request = this.request;
    if (request === undefined) return "(no request was made)\n";
    const headers = redactHeaders(request.headers);
    const lines = [`${request.method} ${request.url}`];
    lines.push(`host: ${new URL(request.url).host}`);
    for (const name of Object.keys(headers).sort()) lines.push(`${name}: ${headers[name]}`);
    lines.push("");
    if (request.body !== undefined) lines.push(new TextDecoder().decode(request.body));
    return `${lines.join("\n")}\n`;
  }
}
