import type { Client, TxResult } from "@persistence-sdk/client";
import type { Dec } from "@persistence-sdk/core";
import { MsgResolveRateResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildResolveRate } from "../builders/buildResolveRate.js";
import { type ActionOptions, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { converted, decOf } from "../internal/convert.js";
import { paramsArg } from "../internal/validate.js";

/** Parameters of {@link resolveRate}. The authority is the client's signer. */
export interface ResolveRateParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** The HALTED constituent. */
  readonly denom: string;
  /** Apply the pending rate (true) or keep the old one (false). */
  readonly accept: boolean;
}

/** What {@link resolveRate} did. */
export interface ResolveRateResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The module authority: the client's signer. */
  readonly authority: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The constituent's denom. */
  readonly denom: string;
  /** The normalised rate in force afterwards. */
  readonly rate: Dec;
}

/** Settles the pending rate of a HALTED constituent (§4), signed by the module authority. */
export async function resolveRate(client: Client, params: ResolveRateParams): Promise<ResolveRateResult> {
  paramsArg(params, "resolveRate");
  const authority = await signerAddressOf(client, "resolveRate");
  const message = buildResolveRate(client, { ...params, authority });
  const tx = await sendBasketTx(client, [message], params);
  const response = responseOf(tx, MsgResolveRateResponseSchema, 0);
  return converted(`the resolve transaction ${tx.hash}`, response, () =>
    Object.freeze({
      tx,
      authority,
      basketId: message.value.basketId,
      denom: message.value.denom,
      rate: decOf(response.rate, "rate"),
    }),
  );
}
