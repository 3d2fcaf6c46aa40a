// A dual package loads twice in one process when one dependency imports the ESM build and another
// requires the CJS one: each copy has its own classes. `instanceof` must recognise the other copy's
// errors. Here two copies of the errors module stand for the two builds; the packed-package check
// (scripts/check-package.mjs) does the same with the real dist/ builds.
import { describe, expect, it } from "vitest";
import * as first from "../../src/errors.js";

const names = [
  "VolcError",
  "ValidationError",
  "ServiceError",
  "ConnectionError",
  "TimeoutError",
  "MalformedResponseError",
  "CredentialsError",
  "ClientClosedError",
] as const;

describe("errors recognise each other across two copies of the package", () => {
  it("holds instanceof for the same class, its bases, and not for its siblings", async () => {
    // A query string makes the module loader hand out a second, separate copy of the module.
    const copy = "../../src/errors.js?second-copy";
    const second = (await import(/* @vite-ignore */ copy)) as typeof first;
    expect(second.ServiceError).not.toBe(first.ServiceError);
    const thrown = new second.ServiceError({ code: "X", status: 400, message: "m", retryable: false });
    expect(thrown).toBeInstanceOf(first.ServiceError);
    expect(thrown).toBeInstanceOf(first.VolcError);
    expect(thrown instanceof first.ValidationError).toBe(false);
    expect(thrown instanceof first.ConnectionError).toBe(false);
    for (const name of names) {
      const other = second[name] as unknown as new (...args: never[]) => object;
      const instance = makeError(second, name);
      expect(instance instanceof (first[name] as unknown as typeof other), name).toBe(true);
      expect(instance instanceof first.VolcError, name).toBe(true);
    }
  });

  it("keeps ordinary instanceof for a subclass a user defines", () => {
    class MyError extends first.ServiceError {}
    const plain = new first.ServiceError({ code: "X", status: 400, message: "m", retryable: false });
    expect(plain instanceof MyError).toBe(false);
    expect(new MyError({ code: "X", status: 400, message: "m", retryable: false })).toBeInstanceOf(MyError);
    expect(new Error("x") instanceof first.VolcError).toBe(false);
    expect((null as unknown as object) instanceof first.VolcError).toBe(false);
  });
});

function makeError(mod: typeof first, name: (typeof names)[number]): object {
  switch (name) {
    case "ServiceError":
      return new mod.ServiceError({ code: "X", status: 400, message: "m", retryable: false });
    case "ConnectionError":
      return new mod.ConnectionError("m", { requestMayHaveBeenSent: false });
    case "TimeoutError":
      return new mod.TimeoutError({ timeoutMs: 1, kind: "attempt" });
    case "MalformedResponseError":
      return new mod.MalformedResponseError({ status: 200, excerpt: "", reason: "r" });
    case "ValidationError":
      return new mod.ValidationError([]);
    default:
      return new mod[name]("m");
  }
}
