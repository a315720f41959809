// Restaking (§5): the vault delegates idle LSTs through Alliance. The module sees Alliance only through the small
// `BasketRestaking` interface below, so it runs with the real Alliance keeper (alliance-restaking.ts), a test double,
// or none (then nothing is ever restaked).
//
// Each basket restakes from its own derived address (ADR-028 `address.Module("basketvault", "restake/" ‖ id)`),
// not from the module account: Alliance delegations, unbondings and rewards are then a basket's own, and what an
// unbonding pays back can be told apart per basket. LSTs pass through that address only inside one operation
// (module → address → Alliance, Alliance → address → module); rewards Alliance pays there are swept by MsgHarvest
// (the reward denom) or, when paid in a constituent LST, into idle holdings at the end of the block.
import { createHash } from "node:crypto";
import type { Context } from "../../app/module.js";
import type { Coin } from "../bank/coins.js";

/** One delegation of a restaking address. */
export interface RestakingDelegation {
  readonly validator: string;
  readonly denom: string;
  /** Tokens the delegation is worth now (after take rate and slashes). */
  readonly balance: bigint;
}

/** One unbonding entry of a restaking address. */
export interface RestakingUnbonding {
  readonly validator: string;
  readonly denom: string;
  /** Tokens it will pay (after slashes while unbonding). */
  readonly balance: bigint;
  /** When it matures, ns since the epoch; the restaking module pays it in its end block at or after that time. */
  readonly completionTimeNs: bigint;
}

/** What the vault needs from a restaking module (Alliance). Failures throw, as the keeper methods do. */
export interface BasketRestaking {
  /** Delegates `coin` from `delegator` to `validator`. */
  delegate(ctx: Context, delegator: string, validator: string, coin: Coin): void;
  /** Undelegates `coin`; the tokens come back to `delegator` when the returned time is reached. */
  undelegate(ctx: Context, delegator: string, validator: string, coin: Coin): { readonly completionTimeNs: bigint };
  /** The delegator's delegations of `denom`, with their current token balances. */
  delegations(ctx: Context, delegator: string, denom: string): readonly RestakingDelegation[];
  /** The delegator's unbonding entries of `denom` not yet paid out. */
  unbondings(ctx: Context, delegator: string, denom: string): readonly RestakingUnbonding[];
  /** Claims the rewards of one delegation to `delegator`; returns the coins paid. */
  claimRewards(ctx: Context, delegator: string, validator: string, denom: string): readonly Coin[];
}

function sha256(...parts: Uint8Array[]): Uint8Array {
  const hash = createHash("sha256");
  for (const part of parts) hash.update(part);
  return new Uint8Array(hash.digest());
}

/** ADR-028 `address.Module(moduleName, key)`: sha256(sha256("module") ‖ moduleName ‖ 0x00 ‖ key), 32 bytes. */
export function derivedModuleAddressBytes(moduleName: string, key: Uint8Array): Uint8Array {
  const encoder = new TextEncoder();
  const typeHash = sha256(encoder.encode("module"));
  return sha256(typeHash, encoder.encode(moduleName), new Uint8Array([0]), key);
}

/** The derivation key of a basket's restaking address: "restake/" followed by the id as 8 big-endian bytes. */
export function restakeKey(basketId: bigint): Uint8Array {
  const key = new Uint8Array(16);
  key.set(new TextEncoder().encode("restake/"), 0);
  new DataView(key.buffer).setBigUint64(8, basketId);
  return key;
}
