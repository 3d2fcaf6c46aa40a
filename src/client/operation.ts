import type * as z from "zod/mini";

/** HTTP method an operation is sent with: GET puts every parameter in the query, POST sends a JSON body. */
export type OperationMethod = "GET" | "POST";

/** What {@link defineOperation} takes: the whole wire description of one API action. */
export interface OperationSpec<
  In extends z.ZodMiniType = z.ZodMiniType,
  Out extends z.ZodMiniType = z.ZodMiniType,
> {
  /** Service name used in the credential scope, e.g. `"cen"`. */
  service: string;
  /** API version sent as `Version`, e.g. `"2020-04-01"`. */
  version: string;
  /** Action name sent as `Action`, e.g. `"CreateCenBandwidthPackage"`. */
  action: string;
  method: OperationMethod;
  /** Default host when the client has no `endpoint`, e.g. `"open.volcengineapi.com"`. */
  host: string;
  /** Schema of the parameters (PascalCase, as documented). Unknown keys must be rejected (strict objects). */
  input: In;
  /** Schema of `Result`. Used for types; answers are not rejected for carrying extra fields. */
  output: Out;
  /**
   * Name of the input field that makes the call idempotent (e.g. `"ClientToken"`). When the caller leaves
   * it out, the client fills in a UUID once and sends it on every attempt of that call.
   */
  idempotencyToken?: (keyof z.input<In> & string) | undefined;
  /** True for operations that are safe to repeat (reads): they are retried on any transient failure. */
  idempotent?: boolean | undefined;
}

/** An operation: a plain, frozen value that the client, the emulator and the docs all read. */
export type Operation<
  In extends z.ZodMiniType = z.ZodMiniType,
  Out extends z.ZodMiniType = z.ZodMiniType,
> = Readonly<Omit<OperationSpec<In, Out>, "idempotencyToken"> & { idempotencyToken?: string | undefined }>;

/** The parameters an operation accepts (what the caller passes to `send`). */
export type InputOf<Op extends Operation> = z.input<Op["input"]>;
/** The `Result` an operation resolves with. */
export type OutputOf<Op extends Operation> = z.output<Op["output"]>;

/**
 * Declares an operation. Adding one to a service is this call and nothing else.
 *
 * @example
 * ```ts
 * export const CreateNumberPool = defineOperation({
 *   service: "vms", version: "2022-01-01", action: "CreateNumberPool", method: "POST",
 *   host: "cloud-vms.volcengineapi.com", input: CreateNumberPoolInputSchema, output: NumberPoolSchema,
 * });
 * ```
 */
export function defineOperation<In extends z.ZodMiniType, Out extends z.ZodMiniType>(
  spec: OperationSpec<In, Out>,
): Operation<In, Out> {
  return Object.freeze({ ...spec });
}
