import type { Client, TxResult } from "@persistence-sdk/client";
import { MsgCancelRedeemResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildCancelRedeem } from "../builders/buildCancelRedeem.js";
import { BasketVaultError } from "../errors.js";
import { type ActionOptions, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { converted, intOf } from "../internal/convert.js";
import { idArg, paramsArg } from "../internal/validate.js";
import { getRedeemRequest } from "../queries/getRedeemRequest.js";

/** Parameters of {@link cancelRedeem}. The owner is the client's signer. */
export interface CancelRedeemParams extends ActionOptions {
  /** A PENDING request of the signer. */
  readonly requestId: bigint;
}

/** What {@link cancelRedeem} did. */
export interface CancelRedeemResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The owner (holder) of the shares or request. */
  readonly owner: string;
  /** The request's id. */
  readonly requestId: bigint;
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares returned to the owner (MsgCancelRedeemResponse). */
  readonly shares: bigint;
}

/**
 * Takes back the escrowed shares of a PENDING request (§3), signed by its owner. Before signing it reads the
 * request: one that does not exist, belongs to someone else or is no longer PENDING throws `BasketVaultError`
 * (`REQUEST_NOT_FOUND`, `NOT_REQUEST_OWNER`, `INVALID_REQUEST_STATUS`).
 */
export async function cancelRedeem(client: Client, params: CancelRedeemParams): Promise<CancelRedeemResult> {
  paramsArg(params, "cancelRedeem");
  const requestId = idArg(params.requestId, "requestId");
  const owner = await signerAddressOf(client, "cancelRedeem");
  const request = await getRedeemRequest(client, { requestId });
  if (request.owner !== owner) {
    throw new BasketVaultError("NOT_REQUEST_OWNER", `the request belongs to ${request.owner}`, {
      field: "requestId",
      value: requestId,
      fix: "Cancel with the owner's signer.",
    });
  }
  if (request.status !== "PENDING") {
    throw new BasketVaultError("INVALID_REQUEST_STATUS", `the request is ${request.status}, not PENDING`, {
      field: "requestId",
      value: requestId,
      fix: "Only a request its batch has not cut yet can be cancelled.",
    });
  }
  const tx = await sendBasketTx(client, [buildCancelRedeem(client, { owner, requestId })], params);
  const response = responseOf(tx, MsgCancelRedeemResponseSchema, 0);
  return converted(`the cancel transaction ${tx.hash}`, response, () =>
    Object.freeze({ tx, owner, requestId, basketId: request.basketId, shares: intOf(response.shares, "shares") }),
  );
}
