import { type Client, InvalidResponseError, type TxResult } from "@persistence-sdk/client";
import type { AllianceTimestamp, Coin } from "@persistence-sdk/core";
import { UndelegateAllianceEventSchema } from "@persistence-sdk/proto/alliance/alliance";
import { buildUndelegate } from "../builders/buildUndelegate.js";
import {
  type ActionOptions,
  claimedRewardsOf,
  eventsOfMessage,
  sendAllianceTx,
  signerAddressOf,
} from "../internal/actions.js";
import { timestampOf } from "../internal/convert.js";
import { paramsArg } from "../internal/validate.js";

/** Parameters of {@link undelegate}. The delegator is the client's signer. */
export interface UndelegateParams extends ActionOptions {
  /** The validator's operator address. */
  readonly validator: string;
  /** What to unbond, in base units: at most `maxUndelegatable` (a reported balance can be refused by rounding). */
  readonly amount: Coin;
}

/** What {@link undelegate} did. */
export interface UndelegateResult {
  /** The included transaction: hash, height, gas, fee, events. */
  readonly tx: TxResult;
  /** The delegator: the client's signer. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** The amount queued: it is paid back in full at completion, unless the validator is slashed meanwhile. */
  readonly amount: Coin;
  /** When the tokens return (block time + the staking unbonding time); paid by the first block after it. */
  readonly completionTime: AllianceTimestamp;
  /** Rewards paid out first (x/alliance claims before it changes a delegation). */
  readonly claimedRewards: Coin[];
}

/**
 * Starts unbonding `amount` from `validator`, signed by the client's signer. Refusals are typed:
 * `ALLIANCE_INSUFFICIENT_SHARES` / `ALLIANCE_INSUFFICIENT_TOKENS` (ask for at most `maxUndelegatable`),
 * `ALLIANCE_UNKNOWN_ASSET`. `onStatus` is passed to `sendTx`.
 */
export async function undelegate(client: Client, params: UndelegateParams): Promise<UndelegateResult> {
  paramsArg(params, "undelegate");
  const delegator = await signerAddressOf(client, "undelegate");
  const message = buildUndelegate(client, { delegator, validator: params.validator, amount: params.amount });
  const tx = await sendAllianceTx(client, [message], params);
  const event = eventsOfMessage(tx, UndelegateAllianceEventSchema, 0)[0];
  if (event === undefined)
    throw new InvalidResponseError(`the undelegate transaction ${tx.hash} (no UndelegateAllianceEvent)`, tx.hash);
  return Object.freeze({
    tx,
    delegator,
    validator: message.value.validatorAddress,
    amount: { denom: message.value.amount!.denom, amount: params.amount.amount },
    completionTime: timestampOf(event.completionTime),
    claimedRewards: claimedRewardsOf(tx, 0),
  });
}
