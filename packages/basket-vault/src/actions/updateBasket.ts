import type { Client, TxResult } from "@persistence-sdk/client";
import { EventBasketUpdatedSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { type BuildUpdateBasketParams, buildUpdateBasket } from "../builders/buildUpdateBasket.js";
import { type ActionOptions, eventOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { paramsArg } from "../internal/validate.js";

/** Parameters of {@link updateBasket}: {@link BuildUpdateBasketParams} without the authority (the client's signer). */
export interface UpdateBasketParams extends Omit<BuildUpdateBasketParams, "authority">, ActionOptions {}

/** What {@link updateBasket} did (EventBasketUpdated). */
export interface UpdateBasketResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The module authority: the client's signer. */
  readonly authority: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** Denoms added, set WINDING_DOWN, and reinstated. */
  readonly added: readonly string[];
  /** Denoms set WINDING_DOWN. */
  readonly windingDown: readonly string[];
  /** Denoms WINDING_DOWN before and OK again. */
  readonly reinstated: readonly string[];
}

/** Replaces a basket's constituents and settings (§8), signed by the module authority. */
export async function updateBasket(client: Client, params: UpdateBasketParams): Promise<UpdateBasketResult> {
  paramsArg(params, "updateBasket");
  const authority = await signerAddressOf(client, "updateBasket");
  const message = buildUpdateBasket(client, { ...params, authority });
  const tx = await sendBasketTx(client, [message], params);
  const event = eventOf(tx, EventBasketUpdatedSchema, 0);
  return Object.freeze({
    tx,
    authority,
    basketId: message.value.basketId,
    added: Object.freeze([...event.added]),
    windingDown: Object.freeze([...event.windingDown]),
    reinstated: Object.freeze([...event.reinstated]),
  });
}
