import * as z from "zod/mini";
import type { Operation } from "../../../client/operation.js";
import { IdSchema } from "../../shared/free-text.js";
import { openCode } from "../../shared/open-code.js";
import { type In, type Out, params, result } from "../../shared/shape.js";
import { vmsOperation } from "../operation.js";

const Params = {
  /** Your unique id of this request. */
  RequestId: IdSchema,
  /** The kind of identity document `IdNumber` belongs to (a code). */
  IdType: openCode<number>(),
  /** The holder's name, AES-encrypted. */
  Name: IdSchema,
  /** The A number being filed, AES-encrypted. */
  PhoneNumber: IdSchema,
  /** The identity document's number, AES-encrypted. */
  IdNumber: IdSchema,
  /** A photo of the holder taken on the spot: the file's bytes in Base64, then AES-encrypted. */
  Photo: IdSchema,
};

const Result = {
  /** The filing's outcome (a code). */
  Code: z.optional(z.string()),
  /** The outcome in words. */
  Message: z.optional(z.string()),
};

/** Parameters of {@link RouteAAuth}. */
export interface RouteAAuthInput extends In<typeof Params> {}
/** `Result` of {@link RouteAAuth}. */
export interface RouteAAuthOutput extends Out<typeof Result> {}

/**
 * vms `RouteAAuth`: files the real-name details of an A number (the party a call is placed for), as the
 * call routes require. Every personal field is AES-encrypted by the caller. `QueryAuth` tells how the
 * filing went. Not idempotent.
 *
 * @example
 * ```ts
 * const { Code } = await volc.send(RouteAAuth, {
 *   RequestId: "req-1", IdType: 1, Name: encrypt("张三"), PhoneNumber: encrypt("13800138000"),
 *   IdNumber: encrypt(idNumber), Photo: encrypt(photo.toString("base64")),
 * });
 * ```
 */
export const RouteAAuth: Operation<RouteAAuthInput, RouteAAuthOutput> = vmsOperation({
  action: "RouteAAuth",
  input: params(Params),
  output: result(Result),
});
