import type * as z from "zod/mini";
import type { Paging } from "./paging.js";

/**
 * HTTP method an operation is sent with: GET puts every parameter in the query, POST sends them in the
 * body (JSON, or a form when the operation says `body: "form"`).
 */
export type OperationMethod = "GET" | "POST";

/**
 * What {@link defineOperation} takes: the whole wire description of one API action. `I` and `O` are the
 * input and `Result` types; they come from the schemas (see `In` and `Out` in `services/shared/shape.ts`).
 */
export interface OperationSpec<I = unknown, O = unknown, P extends Paging | undefined = undefined> {
  /** Service name used in the credential scope, e.g. `"cen"`. */
  service: string;
  /** API version sent as `Version`, e.g. `"2020-04-01"`. */
  version: string;
  /** Action name sent as `Action`, e.g. `"CreateCenBandwidthPackage"`. */
  action: string;
  method: OperationMethod;
  /**
   * How a POST carries its parameters: `"json"` (the default) or `"form"`
   * (`application/x-www-form-urlencoded`, flattened as a GET query is: `Tags.1.Key=…`).
   */
  body?: "json" | "form" | undefined;
  /**
   * True for an action sent unsigned (sts `AssumeRoleWithOIDC`: the OIDC token in its parameters is
   * what authenticates it). The client looks up no credentials for it and sends no Authorization.
   */
  anonymous?: boolean | undefined;
  /** Documented host, used when no endpoint is configured, e.g. `"open.volcengineapi.com"`. */
  host: string;
  /** Schema of the parameters (PascalCase, as documented). Unknown keys must be rejected (strict objects). */
  input: z.ZodMiniType<unknown, I>;
  /**
   * Schema of `Result`, checked on every answer: unknown fields are kept, optional fields may be absent,
   * and a mismatch is a `MalformedResponseError` naming the field.
   */
  output: z.ZodMiniType<O, unknown>;
  /**
   * Name of the input field that makes the call idempotent (e.g. `"ClientToken"`). When the caller leaves
   * it out, the client fills in a UUID once and sends it on every attempt of that call.
   */
  idempotencyToken?: (keyof I & string) | undefined;
  /** True for operations that are safe to repeat (reads): they are retried on any transient failure. */
  idempotent?: boolean | undefined;
  /** How the operation pages, for `paginate`; absent when it does not. */
  paging?: P;
}

/**
 * An operation: a plain, frozen value that the client, the emulator, the command line and the docs all
 * read. Hovering one shows its input and result types, e.g. `Operation<CreateCenInput, CreateCenOutput>`.
 */
export interface Operation<I = unknown, O = unknown>
  extends Readonly<Omit<OperationSpec<I, O>, "idempotencyToken" | "paging">> {
  readonly idempotencyToken?: string | undefined;
  /** How the operation pages; set on every {@link PagedOperation}. */
  readonly paging?: Paging | undefined;
}

/**
 * An operation that pages: `paginate` takes it (and only it). `Items` names the `Result` field that
 * holds each page's items.
 */
export interface PagedOperation<I = unknown, O = unknown, Items extends string = string>
  extends Operation<I, O> {
  readonly paging: Paging<Items>;
}

/** Any operation, paged or not: what functions that take every operation accept. */
export type AnyOperation = Operation<unknown, unknown>;

/** The parameters an operation accepts (what the caller passes to `send`). */
export type InputOf<Op extends AnyOperation> = Op extends Operation<infer I, unknown> ? I : never;
/** The `Result` an operation resolves with. */
export type OutputOf<Op extends AnyOperation> = Op extends Operation<unknown, infer O> ? O : never;

/**
 * Declares an operation. Services wrap it once with their service, version, method and host, so that
 * each operation only says what differs.
 *
 * @example
 * ```ts
 * export const CreateNumberPool: Operation<CreateNumberPoolInput, CreateNumberPoolOutput> = defineOperation({
 *   service: "vms", version: "2022-01-01", action: "CreateNumberPool", method: "POST",
 *   host: "cloud-vms.volcengineapi.com", input: CreateNumberPoolInputSchema, output: NumberPoolSchema,
 * });
 * ```
 */
export function defineOperation<I, O, P extends Paging | undefined = undefined>(
  spec: OperationSpec<I, O, P>,
): P extends Paging<infer Items> ? PagedOperation<I, O, Items> : Operation<I, O> {
  return Object.freeze({ ...spec }) as never;
}
