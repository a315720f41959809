import { type Client, InvalidResponseError, type TxResult } from "@persistence-sdk/client";
import { type Coin, Dec } from "@persistence-sdk/core";
import { DelegateAllianceEventSchema } from "@persistence-sdk/proto/alliance/alliance";
import { buildDelegate } from "../builders/buildDelegate.js";
import {
  type ActionOptions,
  claimedRewardsOf,
  eventsOfMessage,
  sendAllianceTx,
  signerAddressOf,
} from "../internal/actions.js";
import { paramsArg } from "../internal/validate.js";

/** Parameters of {@link delegate}. The delegator is the client's signer. */
export interface DelegateParams extends ActionOptions {
  /** The validator's operator address. */
  readonly validator: string;
  /** What to stake: an Alliance asset and a positive bigint amount in base units. */
  readonly amount: Coin;
}

/** What {@link delegate} did. */
export interface DelegateResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The delegator: the client's signer. */
  readonly delegator: string;
  /** The validator's operator address. */
  readonly validator: string;
  /** The coin the message carried. */
  readonly amount: Coin;
  /**
   * Validator shares of the asset the validator gained: `DelegateAllianceEvent.newShares`, the validator layer of
   * Alliance's two share layers, not the delegator's shares (previewDelegate gives both).
   */
  readonly newValidatorShares: Dec;
  /** Rewards paid out first: x/alliance claims a delegation's rewards before it changes (empty for a new one). */
  readonly claimedRewards: Coin[];
}

/**
 * Stakes `amount` of an Alliance asset with `validator`, signed by the client's signer (direct or amino JSON).
 * Input is checked before anything is signed; chain refusals throw `AllianceTxError` (`ALLIANCE_UNKNOWN_ASSET`...)
 * or the client's typed errors. `onStatus` reports signing → broadcasting → broadcast → included.
 *
 * @example
 * const { newValidatorShares } = await delegate(client, { validator, amount: { denom: "stk/uatom", amount: 1_000_000n } });
 */
export async function delegate(client: Client, params: DelegateParams): Promise<DelegateResult> {
  paramsArg(params, "delegate");
  const delegator = await signerAddressOf(client, "delegate");
  const message = buildDelegate(client, { delegator, validator: params.validator, amount: params.amount });
  const tx = await sendAllianceTx(client, [message], params);
  const event = eventsOfMessage(tx, DelegateAllianceEventSchema, 0)[0];
  if (event === undefined)
    throw new InvalidResponseError(`the delegate transaction ${tx.hash} (no DelegateAllianceEvent)`, tx.hash);
  return Object.freeze({
    tx,
    delegator,
    validator: message.value.validatorAddress,
    amount: { denom: message.value.amount!.denom, amount: params.amount.amount },
    newValidatorShares: Dec.fromProto(event.newShares, "DelegateAllianceEvent.newShares"),
    claimedRewards: claimedRewardsOf(tx, 0),
  });
}
