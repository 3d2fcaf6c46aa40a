import type * as z from "zod/mini";
import { text } from "./text-rule.js";

/**
 * A string parameter with no documented character rule or length limit (an operator name, a filter
 * value). It still follows the text policy of `text-rule.ts`: well-formed Unicode, no control
 * characters. No length limit is invented where the API states none.
 *
 * @example
 * ```ts
 * const Params = { LineOperator: z.optional(FreeTextSchema) };
 * ```
 */
export const FreeTextSchema: z.ZodMiniString<string> = text({ min: 0, max: Number.POSITIVE_INFINITY });

/**
 * The id of a resource (`CenId`, `NumberPoolNo`…): not empty, and otherwise free text (the API documents
 * no id format beyond examples such as `cen-7qthudw0ll6jmc****`).
 *
 * @example
 * ```ts
 * const Params = { CenId: IdSchema };
 * ```
 */
export const IdSchema: z.ZodMiniString<string> = text({ min: 1, max: Number.POSITIVE_INFINITY });

/**
 * `ProjectName`, the project a resource belongs to: not empty, and otherwise free text (the project's own
 * naming rules belong to the IAM service, which judges them).
 *
 * @example
 * ```ts
 * const Params = { ProjectName: z.optional(ProjectNameSchema) };
 * ```
 */
export const ProjectNameSchema: z.ZodMiniString<string> = IdSchema;
