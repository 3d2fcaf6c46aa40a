import * as z from "zod/mini";
import type { PagedOperation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { boundedList } from "../../shared/list.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { answerCode, codeIn } from "../code-set.js";
import { CountSchema, RECORDS_BY_OFFSET } from "../list-paging.js";
import { vmsOperation } from "../operation.js";
import type { KnownServiceType, KnownSubServiceType, SubServiceType } from "../service-types.js";
import { PhoneNumberSchema } from "../vocabulary.js";
import type { NumberStatusCode, NumberTypeCode } from "./codes.js";

const Params = {
  /** Only these numbers: at most 500 per query. */
  NumberList: z.optional(boundedList(PhoneNumberSchema, 500, "numbers")),
  /** Only the numbers of this pool, e.g. `"NP1234567890"`. */
  NumberPoolNo: z.optional(IdSchema),
  /** Only the numbers of pools of this sub-service type (`201` AXB…). See {@link SubServiceType}. */
  NumberPoolTypeCode: z.optional(openCode<KnownSubServiceType>()),
  /**
   * Only numbers in this status: `1` in use, `2` disabled by the user, `3` disabled by the platform,
   * `4` cancelled, `6` cancelled by the platform, `-1` abnormal. See {@link NumberStatusCode}.
   */
  NumberStatusCode: z.optional(
    codeIn<NumberStatusCode>(
      [1, 2, 3, 4, 6, -1],
      "1 (in use), 2 (disabled by the user), 3 (disabled by the platform), 4 (cancelled), 6 (cancelled by the platform) or -1 (abnormal)",
    ),
  ),
  /** Only numbers of this kind: `0` mobile, `1` fixed line. See {@link NumberTypeCode}. */
  NumberTypeCode: z.optional(codeIn<NumberTypeCode>([0, 1], "0 (mobile) or 1 (fixed line)")),
  /** Position of the page's first number in the whole list, from 0 (the default). */
  Offset: z.optional(CountSchema),
  /** Numbers per page (default 20). */
  Limit: z.optional(CountSchema),
};

const PoolNumber = result({
  /** The number itself: its id. */
  Number: z.string(),
  /** Its status. See {@link NumberStatusCode}. */
  NumberStatusCode: z.optional(answerCode<NumberStatusCode>()),
  /** The status in words. */
  NumberStatusDesc: z.optional(z.string()),
  /** `0` mobile, `1` fixed line. See {@link NumberTypeCode}. */
  NumberTypeCode: z.optional(answerCode<NumberTypeCode>()),
  /** The kind in words. */
  NumberTypeDesc: z.optional(z.string()),
  /** Where the number is (its city). */
  NumberLocation: z.optional(z.string()),
  /** When it was bought. */
  NumberPurchaseTime: z.optional(z.string()),
  /** Its pool. */
  NumberPoolNo: z.optional(z.string()),
  /** Its pool's name. */
  NumberPoolName: z.optional(z.string()),
  /** Its pool's sub-service type. See {@link SubServiceType}. */
  NumberPoolTypeCode: z.optional(openCode<KnownSubServiceType>()),
  /** That type in words. */
  NumberPoolTypeDesc: z.optional(z.string()),
  /** Its pool's service type. */
  ServiceTypeCode: z.optional(openCode<KnownServiceType>()),
  /** That type in words. */
  ServiceTypeDesc: z.optional(z.string()),
  /** The qualification the number was bought under. */
  QualificationNo: z.optional(z.string()),
  /** How many bindings use the number now. */
  CurrentBindCount: z.optional(z.number()),
});

const Result = {
  /** This page's numbers. */
  Records: z.optional(z.array(PoolNumber)),
  /** The page's `Offset`. */
  Offset: z.optional(z.number()),
  /** The page's `Limit`. */
  Limit: z.optional(z.number()),
  /** How many numbers match, over every page. */
  Total: z.optional(z.number()),
};

/** Parameters of {@link NumberList}. */
export interface NumberListInput extends In<typeof Params> {}
/** `Result` of {@link NumberList}: one page of numbers. */
export interface NumberListOutput extends Out<typeof Result> {}

/**
 * vms `NumberList`: lists numbers, by pool, status, kind or a list of numbers; pages by
 * `Offset`/`Limit` (`paginate` walks every page). A read: retried on transient failures.
 *
 * @example
 * ```ts
 * const page = await volc.send(NumberList, { NumberPoolNo: "NP1234567890", NumberStatusCode: NumberStatusCode.InUse });
 * page.Records?.map((n) => n.Number);
 * ```
 */
export const NumberList: PagedOperation<NumberListInput, NumberListOutput, "Records"> = vmsOperation({
  action: "NumberList",
  input: params(Params),
  output: result(Result),
  idempotent: true,
  paging: RECORDS_BY_OFFSET,
});
