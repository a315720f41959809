import type { Client } from "@persistence-sdk/client";
import { allianceDelegate, allianceDelegationTokens, type Coin, type Dec } from "@persistence-sdk/core";
import { mathVersionOf } from "../chains.js";
import type { PreviewOptions } from "../internal/previewOptions.js";
import { delegationStateOf, delegatorOf, readDelegationSnapshot, validatorStateOf } from "../internal/state.js";
import { accountArg, coinArg, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link previewDelegate}. */
export interface PreviewDelegateParams extends PreviewOptions {
  /** The validator's operator address. */
  readonly validator: string;
  /** What would be staked. */
  readonly amount: Coin;
  /** Whose delegation grows (default: the client's signer; without either, a new delegation is assumed). */
  readonly delegator?: string;
}

/** What a delegation would do, computed by core's Alliance math on the chain's current state. */
export interface DelegatePreview {
  /** Delegation shares the delegation would gain (the delegator layer). */
  readonly newDelegationShares: Dec;
  /** Validator shares the validator would gain: what `delegate` reports as `newValidatorShares` (the event's newShares). */
  readonly newValidatorShares: Dec;
  /** The delegation's shares afterwards. */
  readonly sharesAfter: Dec;
  /** The delegation's balance afterwards, as `getAllianceDelegation` would report it. */
  readonly balanceAfter: bigint;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * Previews `delegate`: the shares of both layers and the balance afterwards, from `allianceDelegate` (core) on the
 * asset, validator and delegation queried at the latest height. Exact while the state does not change before the
 * transaction executes (a take-rate charge or slash in between changes it).
 */
export async function previewDelegate(client: Client, params: PreviewDelegateParams): Promise<DelegatePreview> {
  paramsArg(params, "previewDelegate");
  const validator = validatorArg(client.chain, params.validator, "validator");
  const amount = coinArg(params.amount, "amount");
  const version = mathVersionOf(client, params.version);
  const delegator = await delegatorOf(
    client,
    params.delegator === undefined ? undefined : accountArg(client.chain, params.delegator, "delegator"),
  );
  const state = await readDelegationSnapshot(client, { delegator, validator, denom: amount.denom });
  const delegation = state.delegation === undefined ? undefined : delegationStateOf(state.delegation);
  const next = allianceDelegate({
    asset: state.asset,
    validator: validatorStateOf(state.validator),
    ...(delegation === undefined ? {} : { delegation }),
    amount: amount.amount,
    blockHeight: state.block.height + 1n,
  });
  return Object.freeze({
    newDelegationShares: next.delegationShares,
    newValidatorShares: next.validatorShares,
    sharesAfter: next.delegation.shares,
    balanceAfter: allianceDelegationTokens(next.delegation.shares, next.validator, next.asset, { version }),
    height: state.block.height,
  });
}
