import type { Client, TxResult } from "@persistence-sdk/client";
import { buildPause } from "../builders/buildPause.js";
import { type ActionOptions, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link pause}. The guardian is the client's signer. */
export interface PauseParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
}

/** What {@link pause} did. */
export interface PauseResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The signer: the basket's guardian or the module authority. */
  readonly guardian: string;
  /** The basket's id. */
  readonly basketId: bigint;
}

/** Pauses a basket (§8), signed by its guardian or the module authority. */
export async function pause(client: Client, params: PauseParams): Promise<PauseResult> {
  paramsArg(params, "pause");
  const basketId = idArg(params.basketId, "basketId");
  const guardian = await signerAddressOf(client, "pause");
  const tx = await sendBasketTx(client, [buildPause(client, { guardian, basketId })], params);
  return Object.freeze({ tx, guardian, basketId });
}
