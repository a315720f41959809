import { sha256 } from "@cosmjs/crypto";
import { toBech32 } from "@cosmjs/encoding";

/** A module account's address, as x/auth derives it (`address.Module(name)` = sha256(name)[:20]). */
export function moduleAddress(prefix: string, name: string): string {
  return toBech32(prefix, sha256(new TextEncoder().encode(name)).slice(0, 20));
}
