import type { Client } from "@persistence-sdk/client";
import {
  type AllianceTimestamp,
  allianceDelegationTokens,
  allianceUndelegate,
  type Coin,
  Dec,
  type SdkError,
} from "@persistence-sdk/core";
import { mathVersionOf } from "../chains.js";
import type { TimedPreviewOptions } from "../internal/previewOptions.js";
import { noDelegationRefusal, refusalOf } from "../internal/refusal.js";
import {
  delegationStateOf,
  readDelegationSnapshot,
  requiredDelegatorOf,
  unbondingTimeOf,
  validatorStateOf,
} from "../internal/state.js";
import { accountArg, coinArg, paramsArg, validatorArg } from "../internal/validate.js";
import { computeMaxUndelegatable } from "./computeMaxUndelegatable.js";

/** Parameters of {@link previewUndelegate}. */
export interface PreviewUndelegateParams extends TimedPreviewOptions {
  /** The validator's operator address. */
  readonly validator: string;
  /** What would be unbonded. */
  readonly amount: Coin;
  /** Whose delegation (default: the client's signer). */
  readonly delegator?: string;
}

/** An undelegation the chain would accept, and what it would do. */
export interface AcceptedUndelegatePreview {
  /** The chain would accept it. */
  readonly accepted: true;
  /** The amount queued, paid back at `completionTime` (the requested amount, not a recomputed one). */
  readonly amount: Coin;
  /** Delegation shares the delegation would lose (all of them on a full exit). */
  readonly delegationSharesRemoved: Dec;
  /** Validator shares the validator would lose. */
  readonly validatorSharesRemoved: Dec;
  /** The delegation's shares afterwards (0 when it is closed, dust included). */
  readonly sharesAfter: Dec;
  /** The delegation's balance afterwards. */
  readonly balanceAfter: bigint;
  /** When the tokens return: `blockTime` + the staking unbonding time. */
  readonly completionTime: AllianceTimestamp;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/** An undelegation the chain would refuse, why, and what it would accept instead. */
export interface RefusedUndelegatePreview {
  /** The chain would refuse it. */
  readonly accepted: false;
  /** `ALLIANCE_INSUFFICIENT_SHARES` or `ALLIANCE_INSUFFICIENT_TOKENS` (as the chain would answer). */
  readonly reason: SdkError;
  /** The largest amount the chain would accept now. */
  readonly maxUndelegatable: bigint;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/** What {@link previewUndelegate} found. */
export type UndelegatePreview = AcceptedUndelegatePreview | RefusedUndelegatePreview;

/**
 * Previews `undelegate` with core's `allianceUndelegate` on the state queried at the latest height: whether the chain
 * would accept the amount (ValidateDelegatedAmount and the token check; a reported balance can be refused by
 * rounding), the shares removed on both layers, the balance afterwards and the completion time.
 */
export async function previewUndelegate(client: Client, params: PreviewUndelegateParams): Promise<UndelegatePreview> {
  paramsArg(params, "previewUndelegate");
  const validator = validatorArg(client.chain, params.validator, "validator");
  const amount = coinArg(params.amount, "amount");
  const version = mathVersionOf(client, params.version);
  const delegator = await requiredDelegatorOf(
    client,
    params.delegator === undefined ? undefined : accountArg(client.chain, params.delegator, "delegator"),
    "previewUndelegate",
  );
  const state = await readDelegationSnapshot(client, { delegator, validator, denom: amount.denom });
  const height = state.block.height;
  const delegation = state.delegation === undefined ? undefined : delegationStateOf(state.delegation);
  const shares = delegation?.shares ?? Dec.ZERO;
  const refused = (reason: SdkError): RefusedUndelegatePreview =>
    Object.freeze({
      accepted: false,
      reason,
      maxUndelegatable: computeMaxUndelegatable(
        { asset: state.asset, validator: state.validator, shares },
        { version },
      ),
      height,
    });
  if (delegation === undefined) return refused(noDelegationRefusal(delegator, validator, amount.denom));
  const unbondingTime = await unbondingTimeOf(client, height);
  const outcome = refusalOf(() =>
    allianceUndelegate(
      {
        asset: state.asset,
        validator: validatorStateOf(state.validator),
        delegation,
        amount: amount.amount,
        blockTime: params.blockTime ?? state.block.time,
        unbondingTime,
      },
      { version },
    ),
  );
  if ("refusal" in outcome) return refused(outcome.refusal);
  const next = outcome.value;
  const sharesAfter = next.delegation?.shares ?? Dec.ZERO;
  return Object.freeze({
    accepted: true,
    amount: next.undelegation,
    delegationSharesRemoved: next.delegationShares,
    validatorSharesRemoved: next.validatorShares,
    sharesAfter,
    balanceAfter:
      next.delegation === undefined
        ? 0n
        : allianceDelegationTokens(sharesAfter, next.validator, next.asset, { version }),
    completionTime: next.completionTime,
    height,
  });
}
