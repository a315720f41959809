import type { Client, TxResult } from "@persistence-sdk/client";
import { buildUnpause } from "../builders/buildUnpause.js";
import { type ActionOptions, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link unpause}. The authority is the client's signer. */
export interface UnpauseParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
}

/** What {@link unpause} did. */
export interface UnpauseResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The module authority: the client's signer. */
  readonly authority: string;
  /** The basket's id. */
  readonly basketId: bigint;
}

/** Makes a paused basket ACTIVE again (§8), signed by the module authority. */
export async function unpause(client: Client, params: UnpauseParams): Promise<UnpauseResult> {
  paramsArg(params, "unpause");
  const basketId = idArg(params.basketId, "basketId");
  const authority = await signerAddressOf(client, "unpause");
  const tx = await sendBasketTx(client, [buildUnpause(client, { authority, basketId })], params);
  return Object.freeze({ tx, authority, basketId });
}
