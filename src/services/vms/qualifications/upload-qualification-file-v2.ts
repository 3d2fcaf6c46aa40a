import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { text } from "../../shared/text-rule.js";
import { vmsOperation } from "../operation.js";
import type { QualificationFileType } from "./codes.js";

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** The file's bytes in standard Base64. */
const FileBase64Schema = text({
  min: 1,
  max: Number.POSITIVE_INFINITY,
  more: [
    (value) =>
      BASE64.test(value) && value.length % 4 === 0
        ? undefined
        : "must be the file's bytes in Base64: A–Z, a–z, 0–9, + and /, padded with = to a multiple of 4 characters",
  ],
});

const Params = {
  /** The picture's bytes in Base64 (standard alphabet, padded). */
  FileBase64: FileBase64Schema,
  /** The file's name, with its extension, e.g. `"licence.jpg"`. */
  FileName: IdSchema,
  /** What the picture shows, e.g. `"BusinessLicensePhoto"`. See {@link QualificationFileType}. */
  FileType: IdSchema as z.ZodMiniType<
    QualificationFileType | (string & {}),
    QualificationFileType | (string & {})
  >,
};

const Result = {
  /** The file's code, which the `…FileCode` fields of `AddQualification` and `UpdateQualification` take. */
  FileCode: z.string(),
};

/** Parameters of {@link UploadQualificationFileV2}. */
export interface UploadQualificationFileV2Input extends In<typeof Params> {}
/** `Result` of {@link UploadQualificationFileV2}. */
export interface UploadQualificationFileV2Output extends Out<typeof Result> {}

/**
 * vms `UploadQualificationFileV2`: uploads one picture of a qualification (a licence, an identity card…)
 * and returns its `FileCode`. Not idempotent: each upload is a new file.
 *
 * @example
 * ```ts
 * const { FileCode } = await volc.send(UploadQualificationFileV2, {
 *   FileBase64: readFileSync("licence.jpg").toString("base64"), FileName: "licence.jpg",
 *   FileType: QualificationFileType.ThreeInOneBusinessLicensePhoto,
 * });
 * ```
 */
export const UploadQualificationFileV2: Operation<
  UploadQualificationFileV2Input,
  UploadQualificationFileV2Output
> = vmsOperation({
  action: "UploadQualificationFileV2",
  input: params(Params),
  output: result(Result),
});
