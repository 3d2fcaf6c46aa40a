import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The audio file's name, with its extension, e.g. `"notice.mp3"`; give the same one to `CommitResourceUpload`. */
  FileName: IdSchema,
};

const Result = {
  /** A pre-signed URL to upload the file's bytes to. */
  UploadUrl: z.optional(z.string()),
};

/** Parameters of {@link GetResourceUploadUrl}. */
export interface GetResourceUploadUrlInput extends In<typeof Params> {}
/** `Result` of {@link GetResourceUploadUrl}. */
export interface GetResourceUploadUrlOutput extends Out<typeof Result> {}

/**
 * vms `GetResourceUploadUrl`: the first step of adding an audio file. Upload the bytes to `UploadUrl`,
 * then register the file with `CommitResourceUpload`. Safe to repeat (each call only hands out a URL).
 *
 * @example
 * ```ts
 * const { UploadUrl } = await volc.send(GetResourceUploadUrl, { FileName: "notice.mp3" });
 * await fetch(UploadUrl!, { method: "PUT", body: bytes });
 * const { ResourceKey } = await volc.send(CommitResourceUpload, { FileName: "notice.mp3" });
 * ```
 */
export const GetResourceUploadUrl: Operation<GetResourceUploadUrlInput, GetResourceUploadUrlOutput> =
  vmsOperation({
    action: "GetResourceUploadUrl",
    input: params(Params),
    output: result(Result),
    idempotent: true,
  });
