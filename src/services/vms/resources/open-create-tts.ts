import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The template's name. */
  Name: IdSchema,
  /** The template's text; its variables are filled per number from `PhoneParamJson` (or `PhoneParam`). */
  TtsTemplateContent: z.optional(text({ min: 0, max: Number.POSITIVE_INFINITY, multiline: true })),
  /** Your remark on it, at most 255 characters. */
  Remark: z.optional(text({ min: 0, max: 255 })),
};

const Result = {
  /** The new template's id, which tasks and single calls take as `Resource`. */
  ResourceKey: z.string(),
  /** The template's name. */
  Name: z.optional(z.string()),
};

/** Parameters of {@link OpenCreateTts}. */
export interface OpenCreateTtsInput extends In<typeof Params> {}
/** `Result` of {@link OpenCreateTts}. */
export interface OpenCreateTtsOutput extends Out<typeof Result> {}

/**
 * vms `OpenCreateTts`: creates a text-to-speech template. It is reviewed before tasks can use it
 * (`State` 0, then 1 approved or 2 rejected). Not idempotent.
 *
 * @example
 * ```ts
 * const { ResourceKey } = await volc.send(OpenCreateTts, {
 *   Name: "delivery", TtsTemplateContent: "您的快递已到，请及时取件", Remark: "parcel notice",
 * });
 * ```
 */
export const OpenCreateTts: Operation<OpenCreateTtsInput, OpenCreateTtsOutput> = vmsOperation({
  action: "OpenCreateTts",
  input: params(Params),
  output: result(Result),
});
