// The chain state a preview or an action's pre-flight check computes from, read at ONE height so that every figure
// agrees: the basket (constituents, settings), its valuation (share supply S, price, freshness) and the block time
// the chain's own previews and simulations use (the latest block's).
import { type Client, ClientError, query, resolveSigner } from "@persistence-sdk/client";
import type { BasketState, BasketTimestamp } from "@persistence-sdk/core";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { getBasket } from "../queries/getBasket.js";
import { navAtHeight } from "../queries/getBasketNav.js";
import type { Basket, BasketNav } from "../types.js";
import { basketStateOf, converted, intOf } from "./convert.js";

/** A basket as core's math reads it, with the block it was read at. */
export interface BasketSnapshot {
  /** The height of the state. */
  readonly height: bigint;
  /** That block's time: "now" for freshness, as the chain's previews and simulations see it. */
  readonly time: BasketTimestamp;
  /** The basket. */
  readonly basket: Basket;
  /** Its valuation. */
  readonly nav: BasketNav;
  /** `basketStateOf(basket, nav.shares)`: what every core basket function takes. */
  readonly state: BasketState;
}

/** Reads a basket and its valuation at one height (the latest unless `height` is given). */
export async function readBasketSnapshot(
  client: Client,
  basketId: bigint,
  height?: bigint | number,
): Promise<BasketSnapshot> {
  const { nav, height: answered } = await navAtHeight(client, {
    basketId,
    ...(height === undefined ? {} : { height }),
  });
  const at = answered > 0n ? answered : height === undefined ? undefined : BigInt(height);
  const basket = await getBasket(client, { basketId, ...(at === undefined ? {} : { height: at }) });
  return Object.freeze({
    height: at ?? 0n,
    time: nav.time,
    basket,
    nav,
    state: basketStateOf(basket, nav.shares),
  });
}

/** An account's bank balance of one denom at `height`. */
export async function balanceOf(client: Client, address: string, denom: string, height?: bigint): Promise<bigint> {
  const response = await query(
    client,
    BankQuery.method.balance,
    { address, denom },
    height === undefined || height === 0n ? {} : { height },
  );
  return converted("/cosmos.bank.v1beta1.Query/Balance", response, () =>
    intOf(response.balance?.amount ?? "", "balance.amount"),
  );
}

/** The account a preview or position is for: the one given, else the client's signer; `undefined` if neither. */
export async function accountOrSigner(client: Client, account: string | undefined): Promise<string | undefined> {
  if (account !== undefined) return account;
  if (client.signer === undefined) return undefined;
  return (await resolveSigner(client, "preview")).address;
}

/** Like {@link accountOrSigner}, but an account is required. */
export async function requiredAccount(
  client: Client,
  account: string | undefined,
  field: string,
  what: string,
): Promise<string> {
  const address = await accountOrSigner(client, account);
  if (address === undefined) {
    throw new ClientError("INVALID_ARGUMENT", `${what} needs an account address`, {
      field,
      value: undefined,
      fix: `Pass { ${field} } or use a client with a signer: ${what}(withSigner(client, wallet), params).`,
    });
  }
  return address;
}
