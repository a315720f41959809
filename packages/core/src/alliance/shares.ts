// Shares ⇄ tokens on Alliance's two share layers (alliance-math.md §2). An asset's tokens are split among validators
// by validator shares; a validator's slice is split among its delegators by delegation shares.
import { Dec } from "../dec.js";
import { amountOf, checkAmount, checkNonNegativeDec, fail, withAmount } from "./internal.js";
import type { AllianceAssetState, AllianceDecCoins, AllianceValidatorState } from "./types.js";
import { type AllianceMathOptions, allianceRounder } from "./version.js";

/** The asset fields the share conversions read. */
export type AllianceAssetShareFields = Pick<AllianceAssetState, "denom" | "totalTokens" | "totalValidatorShares">;
/** The validator fields the share conversions read. */
export type AllianceValidatorShareFields = Pick<AllianceValidatorState, "validatorShares" | "totalDelegatorShares">;

/**
 * Tokens of an asset held by a validator (Dec). Mirrors `AllianceValidator.TotalTokensWithAsset` →
 * `ConvertNewShareToDecToken` (v0.3.6 types/validator.go:63-67, types/asset.go:36-41):
 * `totalValidatorShares == 0 ? totalTokens : validatorShares.Quo(totalValidatorShares).Mul(totalTokens)`.
 * As in Go, an asset with no validator shares reports all its tokens for every validator.
 */
export function allianceValidatorTokens(
  validator: Pick<AllianceValidatorState, "validatorShares">,
  asset: AllianceAssetShareFields,
): Dec {
  const totalTokens = Dec.fromInt(checkAmount(asset.totalTokens, "asset.totalTokens"));
  if (asset.totalValidatorShares.isZero()) return totalTokens;
  return amountOf(validator.validatorShares, asset.denom).quo(asset.totalValidatorShares).mul(totalTokens);
}

/**
 * Validator shares minted for (or removed with) `tokens` of an asset. Mirrors `GetValidatorShares` →
 * `ConvertNewTokenToShares` (v0.3.6 types/validator.go:69-71, types/asset.go:29-34):
 * `totalValidatorShares == 0 ? tokens : totalValidatorShares.Quo(totalTokens).MulInt(tokens)`.
 */
export function allianceNewValidatorShares(asset: AllianceAssetShareFields, tokens: bigint): Dec {
  checkAmount(tokens, "tokens");
  const totalTokens = checkAmount(asset.totalTokens, "asset.totalTokens");
  if (asset.totalValidatorShares.isZero()) return Dec.fromInt(tokens);
  if (totalTokens === 0n) {
    fail(
      "DIVISION_BY_ZERO",
      "the asset has validator shares but no tokens",
      "asset.totalTokens",
      asset.totalTokens,
      "Inconsistent asset state: Go panics here. Re-read the asset; ClearDustDelegation resets the shares when tokens reach 0.",
    );
  }
  return asset.totalValidatorShares.quo(Dec.fromInt(totalTokens)).mulInt(tokens);
}

/**
 * Delegation shares minted for (or matching) `tokens` on a validator. Mirrors `GetDelegationSharesFromTokens`
 * (v0.3.6 types/asset.go:65-72): `trunc(totalDelegatorShares) == 0 ? tokens :
 * totalDelegatorShares.Quo(validatorTokens).MulInt(tokens)`.
 */
export function allianceNewDelegationShares(
  validator: AllianceValidatorShareFields,
  asset: AllianceAssetShareFields,
  tokens: bigint,
): Dec {
  checkAmount(tokens, "tokens");
  const totalDelegatorShares = amountOf(validator.totalDelegatorShares, asset.denom);
  if (totalDelegatorShares.truncateInt() === 0n) return Dec.fromInt(tokens);
  const validatorTokens = allianceValidatorTokens(validator, asset);
  if (validatorTokens.isZero()) {
    fail(
      "DIVISION_BY_ZERO",
      "the validator's delegators hold shares worth no tokens (its validator shares were slashed to zero)",
      "validator.validatorShares",
      asset.denom,
      "Go panics on this division: delegating, undelegating or redelegating this asset on this validator fails.",
    );
  }
  return totalDelegatorShares.quo(validatorTokens).mulInt(tokens);
}

