import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";
import type { KnownResourceType } from "./codes.js";
import { ResourceRecordResult } from "./resource-record.js";

const Params = {
  /** Which kind to list: `0` audio files, `1` TTS templates, `2` IVR files. See {@link ResourceType}. */
  Type: openCode<KnownResourceType>(),
};

const Result = {
  /** Every approved resource of that kind, oldest first. */
  Records: z.optional(z.array(ResourceRecordResult)),
};

/** Parameters of {@link QueryUsableResourceV2}. */
export interface QueryUsableResourceV2Input extends In<typeof Params> {}
/** `Result` of {@link QueryUsableResourceV2}. */
export interface QueryUsableResourceV2Output extends Out<typeof Result> {}

/**
 * vms `QueryUsableResourceV2`: the resources of one kind that tasks can use now (approved), in one
 * list. Sent as a GET with `Type` in the query string. Safe to repeat.
 *
 * @example
 * ```ts
 * const { Records = [] } = await volc.send(QueryUsableResourceV2, { Type: ResourceType.AudioFile });
 * ```
 */
export const QueryUsableResourceV2: Operation<QueryUsableResourceV2Input, QueryUsableResourceV2Output> =
  vmsOperation({
    action: "QueryUsableResourceV2",
    method: "GET",
    input: params(Params),
    output: result(Result),
    idempotent: true,
  });
