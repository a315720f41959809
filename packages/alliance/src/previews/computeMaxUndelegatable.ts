import {
  ALLIANCE_ZERO_TIME,
  type AllianceAssetShareFields,
  type AllianceMathOptions,
  type AllianceValidatorShareFields,
  allianceDelegationTokens,
  allianceUndelegate,
  type Dec,
  SdkError,
} from "@persistence-sdk/core";

/** What {@link computeMaxUndelegatable} reads: an asset, a validator's shares and a delegation's shares. */
export interface MaxUndelegatableInput {
  /** The asset's tokens and validator shares. */
  readonly asset: AllianceAssetShareFields;
  /** The validator's validator shares and its delegators' total shares. */
  readonly validator: AllianceValidatorShareFields;
  /** The delegation's shares (zero when there is no delegation). */
  readonly shares: Dec;
}

/** The chain refusals an undelegation amount can meet (x/alliance ValidateDelegatedAmount and the token check). */
const REFUSED: ReadonlySet<string> = new Set([
  "ALLIANCE_INSUFFICIENT_SHARES",
  "ALLIANCE_INSUFFICIENT_TOKENS",
  "DIVISION_BY_ZERO",
]);

/**
 * How far below the reported balance the search looks one amount at a time (about 20 µs each). Near a share price
 * of 1, v0.3.6 refuses at most the balance itself; v0.3.4's Rounder (10^-6) is smaller than the rounding of large
 * delegations, so there the accepted amounts near the top can be sparse (one in fifty for 10^11 tokens).
 */
export const MAX_UNDELEGATABLE_SCAN = 10_000n;

/**
 * Whether x/alliance accepts undelegating `amount`: core's `allianceUndelegate` (ValidateDelegatedAmount, then the
 * token check) succeeds on this state.
 */
export function undelegationAccepted(
  input: MaxUndelegatableInput,
  amount: bigint,
  options?: AllianceMathOptions,
): boolean {
  try {
    allianceUndelegate(
      {
        asset: input.asset,
        validator: { ...input.validator, globalRewardHistory: [] },
        delegation: { shares: input.shares, rewardHistory: [], lastRewardClaimHeight: 0n },
        amount,
        blockTime: ALLIANCE_ZERO_TIME,
        unbondingTime: { seconds: 0n, nanos: 0 },
      },
      options,
    );
    return true;
  } catch (error) {
    if (error instanceof SdkError && REFUSED.has(error.code)) return false;
    throw error;
  }
}

/**
 * The largest amount x/alliance accepts to undelegate from a delegation: at most its reported balance, and often
 * that, but the balance adds a Rounder before truncating, so the chain can refuse it by the last unit
 * (ValidateDelegatedAmount's share check or the token check; alliance-math.md §2). Tries every amount down from the
 * balance with core's own `allianceUndelegate` as the judge, so the result is the largest accepted amount whenever one
 * lies within {@link MAX_UNDELEGATABLE_SCAN} units of the balance; beyond that it is an accepted amount found by
 * bisection. Always one the chain accepts; 0n when nothing can be undelegated.
 */
export function computeMaxUndelegatable(input: MaxUndelegatableInput, options?: AllianceMathOptions): bigint {
  if (!input.shares.isPositive()) return 0n;
  const balance = allianceDelegationTokens(input.shares, input.validator, input.asset, options);
  const lowest = balance > MAX_UNDELEGATABLE_SCAN ? balance - MAX_UNDELEGATABLE_SCAN : 0n;
  for (let amount = balance; amount > lowest; amount--) {
    if (undelegationAccepted(input, amount, options)) return amount;
  }
  // Nothing accepted near the balance: find an accepted amount by halves (exact when acceptance is monotone below).
  let accepted = 0n;
  let low = 1n;
  let high = lowest;
  while (low <= high) {
    const middle = (low + high) / 2n;
    if (undelegationAccepted(input, middle, options)) {
      accepted = middle;
      low = middle + 1n;
    } else {
      high = middle - 1n;
    }
  }
  return accepted;
}
