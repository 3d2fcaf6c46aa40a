import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** The call whose recording is wanted, e.g. as `Click2Call` returned it. */
  CallId: IdSchema,
};

const Result = {
  /** Download URL of the recording, both sides mixed. */
  AudioRecordFileUrl: z.optional(z.string()),
  /** Download URL of the left channel. */
  AudioRecordLeftFileUrl: z.optional(z.string()),
  /** Download URL of the right channel. */
  AudioRecordRightFileUrl: z.optional(z.string()),
};

/** Parameters of {@link QueryAudioRecordFileUrl}. */
export interface QueryAudioRecordFileUrlInput extends In<typeof Params> {}
/** `Result` of {@link QueryAudioRecordFileUrl}. */
export interface QueryAudioRecordFileUrlOutput extends Out<typeof Result> {}

/**
 * vms `QueryAudioRecordFileUrl`: where to download a call's recording, once the call has ended. Sent as a
 * GET with `CallId` in the query string. Safe to repeat.
 *
 * @example
 * ```ts
 * const { AudioRecordFileUrl } = await volc.send(QueryAudioRecordFileUrl, { CallId });
 * ```
 */
export const QueryAudioRecordFileUrl: Operation<QueryAudioRecordFileUrlInput, QueryAudioRecordFileUrlOutput> =
  vmsOperation({
    action: "QueryAudioRecordFileUrl",
    method: "GET",
    input: params(Params),
    output: result(Result),
    idempotent: true,
  });
