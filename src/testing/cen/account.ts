import { createHash } from "node:crypto";

/**
 * The account id (`AccountId`, `InstanceOwnerId`, `CenOwnerId`) the emulator gives the holder of an
 * access key: ten digits, stable for the key, so that two keys act as two accounts (grants across
 * accounts need two).
 */
export function accountIdOf(accessKeyId: string): string {
  const n = createHash("sha256").update(accessKeyId).digest().readUInt32BE(0) % 100_000_000;
  return `21${String(n).padStart(8, "0")}`;
}
