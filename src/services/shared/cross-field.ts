import * as z from "zod/mini";

/**
 * The fields of `T` as a cross-field check sees them: each may be missing or, when that field has its
 * own issue, of any type at all. Narrow before use.
 */
export type UncheckedFields<T> = { readonly [K in keyof T]?: unknown };

/** Reports one issue on a field of the object being checked. */
export type ReportIssue<T> = (field: keyof T & string, message: string) => void;

/**
 * A check across several fields of an object that runs even when some fields have issues of their own,
 * so that one parse reports every problem at once.
 *
 * Why the `when` option: zod skips an object's checks once any field has an issue; `when` overrides that.
 * The callback then sees the raw values ({@link UncheckedFields}) and must skip what it cannot judge (a
 * field of the wrong type is already reported by that field's own schema). Caveat: zod still skips the
 * check after an explicitly aborting issue (`continue: false`), which `z.int()` and a leading
 * `z.maxLength` on arrays raise; the shared schemas therefore use `integer()` and a counted list
 * check instead.
 *
 * @example
 * ```ts
 * const notBothAsia = crossFieldCheck<{ A?: string; B?: string }>((v, report) => {
 *   if (v.A === "Asia" && v.B === "Asia") report("B", "A and B cannot both be Asia");
 * });
 * const Schema = z.strictObject({ A: z.optional(z.string()), B: z.optional(z.string()) }).check(notBothAsia);
 * ```
 */
export function crossFieldCheck<T extends object>(
  rule: (fields: UncheckedFields<T>, report: ReportIssue<T>) => void,
): z.core.$ZodCheck<T> {
  return z.superRefine<T>(
    (value, ctx) => {
      rule(value, (field, message) => {
        ctx.addIssue({ code: "custom", message, path: [field], input: value[field] });
      });
    },
    { when: (payload) => isPlainRecord(payload.value) },
  );
}

function isPlainRecord(value: unknown): boolean {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
