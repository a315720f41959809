import { type Client, ClientError, type TxResult } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { EventRequestClaimedSchema, MsgClaimResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildClaim } from "../builders/buildClaim.js";
import { BasketVaultError } from "../errors.js";
import { type ActionOptions, eventsOfMessage, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { coinsOf, converted } from "../internal/convert.js";
import { idArg, paramsArg } from "../internal/validate.js";
import { getBasketVaultParams } from "../queries/getBasketVaultParams.js";
import { getRedeemRequest } from "../queries/getRedeemRequest.js";
import { getRedeemRequestsByOwner } from "../queries/getRedeemRequestsByOwner.js";
import type { RedeemRequest } from "../types.js";

/** Parameters of {@link claim}. The owner is the client's signer. */
export interface ClaimParams extends ActionOptions {
  /**
   * CLAIMABLE requests of the signer to pay. Absent: every CLAIMABLE request of the signer (of `basketId` if
   * given), up to the module's `maxClaimRequestIds`.
   */
  readonly requestIds?: readonly bigint[];
  /** With no `requestIds`: only this basket's requests. */
  readonly basketId?: bigint;
}

/** One request paid by {@link claim}. */
export interface ClaimedRequest {
  /** The request's id. */
  readonly requestId: bigint;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The account paid. */
  readonly receiver: string;
  /** LSTs paid (EventRequestClaimed). */
  readonly paid: readonly Coin[];
}

/** What {@link claim} did. */
export interface ClaimResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The owner (holder) of the shares or request. */
  readonly owner: string;
  /** One entry per request, in the order claimed. */
  readonly claims: readonly ClaimedRequest[];
  /** Everything paid, merged by denom (MsgClaimResponse). */
  readonly total: readonly Coin[];
}

/**
 * Pays CLAIMABLE redemption requests to their receivers (§3), signed by their owner. Before signing each request
 * is read: one that does not exist, belongs to someone else or is not CLAIMABLE throws `BasketVaultError`; with no
 * `requestIds`, every CLAIMABLE request is claimed (`NOTHING_TO_CLAIM` if there is none).
 *
 * @example
 * const { total } = await claim(client, {}); // everything claimable
 */
export async function claim(client: Client, params: ClaimParams = {}): Promise<ClaimResult> {
  paramsArg(params, "claim");
  const basketId = params.basketId === undefined ? undefined : idArg(params.basketId, "basketId");
  const owner = await signerAddressOf(client, "claim");
  const { maxClaimRequestIds } = await getBasketVaultParams(client);
  let requests: RedeemRequest[];
  if (params.requestIds === undefined) {
    const all = await getRedeemRequestsByOwner(client, { owner, ...(basketId === undefined ? {} : { basketId }) });
    requests = all.filter((r) => r.status === "CLAIMABLE").slice(0, maxClaimRequestIds);
    if (requests.length === 0) {
      throw new BasketVaultError("NOTHING_TO_CLAIM", "the signer has no CLAIMABLE request", {
        field: "requestIds",
        value: undefined,
      });
    }
  } else {
    const ids = buildClaim(client, { owner, requestIds: params.requestIds }).value.requestIds;
    if (ids.length > maxClaimRequestIds) {
      throw new ClientError("INVALID_ARGUMENT", `at most ${maxClaimRequestIds} requests per claim`, {
        field: "requestIds",
        value: ids.length,
        fix: `Claim at most ${maxClaimRequestIds} requests per transaction (the module's maxClaimRequestIds).`,
      });
    }
    requests = await Promise.all(ids.map((requestId) => getRedeemRequest(client, { requestId })));
    requests.forEach((r, i) => {
      if (r.owner !== owner) {
        throw new BasketVaultError("NOT_REQUEST_OWNER", `the request belongs to ${r.owner}`, {
          field: `requestIds[${i}]`,
          value: r.id,
        });
      }
      if (r.status !== "CLAIMABLE") {
        throw new BasketVaultError("INVALID_REQUEST_STATUS", `the request is ${r.status}, not CLAIMABLE`, {
          field: `requestIds[${i}]`,
          value: r.id,
        });
      }
    });
  }
  const message = buildClaim(client, { owner, requestIds: requests.map((r) => idArg(r.id, "requestId")) });
  const tx = await sendBasketTx(client, [message], params);
  const response = responseOf(tx, MsgClaimResponseSchema, 0);
  const events = eventsOfMessage(tx, EventRequestClaimedSchema, 0);
  return converted(`the claim transaction ${tx.hash}`, events, () =>
    Object.freeze({
      tx,
      owner,
      claims: Object.freeze(
        events.map((e) =>
          Object.freeze({
            requestId: e.requestId,
            basketId: e.basketId,
            receiver: e.receiver,
            paid: Object.freeze(coinsOf(e.paid, "EventRequestClaimed.paid")),
          }),
        ),
      ),
      total: Object.freeze(coinsOf(response.paid, "paid")),
    }),
  );
}
