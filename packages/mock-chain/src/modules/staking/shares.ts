// Validator token/share arithmetic, rounding exactly as x/staking/types/validator.go does. A validator record is the
// protobuf `Validator` (tokens as an integer string, delegator_shares as LegacyDec atomics); every function returns a
// new record and never mutates its argument.
import { Dec } from "@persistence-sdk/core";
import { BondStatus, type Validator } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { StakingErrors } from "./errors.js";

/** `sdk.DefaultPowerReduction`: 10^6 base units make one unit of consensus power. */
export const POWER_REDUCTION = 1_000_000n;

export function validatorTokens(validator: Validator): bigint {
  return BigInt(validator.tokens);
}

export function validatorShares(validator: Validator): Dec {
  return Dec.fromProto(validator.delegatorShares);
}

/** Copies with new tokens and shares (the record is immutable in the store). */
export function withTokensAndShares(validator: Validator, tokens: bigint, shares: Dec): Validator {
  return { ...validator, tokens: tokens.toString(), delegatorShares: shares.toProto() };
}

export function isBonded(validator: Validator): boolean {
  return validator.status === BondStatus.BONDED;
}

/** Go's `InvalidExRate`: all tokens slashed away while shares remain, so no share price exists. */
export function hasInvalidExchangeRate(validator: Validator): boolean {
  return validatorTokens(validator) === 0n && validatorShares(validator).isPositive();
}

/** `TokensFromShares`: shares · tokens / delegator_shares, rounded (Quo). */
export function tokensFromShares(validator: Validator, shares: Dec): Dec {
  return shares.mulInt(validatorTokens(validator)).quo(validatorShares(validator));
}

/** `TokensFromSharesTruncated`: as above with QuoTruncate, never over-paying. */
export function tokensFromSharesTruncated(validator: Validator, shares: Dec): Dec {
  return shares.mulInt(validatorTokens(validator)).quoTruncate(validatorShares(validator));
}

/** `SharesFromTokens`: delegator_shares · amount / tokens with QuoInt (truncating); errors for a token-less validator. */
export function sharesFromTokens(validator: Validator, amount: bigint): Dec {
  const tokens = validatorTokens(validator);
  if (tokens === 0n) throw StakingErrors.insufficientShares();
  return validatorShares(validator).mulInt(amount).quoInt(tokens);
}

/** `SharesFromTokensTruncated`: delegator_shares · amount, QuoTruncate by the tokens as a Dec. */
export function sharesFromTokensTruncated(validator: Validator, amount: bigint): Dec {
  const tokens = validatorTokens(validator);
  if (tokens === 0n) throw StakingErrors.insufficientShares();
  return validatorShares(validator).mulInt(amount).quoTruncate(Dec.fromInt(tokens));
}

/** `AddTokensFromDel`: the first delegation sets the exchange rate to one. Returns the record and the issued shares. */
export function addTokensFromDelegation(validator: Validator, amount: bigint): [Validator, Dec] {
  const shares = validatorShares(validator);
  const issued = shares.isZero() ? Dec.fromInt(amount) : sharesFromTokens(validator, amount);
  return [withTokensAndShares(validator, validatorTokens(validator) + amount, shares.add(issued)), issued];
}

/**
 * `RemoveDelShares`: the last shares out take every remaining token (the trimmings); otherwise the tokens are the
 * truncated value of the shares and the dust stays with the validator, raising the price of the remaining shares.
 */
export function removeDelegatorShares(validator: Validator, removed: Dec): [Validator, bigint] {
  const remaining = validatorShares(validator).sub(removed);
  const tokens = validatorTokens(validator);
  if (remaining.isZero()) return [withTokensAndShares(validator, 0n, remaining), tokens];
  const issued = tokensFromShares(validator, removed).truncateInt();
  if (issued > tokens) throw new Error("attempting to remove more tokens than available in validator");
  return [withTokensAndShares(validator, tokens - issued, remaining), issued];
}

/** `RemoveTokens` (slashing): tokens go, shares stay. */
export function removeTokens(validator: Validator, amount: bigint): Validator {
  const tokens = validatorTokens(validator);
  if (amount < 0n || amount > tokens)
    throw new Error(`cannot remove ${amount} tokens from a validator holding ${tokens}`);
  return { ...validator, tokens: (tokens - amount).toString() };
}

/** `PotentialConsensusPower`: tokens / power reduction, whatever the status. */
export function potentialConsensusPower(validator: Validator): bigint {
  return validatorTokens(validator) / POWER_REDUCTION;
}

/** `ConsensusPower`: the potential power while bonded, else zero. */
export function consensusPower(validator: Validator): bigint {
  return isBonded(validator) ? potentialConsensusPower(validator) : 0n;
}

/** The commission rate the validator charges now. */
export function commissionRate(validator: Validator): Dec {
  return Dec.fromProto(validator.commission?.commissionRates?.rate ?? "0");
}