/**
 * The token value of delegation shares, as queries report a delegation's `balance`. Mirrors
 * `GetDelegationTokensWithShares` / `GetDelegationTokens` (v0.3.6 types/asset.go:43-63):
 * `TruncateInt((totalDelegatorShares == 0 ? validatorTokens : shares.Quo(totalDelegatorShares).Mul(validatorTokens))
 * + Rounder)`, Rounder 0.01 (v0.3.6) or 0.000001 (v0.3.4).
 */
export function allianceDelegationTokens(
  shares: Dec,
  validator: AllianceValidatorShareFields,
  asset: AllianceAssetShareFields,
  options?: AllianceMathOptions,
): bigint {
  checkNonNegativeDec(shares, "shares");
  const validatorTokens = allianceValidatorTokens(validator, asset);
  const totalDelegatorShares = amountOf(validator.totalDelegatorShares, asset.denom);
  const value = totalDelegatorShares.isZero() ? validatorTokens : shares.quo(totalDelegatorShares).mul(validatorTokens);
  const tokens = value.add(allianceRounder(options)).truncateInt();
  if (tokens < 0n) {
    fail(
      "NEGATIVE_AMOUNT",
      "the delegation is worth a negative amount",
      "validator.totalDelegatorShares",
      totalDelegatorShares.toString(),
      "Inconsistent validator state (negative shares): sdk.NewCoin panics on it in Go.",
    );
  }
  return tokens;
}

/**
 * The delegation shares to remove for `tokens`, with the full-exit rule. Mirrors `ValidateDelegatedAmount`
 * (v0.3.6 keeper/delegation.go:387-409): `s0 = GetDelegationSharesFromTokens(tokens)`; if
 * `|shares − s0| < Rounder` the whole delegation leaves; else `shares < trunc(s0)` is ErrInsufficientShares;
 * else `min(s0, shares)`. Throws `ALLIANCE_INSUFFICIENT_SHARES`.
 */
export function allianceValidateDelegatedAmount(
  delegationShares: Dec,
  tokens: bigint,
  validator: AllianceValidatorShareFields,
  asset: AllianceAssetShareFields,
  options?: AllianceMathOptions,
): Dec {
  checkNonNegativeDec(delegationShares, "delegation.shares");
  const wanted = allianceNewDelegationShares(validator, asset, tokens);
  if (delegationShares.sub(wanted).abs().lt(allianceRounder(options))) return delegationShares;
  if (delegationShares.lt(wanted.truncateDec())) {
    fail(
      "ALLIANCE_INSUFFICIENT_SHARES",
      `the delegation holds ${delegationShares.toString()} shares but ${tokens} tokens need ${wanted.toString()}`,
      "amount",
      tokens,
      "Ask for at most the delegation's balance (allianceDelegationTokens); the chain answers ErrInsufficientShares.",
    );
  }
  return wanted.gt(delegationShares) ? delegationShares : wanted;
}

/**
 * Removes `amount` of `denom` from DecCoins, treating an overshoot below 1 as rounding. Mirrors
 * `SubtractDecCoinsWithRounding` (v0.3.6 types/validator.go:35-47): if the subtrahend exceeds the balance by less
 * than 1 the balance goes to 0; otherwise a plain `DecCoins.Sub`, which panics on a negative result (here
 * `ALLIANCE_INSUFFICIENT_SHARES`).
 */
export function allianceSubtractSharesWithRounding(
  coins: AllianceDecCoins,
  denom: string,
  amount: Dec,
  field = "shares",
): AllianceDecCoins {
  checkNonNegativeDec(amount, field);
  const balance = amountOf(coins, denom);
  const removed = amount.gt(balance) && amount.sub(balance).lt(Dec.ONE) ? balance : amount;
  const left = balance.sub(removed);
  if (left.isNegative()) {
    fail(
      "ALLIANCE_INSUFFICIENT_SHARES",
      `cannot remove ${amount.toString()} ${denom} shares from ${balance.toString()}`,
      field,
      amount.toString(),
      "Inconsistent state: Go's DecCoins.Sub panics here. Re-read the validator before computing.",
    );
  }
  return withAmount(coins, denom, left);
}
