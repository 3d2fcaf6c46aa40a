import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The uploaded file's name, as given to `GetResourceUploadUrl`. */
  FileName: IdSchema,
};

const Result = {
  /** The new resource's id, which tasks and single calls take as `Resource`. */
  ResourceKey: z.string(),
  /** The resource's name (the file's name without its extension). */
  Name: z.optional(z.string()),
  /** The file's extension, e.g. `".mp3"`. */
  Suffix: z.optional(z.string()),
};

/** Parameters of {@link CommitResourceUpload}. */
export interface CommitResourceUploadInput extends In<typeof Params> {}
/** `Result` of {@link CommitResourceUpload}. */
export interface CommitResourceUploadOutput extends Out<typeof Result> {}

/**
 * vms `CommitResourceUpload`: registers a file uploaded to the URL of `GetResourceUploadUrl` as an audio
 * resource. It is reviewed before tasks can play it (`State` 0, then 1 approved or 2 rejected). Not
 * idempotent.
 *
 * @example
 * ```ts
 * const { ResourceKey } = await volc.send(CommitResourceUpload, { FileName: "notice.mp3" });
 * ```
 */
export const CommitResourceUpload: Operation<CommitResourceUploadInput, CommitResourceUploadOutput> =
  vmsOperation({
    action: "CommitResourceUpload",
    input: params(Params),
    output: result(Result),
  });
