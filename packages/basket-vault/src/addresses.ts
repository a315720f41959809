// Addresses of the basket vault's accounts, derived as the reference implementation (the mock chain) derives them:
// the module account (x/auth `address.Module("basketvault")`), and each basket's restaking account (ADR-028
// `address.Module("basketvault", "restake/" ‖ id)`), from which it delegates through Alliance. With the latter, the
// Alliance package's queries show a basket's delegations, unbondings and unclaimed rewards.
import { sha256 } from "@cosmjs/crypto";
import { toBech32 } from "@cosmjs/encoding";
import type { ChainConfig } from "@persistence-sdk/client";
import { idArg } from "./internal/validate.js";

const MODULE = "basketvault";

/** The module account: holds idle LSTs, what cut batches owe, escrowed shares and reward pools. */
export function basketVaultModuleAddress(chain: Pick<ChainConfig, "bech32">): string {
  return toBech32(chain.bech32.account, sha256(new TextEncoder().encode(MODULE)).slice(0, 20));
}

/** The account a basket delegates from through Alliance (32-byte ADR-028 address). */
export function basketRestakeAddress(chain: Pick<ChainConfig, "bech32">, basketId: bigint): string {
  const id = idArg(basketId, "basketId");
  const encoder = new TextEncoder();
  const key = new Uint8Array(16);
  key.set(encoder.encode("restake/"), 0);
  new DataView(key.buffer).setBigUint64(8, id);
  const typeHash = sha256(encoder.encode("module"));
  const name = encoder.encode(MODULE);
  const preimage = new Uint8Array(typeHash.length + name.length + 1 + key.length);
  preimage.set(typeHash, 0);
  preimage.set(name, typeHash.length);
  preimage.set([0], typeHash.length + name.length);
  preimage.set(key, typeHash.length + name.length + 1);
  return toBech32(chain.bech32.account, sha256(preimage));
}
