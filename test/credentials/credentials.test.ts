import { describe, expect, it } from "vitest";
import { cachedProvider } from "../../src/credentials/cached-provider.js";
import { fromEnv } from "../../src/credentials/from-env.js";
import { CredentialsError } from "../../src/errors.js";

describe("fromEnv", () => {
  it("prefers VOLCENGINE_* and reads the session token", async () => {
    const env = {
      VOLCENGINE_ACCESS_KEY: "AK1",
      VOLCENGINE_SECRET_KEY: "SK1",
      VOLCENGINE_SESSION_TOKEN: "T1",
      VOLC_ACCESSKEY: "AK2",
      VOLC_SECRETKEY: "SK2",
    };
    await expect(fromEnv(env)()).resolves.toEqual({
      accessKeyId: "AK1",
      secretKey: "SK1",
      sessionToken: "T1",
    });
  });

  it("falls back to the older VOLC_ACCESSKEY / VOLC_SECRETKEY", async () => {
    await expect(fromEnv({ VOLC_ACCESSKEY: "AK2", VOLC_SECRETKEY: "SK2" })()).resolves.toEqual({
      accessKeyId: "AK2",
      secretKey: "SK2",
    });
  });

  it("fails when called, naming every variable it looked for", async () => {
    const provider = fromEnv({ VOLCENGINE_ACCESS_KEY: "AK-only" });
    const err = await provider().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    for (const name of [
      "VOLCENGINE_ACCESS_KEY",
      "VOLCENGINE_SECRET_KEY",
      "VOLCENGINE_SESSION_TOKEN",
      "VOLC_ACCESSKEY",
      "VOLC_SECRETKEY",
    ]) {
      expect((err as Error).message).toContain(name);
    }
  });
});

describe("cachedProvider", () => {
  it("calls a provider once, shares a pending lookup and refreshes a minute before expiry", async () => {
    let now = 0;
    let calls = 0;
    const provider = cachedProvider(
      async () => {
        calls++;
        return { accessKeyId: `AK${calls}`, secretKey: "SK", expiration: new Date(now + 10 * 60_000) };
      },
      () => now,
    );
    const [a, b] = await Promise.all([provider(), provider()]);
    expect(a.accessKeyId).toBe("AK1");
    expect(b).toBe(a);
    now += 8 * 60_000;
    expect((await provider()).accessKeyId).toBe("AK1");
    now += 61_000; // 59 s before expiry: inside the refresh window
    expect((await provider()).accessKeyId).toBe("AK2");
    expect(calls).toBe(2);
  });

  it("does not cache a failure and wraps foreign errors in CredentialsError", async () => {
    let fail = true;
    const provider = cachedProvider(async () => {
      if (fail) throw new Error("metadata service down");
      return { accessKeyId: "AK", secretKey: "SK" };
    });
    const err = await provider().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toContain("metadata service down");
    fail = false;
    await expect(provider()).resolves.toEqual({ accessKeyId: "AK", secretKey: "SK" });
  });

  it("rejects static credentials without a secret at the first call, without echoing any secret", async () => {
    const provider = cachedProvider({ accessKeyId: "AKLTvisible", secretKey: "" });
    const err = await provider().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toContain("AKLTvisible");
  });
});
