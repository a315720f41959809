import { type Client, InvalidResponseError, type TxResult } from "@persistence-sdk/client";
import type { AllianceTimestamp, Coin } from "@persistence-sdk/core";
import { RedelegateAllianceEventSchema } from "@persistence-sdk/proto/alliance/alliance";
import { buildRedelegate } from "../builders/buildRedelegate.js";
import {
  type ActionOptions,
  claimedRewardsOf,
  eventsOfMessage,
  sendAllianceTx,
  signerAddressOf,
} from "../internal/actions.js";
import { timestampOf } from "../internal/convert.js";
import { paramsArg } from "../internal/validate.js";

/** Parameters of {@link redelegate}. The delegator is the client's signer. */
export interface RedelegateParams extends ActionOptions {
  /** The operator address of the validator the stake leaves. */
  readonly srcValidator: string;
  /** The operator address of the validator the stake goes to. */
  readonly dstValidator: string;
  /** What to move, in base units. */
  readonly amount: Coin;
}

/** What {@link redelegate} did. */
export interface RedelegateResult {
  /** The included transaction: hash, height, gas, fee, events. */
  readonly tx: TxResult;
  /** The delegator: the client's signer. */
  readonly delegator: string;
  /** The operator address the stake left. */
  readonly srcValidator: string;
  /** The operator address the stake went to. */
  readonly dstValidator: string;
  /** The coin the message carried. */
  readonly amount: Coin;
  /** Until then these tokens cannot be redelegated away from `dstValidator` (no transitive redelegation). */
  readonly completionTime: AllianceTimestamp;
  /** Rewards paid out first, from the source and destination delegations together. */
  readonly claimedRewards: Coin[];
}

/**
 * Moves `amount` from `srcValidator` to `dstValidator` without unbonding, signed by the client's signer. Refusals
 * are typed: `ALLIANCE_TRANSITIVE_REDELEGATION` (tokens still locked by an earlier redelegation),
 * `ALLIANCE_INSUFFICIENT_SHARES`, `ALLIANCE_UNKNOWN_ASSET`, `ALLIANCE_SELF_REDELEGATION` (before signing).
 */
export async function redelegate(client: Client, params: RedelegateParams): Promise<RedelegateResult> {
  paramsArg(params, "redelegate");
  const delegator = await signerAddressOf(client, "redelegate");
  const message = buildRedelegate(client, {
    delegator,
    srcValidator: params.srcValidator,
    dstValidator: params.dstValidator,
    amount: params.amount,
  });
  const tx = await sendAllianceTx(client, [message], params);
  const event = eventsOfMessage(tx, RedelegateAllianceEventSchema, 0)[0];
  if (event === undefined)
    throw new InvalidResponseError(`the redelegate transaction ${tx.hash} (no RedelegateAllianceEvent)`, tx.hash);
  return Object.freeze({
    tx,
    delegator,
    srcValidator: message.value.validatorSrcAddress,
    dstValidator: message.value.validatorDstAddress,
    amount: { denom: message.value.amount!.denom, amount: params.amount.amount },
    completionTime: timestampOf(event.completionTime),
    claimedRewards: claimedRewardsOf(tx, 0),
  });
}
