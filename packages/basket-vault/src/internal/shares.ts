import type { Client } from "@persistence-sdk/client";
import { BasketVaultError } from "../errors.js";
import { type BasketSnapshot, balanceOf } from "./state.js";

/** Throws `INSUFFICIENT_SHARES` when `owner` holds fewer than `shares` of the basket's share denom. */
export async function checkShareBalance(
  client: Client,
  snapshot: BasketSnapshot,
  owner: string,
  shares: bigint,
): Promise<bigint> {
  const denom = snapshot.basket.shareDenom;
  const held = await balanceOf(client, owner, denom, snapshot.height);
  if (shares > held) {
    throw new BasketVaultError("INSUFFICIENT_SHARES", `more shares than the owner holds (${held} ${denom})`, {
      field: "shares",
      value: shares,
      fix: `Redeem at most ${held} shares (shares escrowed in pending requests are not counted; cancelRedeem returns them).`,
    });
  }
  return held;
}
