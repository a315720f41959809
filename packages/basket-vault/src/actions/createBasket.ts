import type { Client, TxResult } from "@persistence-sdk/client";
import { MsgCreateBasketResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { type BuildCreateBasketParams, buildCreateBasket } from "../builders/buildCreateBasket.js";
import { type ActionOptions, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { paramsArg } from "../internal/validate.js";

/** Parameters of {@link createBasket}: {@link BuildCreateBasketParams} without the authority (the client's signer). */
export interface CreateBasketParams extends Omit<BuildCreateBasketParams, "authority">, ActionOptions {}

/** What {@link createBasket} did. */
export interface CreateBasketResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The module authority: the client's signer. */
  readonly authority: string;
  /** The new basket's id and share denom (`basket/{id}`). */
  readonly basketId: bigint;
  /** The share denom, `basket/{id}`. */
  readonly shareDenom: string;
}

/**
 * Creates a basket (§8), signed by the client's signer, which must be the module authority (on a real chain,
 * submit `buildCreateBasket` in a governance proposal instead). It starts with no rates: deposits wait for the
 * feeders' first `postRates`.
 */
export async function createBasket(client: Client, params: CreateBasketParams): Promise<CreateBasketResult> {
  paramsArg(params, "createBasket");
  const authority = await signerAddressOf(client, "createBasket");
  const message = buildCreateBasket(client, { ...params, authority });
  const tx = await sendBasketTx(client, [message], params);
  const response = responseOf(tx, MsgCreateBasketResponseSchema, 0);
  return Object.freeze({ tx, authority, basketId: response.basketId, shareDenom: response.shareDenom });
}
