import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { fromLegacyConfigFile, fromProfile } from "../../src/credentials/from-profile.js";
import { CredentialsError } from "../../src/errors.js";
import { defaultCredentials } from "../../src/services/sts/default-chain.js";

async function tempFile(content: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "volc-creds-"));
  const file = join(dir, "config.json");
  await writeFile(file, content);
  return file;
}

const profiles = JSON.stringify({
  current: "dev",
  profiles: {
    dev: { "access-key": "AKdev", "secret-key": "SKdev" },
    prod: { access_key: "AKprod", secret_key: "SKprod", session_token: "TOKprod" },
    empty: { region: "cn-beijing" },
  },
});

describe("fromProfile", () => {
  it("picks the file's current profile, or VOLCENGINE_PROFILE, or the one named", async () => {
    const file = await tempFile(profiles);
    await expect(fromProfile({ file, env: {} })()).resolves.toEqual({
      accessKeyId: "AKdev",
      secretKey: "SKdev",
      source: "CLI profile dev",
    });
    await expect(fromProfile({ file, env: { VOLCENGINE_PROFILE: "prod" } })()).resolves.toEqual({
      accessKeyId: "AKprod",
      secretKey: "SKprod",
      sessionToken: "TOKprod",
      source: "CLI profile prod",
    });
    await expect(
      fromProfile({ file, profile: "dev", env: { VOLCENGINE_PROFILE: "prod" } })(),
    ).resolves.toMatchObject({
      accessKeyId: "AKdev",
    });
  });

  it("names the profile and the file when keys are missing, never the file's content", async () => {
    const file = await tempFile(profiles);
    const err = await fromProfile({ file, profile: "empty", env: {} })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toContain('"empty"');
    const broken = await tempFile('{"profiles": {"x": {"secret-key": "SKsecret"');
    const err2 = await fromProfile({ file: broken, env: {} })().catch((e: unknown) => e);
    expect((err2 as Error).message).toContain("not valid JSON");
    expect((err2 as Error).message).not.toContain("SKsecret");
  });
});

describe("fromLegacyConfigFile", () => {
  it("reads VOLC_ACCESSKEY / VOLC_SECRETKEY from ~/.volc/config's format", async () => {
    const file = await tempFile(JSON.stringify({ VOLC_ACCESSKEY: "AKold", VOLC_SECRETKEY: "SKold" }));
    await expect(fromLegacyConfigFile(file)()).resolves.toMatchObject({
      accessKeyId: "AKold",
      secretKey: "SKold",
    });
  });
});

describe("defaultCredentials", () => {
  it("takes the environment first", async () => {
    await expect(
      defaultCredentials({
        env: { VOLCENGINE_ACCESS_KEY: "AKenv", VOLCENGINE_SECRET_KEY: "SKenv", VOLCENGINE_PROFILE: "nope" },
      })(),
    ).resolves.toMatchObject({ accessKeyId: "AKenv", source: "the environment" });
  });

  it("does not fall through past a profile chosen on purpose", async () => {
    const err = await defaultCredentials({
      env: { VOLCENGINE_PROFILE: "no-such-profile-anywhere", VOLCENGINE_ECS_METADATA_DISABLED: "true" },
    })().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(CredentialsError);
    expect((err as Error).message).toMatch(/^Credentials from the CLI configuration failed/);
  });
});
