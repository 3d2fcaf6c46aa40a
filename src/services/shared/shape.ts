import * as z from "zod/mini";

/** The fields of an operation's parameters or result: names as documented, each a schema. */
export type Shape = Readonly<Record<string, z.core.$ZodType>>;

/**
 * The parameters an input shape describes. Each field keeps the TSDoc written on it in the shape, so
 * that it shows on hover in a user's editor, from the published types too.
 */
export type In<S extends Shape> = z.input<z.ZodMiniObject<S, z.core.$strict>>;

/** The result a result shape describes, each field with its TSDoc (see {@link In}). */
export type Out<S extends Shape> = z.output<z.ZodMiniObject<S, z.core.$strip>>;

/**
 * The schema of an operation's parameters: every field of `shape`, and nothing else (an unknown
 * parameter is refused with the nearest known name).
 *
 * @example
 * ```ts
 * const Params = { CenId: z.string() };
 * const input = params(Params);
 * ```
 */
export function params<S extends Shape>(shape: S): z.ZodMiniObject<S, z.core.$strict> {
  return z.strictObject(shape);
}

/**
 * The schema of a result, or of an object inside one. The client checks an answer against it and then
 * hands over the answer itself, so fields the SDK does not know are kept in the value (the service may
 * add some), but not in the type: a misspelt field must not compile. Result schemas therefore never
 * transform a value: they only check it.
 *
 * @example
 * ```ts
 * const output = result({ CenId: z.string(), Description: z.optional(z.string()) });
 * ```
 */
export function result<S extends Shape>(shape: S): z.ZodMiniObject<S, z.core.$strip> {
  return z.object(shape);
}
