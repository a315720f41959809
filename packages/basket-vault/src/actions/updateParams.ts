import type { Client, TxResult } from "@persistence-sdk/client";
import { buildUpdateParams } from "../builders/buildUpdateParams.js";
import { type ActionOptions, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { paramsArg } from "../internal/validate.js";
import type { BasketVaultParams } from "../types.js";

/** Parameters of {@link updateParams}. The authority is the client's signer. */
export interface UpdateParamsParams extends ActionOptions {
  /** The new params, all fields. */
  readonly params: BasketVaultParams;
}

/** What {@link updateParams} did. */
export interface UpdateParamsResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The module authority: the client's signer. */
  readonly authority: string;
  /** The params. */
  readonly params: BasketVaultParams;
}

/** Replaces the module params, signed by the module authority. */
export async function updateParams(client: Client, params: UpdateParamsParams): Promise<UpdateParamsResult> {
  paramsArg(params, "updateParams");
  const authority = await signerAddressOf(client, "updateParams");
  const tx = await sendBasketTx(client, [buildUpdateParams(client, { authority, params: params.params })], params);
  return Object.freeze({ tx, authority, params: params.params });
}
