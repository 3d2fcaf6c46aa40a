import type * as z from "zod/mini";
import { VISIBLE_ASCII } from "./charsets.js";
import { text } from "./text-rule.js";

/**
 * `ClientToken`, the idempotency token of create calls: 1–64 ASCII characters.
 *
 * The API allows "at most 64"; we also reject the empty string. An empty token would reach the server
 * as no token at all, so a retried create could be carried out twice, and the client only generates a
 * token when the field is left out. Leave the field out (or pass your own token) instead.
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ ClientToken: z.optional(ClientTokenSchema) });
 * ```
 */
export const ClientTokenSchema: z.ZodMiniString<string> = text({
  min: 1,
  max: 64,
  allowed: VISIBLE_ASCII,
});
