import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import { CallIdListSchema } from "./call-id-list.js";

const Params = {
  /** The calls whose transcripts are wanted: ids separated by English commas, e.g. `"NM12345,Dcc12345"`. */
  CallIdList: CallIdListSchema,
};

const Result = {
  /** One entry per call that has a transcript. */
  Records: z.optional(
    z.array(
      result({
        /** The call's id. */
        CallId: z.string(),
        /** Download URL of the call's transcript. */
        AudioRecordToTextFileUrl: z.optional(z.string()),
      }),
    ),
  ),
};

/** Parameters of {@link QueryAudioRecordToTextFileUrlV2}. */
export interface QueryAudioRecordToTextFileUrlV2Input extends In<typeof Params> {}
/** `Result` of {@link QueryAudioRecordToTextFileUrlV2}. */
export interface QueryAudioRecordToTextFileUrlV2Output extends Out<typeof Result> {}

/**
 * vms `QueryAudioRecordToTextFileUrlV2`: where to download the transcripts of ended calls. Sent as a GET
 * with `CallIdList` in the query string. Safe to repeat.
 *
 * @example
 * ```ts
 * const { Records = [] } = await volc.send(QueryAudioRecordToTextFileUrlV2, { CallIdList: `${a},${b}` });
 * ```
 */
export const QueryAudioRecordToTextFileUrlV2: Operation<
  QueryAudioRecordToTextFileUrlV2Input,
  QueryAudioRecordToTextFileUrlV2Output
> = vmsOperation({
  action: "QueryAudioRecordToTextFileUrlV2",
  method: "GET",
  input: params(Params),
  output: result(Result),
  idempotent: true,
});
