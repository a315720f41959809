// Rebalancing: the native stake the alliance module should hold on each bonded validator (alliance-math.md §4).
import { Dec } from "../dec.js";
import { amountOf, checkAmount, checkDec, checkNonNegativeDec, fail } from "./internal.js";
import { allianceRewardsStarted } from "./rewardsStarted.js";
import type { AllianceTimestamp } from "./time.js";
import type { AllianceAssetState, AllianceDecCoins } from "./types.js";

/** One alliance validator as rebalancing sees it: its alliance validator shares and its x/staking state. */
export interface AllianceRebalanceValidator {
  readonly operatorAddress: string;
  /** x/staking: whether the validator is in the bonded set. */
  readonly bonded: boolean;
  /** Alliance `validatorShares` per asset denom. */
  readonly validatorShares: AllianceDecCoins;
  /** x/staking `Validator.tokens`. */
  readonly tokens: bigint;
  /** x/staking `Validator.delegator_shares`. */
  readonly delegatorShares: Dec;
  /** x/staking shares of the alliance module's delegation to this validator (0 if none). */
  readonly moduleDelegationShares: Dec;
}

export interface AllianceRebalanceInput {
  readonly assets: readonly Pick<
    AllianceAssetState,
    "denom" | "rewardWeight" | "totalValidatorShares" | "rewardStartTime"
  >[];
  /** Every alliance validator, bonded or not: unbonded ones' shares are taken out of each asset's bonded shares. */
  readonly validators: readonly AllianceRebalanceValidator[];
  /** x/staking `TotalBondedTokens` (the bonded pool). */
  readonly totalBondedTokens: bigint;
  readonly blockTime: AllianceTimestamp;
}

/** The target of one bonded validator. */
export interface AllianceRebalanceTarget {
  readonly operatorAddress: string;
  /** `TokensFromShares` of the module's delegation now. */
  readonly current: Dec;
  /** Σ over started assets of `validatorShares.Quo(bondedValidatorShares).Mul(rewardWeight.MulInt(nativeBond))`. */
  readonly expected: Dec;
  /**
   * Whole tokens to move: positive = mint and delegate `TruncateInt(expected − current)`; negative = unbond and burn
   * `TruncateInt(current − expected)`; 0 = nothing (Go skips a truncated 0).
   */
  readonly delta: bigint;
}

export interface AllianceRebalanceResult {
  /** `TruncateInt(Σ TokensFromSharesTruncated(module shares))` over bonded validators. */
  readonly allianceBond: bigint;
  /** `totalBondedTokens − allianceBond`: the stake delegated natively. */
  readonly nativeBond: bigint;
  readonly targets: readonly AllianceRebalanceTarget[];
}

/** x/staking `Validator.TokensFromShares`: `shares.MulInt(tokens).Quo(delegatorShares)`. */
function tokensFromShares(validator: AllianceRebalanceValidator, truncate: boolean): Dec {
  if (validator.moduleDelegationShares.isZero()) return Dec.ZERO;
  if (validator.delegatorShares.isZero()) {
    fail(
      "DIVISION_BY_ZERO",
      "the validator has no delegator shares but the module holds some",
      `validators.${validator.operatorAddress}.delegatorShares`,
      validator.delegatorShares.toString(),
      "Inconsistent x/staking state; re-read the validator.",
    );
  }
  const scaled = validator.moduleDelegationShares.mulInt(validator.tokens);
  return truncate ? scaled.quoTruncate(validator.delegatorShares) : scaled.quo(validator.delegatorShares);
}

/**
 * The rebalancing EndBlocker's targets. Mirrors `RebalanceBondTokenWeights` (v0.3.6 keeper/asset.go:98-198) with
 * `GetAllianceBondedAmount` (keeper/delegation.go:549-565): `nativeBond = totalBonded − allianceBond`; validator shares
 * on unbonded validators are left out of each asset's bonded shares; only assets whose rewards started count; for each
 * bonded validator the expected stake and the whole-token delta. In steady state the bonded total is
 * `nativeBond · (1 + Σ started rewardWeight)` when every validator holding an asset is bonded.
 */
export function allianceRebalanceTargets(input: AllianceRebalanceInput): AllianceRebalanceResult {
  const totalBonded = checkAmount(input.totalBondedTokens, "totalBondedTokens");
  for (const validator of input.validators) {
    const field = `validators.${validator.operatorAddress}`;
    checkAmount(validator.tokens, `${field}.tokens`);
    checkNonNegativeDec(validator.delegatorShares, `${field}.delegatorShares`);
    checkNonNegativeDec(validator.moduleDelegationShares, `${field}.moduleDelegationShares`);
  }
  const bondedValidators = input.validators.filter((validator) => validator.bonded);
  const allianceBond = bondedValidators
    .reduce((sum, validator) => sum.add(tokensFromShares(validator, true)), Dec.ZERO)
    .truncateInt();
  const nativeBond = totalBonded - allianceBond;
  if (nativeBond < 0n) {
    fail(
      "INVALID_ARGUMENT",
      "the module's bonded stake exceeds the total bonded tokens",
      "totalBondedTokens",
      totalBonded,
      "Pass x/staking TotalBondedTokens and the module delegations from the same height.",
    );
  }
  const started = input.assets.filter((asset) => {
    checkDec(asset.rewardWeight, `assets.${asset.denom}.rewardWeight`);
    return allianceRewardsStarted(asset, input.blockTime);
  });
  const bondedShares = new Map<string, Dec>();
  for (const asset of started) {
    const unbonded = input.validators
      .filter((validator) => !validator.bonded)
      .reduce((sum, validator) => sum.add(amountOf(validator.validatorShares, asset.denom)), Dec.ZERO);
    bondedShares.set(asset.denom, asset.totalValidatorShares.sub(unbonded));
  }
  const targets = bondedValidators.map((validator) => {
    let expected = Dec.ZERO;
    for (const asset of started) {
      const shares = amountOf(validator.validatorShares, asset.denom);
      const bonded = bondedShares.get(asset.denom) as Dec;
      if (shares.isPositive() && bonded.isPositive()) {
        expected = expected.add(shares.quo(bonded).mul(asset.rewardWeight.mulInt(nativeBond)));
      }
    }
    const current = tokensFromShares(validator, false);
    const delta = expected.gt(current)
      ? expected.sub(current).truncateInt()
      : expected.lt(current)
        ? -current.sub(expected).truncateInt()
        : 0n;
    return Object.freeze({ operatorAddress: validator.operatorAddress, current, expected, delta });
  });
  return Object.freeze({ allianceBond, nativeBond, targets: Object.freeze(targets) });
}
