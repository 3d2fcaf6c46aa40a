import * as z from "zod/mini";
import { describeValue } from "../shared/describe-value.js";

/**
 * The shape of a role TRN: `trn:iam::<accountId>:role/<roleName>`. The account id is the account's
 * number; the role name is 1–64 letters, digits and `+ = , . @ _ -`. The character set is deliberately
 * wide (IAM role names keep to letters, digits and a few signs), so that no role IAM could have created is
 * refused, while the usual mistakes are still caught: an ARN pasted from AWS, a missing `role/`, a role
 * name with a space, an account name instead of its number.
 */
const ROLE_TRN = /^trn:iam::(\d+):role\/([A-Za-z0-9+=,.@_-]{1,64})$/;

/** A role TRN taken apart. */
export interface RoleTrnParts {
  /** The account that owns the role, e.g. `"2100000000"`. */
  accountId: string;
  /** The role's name, e.g. `"deployer"`. */
  roleName: string;
}

/**
 * Reads `trn:iam::<accountId>:role/<roleName>`, or returns undefined when `trn` does not have that shape.
 *
 * @example
 * ```ts
 * parseRoleTrn("trn:iam::2100000000:role/deployer"); // { accountId: "2100000000", roleName: "deployer" }
 * ```
 */
export function parseRoleTrn(trn: string): RoleTrnParts | undefined {
  const match = ROLE_TRN.exec(trn);
  if (!match) return undefined;
  return { accountId: match[1] ?? "", roleName: match[2] ?? "" };
}

/**
 * `RoleTrn`: the TRN of the role to assume, `trn:iam::<accountId>:role/<roleName>`.
 *
 * @example
 * ```ts
 * const Input = z.strictObject({ RoleTrn: RoleTrnSchema });
 * ```
 */
export const RoleTrnSchema: z.ZodMiniString<string> = z.string().check(
  z.superRefine((value, ctx) => {
    if (parseRoleTrn(value) !== undefined) return;
    ctx.addIssue({
      code: "custom",
      message:
        "RoleTrn must look like trn:iam::<accountId>:role/<roleName> (the account id in digits, a role name " +
        `of 1–64 letters, digits and + = , . @ _ -), e.g. trn:iam::2100000000:role/deployer; got ${describeValue(value)}`,
      input: value,
    });
  }),
);
