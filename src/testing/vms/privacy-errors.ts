import type { ApiErrorSpec } from "../api-error.js";

/**
 * The business errors of the privacy-number families. vms answers them inside HTTP 200, with the error
 * envelope (SERVICES.md §B.1, §C.5); the messages are the emulator's own, as the docs give only the codes.
 */
export const PrivacyErrors = {
  PhoneNoXOccupied: {
    status: 200,
    code: "PhoneNoXOccupied",
    message: "The number is occupied: no free number to bind.",
  },
  SubscriptionEmpty: {
    status: 200,
    code: "SubscriptionEmpty",
    message: "The subscription does not exist or has ended.",
  },
  IllegalArgument: { status: 200, code: "IllegalArgument", message: "The argument %s is illegal." },
} as const satisfies Record<string, ApiErrorSpec>;
