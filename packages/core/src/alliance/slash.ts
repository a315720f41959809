// Slashing of alliance stake (alliance-math.md §8), called from the staking hook BeforeValidatorSlashed.
import { Dec } from "../dec.js";
import { amountOf, checkAmount, checkDec, fail, withAmount } from "./internal.js";
import { type AllianceAssetShareFields, allianceValidateDelegatedAmount } from "./shares.js";
import { type AllianceTimestamp, timestampNanos } from "./time.js";
import type {
  AllianceCoin,
  AllianceDecCoins,
  AllianceDelegationState,
  AllianceRedelegationRecord,
  AllianceUndelegationEntry,
  AllianceValidatorState,
} from "./types.js";
import type { AllianceMathOptions } from "./version.js";

/** Checks `0 < fraction ≤ 1` as `SlashValidator` does (v0.3.6 keeper/slash.go). */
export function checkAllianceSlashFraction(fraction: Dec, field = "fraction"): Dec {
  checkDec(fraction, field);
  if (!fraction.isPositive() || fraction.gt(Dec.ONE)) {
    fail(
      "RATE_OUT_OF_RANGE",
      "slashed fraction must be greater than 0 and less than or equal to 1",
      field,
      fraction.toString(),
      "Pass the slash fraction of x/slashing (e.g. 0.05 for a double sign).",
    );
  }
  return fraction;
}

/** Whether an entry completing at `completionTime` is still slashed at `blockTime` (Go: `!completion.Before(now)`). */
function immature(completionTime: AllianceTimestamp, blockTime: AllianceTimestamp): boolean {
  return timestampNanos(completionTime, "completionTime") >= timestampNanos(blockTime, "blockTime");
}

export interface AllianceSlashValidatorInput<A extends AllianceAssetShareFields, V extends AllianceValidatorState> {
  readonly validator: V;
  /** Every asset the validator holds validator shares of. */
  readonly assets: readonly A[];
  readonly fraction: Dec;
}

export interface AllianceSlashValidatorResult<A, V> {
  readonly validator: V;
  /** The assets, in input order, with `totalValidatorShares` reduced. */
  readonly assets: readonly A[];
  /** Validator shares removed per denom. */
  readonly slashedShares: AllianceDecCoins;
}

/**
 * Slashes a validator's alliance stake. Mirrors the first part of `SlashValidator` (v0.3.6 keeper/slash.go): for
 * every asset share `slashed = share.Mul(fraction)`; the validator keeps `share − slashed` and the asset's
 * `totalValidatorShares −= slashed`. The asset keeps its tokens, so their value moves to the other validators'
 * delegators. Throws `ALLIANCE_UNKNOWN_ASSET` for a share without its asset (ErrUnknownAsset).
 */
export function allianceSlashValidator<A extends AllianceAssetShareFields, V extends AllianceValidatorState>(
  input: AllianceSlashValidatorInput<A, V>,
): AllianceSlashValidatorResult<A, V> {
  const fraction = checkAllianceSlashFraction(input.fraction);
  let validatorShares: AllianceDecCoins = Object.freeze({});
  let slashedShares: AllianceDecCoins = Object.freeze({});
  const assets = [...input.assets];
  for (const [denom, share] of Object.entries(input.validator.validatorShares)) {
    const i = assets.findIndex((asset) => asset.denom === denom);
    if (i < 0) {
      fail(
        "ALLIANCE_UNKNOWN_ASSET",
        "the validator holds shares of an asset that was not passed",
        "assets",
        denom,
        "Pass every alliance asset the validator holds validator shares of.",
      );
    }
    const slashed = share.mul(fraction);
    validatorShares = withAmount(validatorShares, denom, share.sub(slashed));
    slashedShares = withAmount(slashedShares, denom, slashed);
    const asset = assets[i] as A;
    assets[i] = Object.freeze({ ...asset, totalValidatorShares: asset.totalValidatorShares.sub(slashed) });
  }
  return Object.freeze({
    validator: Object.freeze({ ...input.validator, validatorShares }),
    assets: Object.freeze(assets),
    slashedShares,
  });
}

export interface AllianceSlashRedelegationInput<A extends AllianceAssetShareFields, V extends AllianceValidatorState> {
  /** A redelegation out of the slashed validator. */
  readonly redelegation: AllianceRedelegationRecord;
  /** The asset after {@link allianceSlashValidator}. */
  readonly asset: A;
  readonly dstValidator: V;
  /** The delegator's delegation on the destination, after its rewards were claimed; absent if gone. */
  readonly dstDelegation?: AllianceDelegationState;
  readonly fraction: Dec;
  readonly blockTime: AllianceTimestamp;
}

export interface AllianceSlashRedelegationResult<V> {
  readonly dstValidator: V;
  readonly dstDelegation?: AllianceDelegationState;
  /** `TruncateInt(fraction · balance)`; 0 when skipped. */
  readonly tokensSlashed: bigint;
  /** Delegation shares burnt on the destination; 0 when skipped. */
  readonly sharesSlashed: Dec;
  /**
   * True when the redelegation is mature or the destination delegation is gone (Go `continue`s). Go first claims
   * the destination delegation's rewards, which fails with ErrNoDelegatorForAddress when that delegation is gone
   * and the asset's rewards have started; that error is not reproduced here.
   */
  readonly skipped: boolean;
}

/**
 * Slashes one redelegation out of the slashed validator. Mirrors `slashRedelegations` (v0.3.6 keeper/slash.go:53-111):
 * skipped once `completionTime` is before `blockTime`; `tokensToSlash = TruncateInt(fraction.MulInt(balance))`,
 * converted to destination shares with ValidateDelegatedAmount (its errors abort the slash), then removed from the
 * delegation (kept even at 0) and from the destination's `totalDelegatorShares` (a plain DecCoins.Sub).
 */
export function allianceSlashRedelegation<A extends AllianceAssetShareFields, V extends AllianceValidatorState>(
  input: AllianceSlashRedelegationInput<A, V>,
  options?: AllianceMathOptions,
): AllianceSlashRedelegationResult<V> {
  const fraction = checkAllianceSlashFraction(input.fraction);
  const { redelegation, asset, dstValidator, dstDelegation } = input;
  checkAmount(redelegation.balance.amount, "redelegation.balance.amount");
  const skipped = Object.freeze({
    dstValidator,
    dstDelegation,
    tokensSlashed: 0n,
    sharesSlashed: Dec.ZERO,
    skipped: true,
  });
  if (!immature(redelegation.completionTime, input.blockTime)) return skipped;
  if (redelegation.balance.denom !== asset.denom) {
    fail(
      "INVALID_ARGUMENT",
      "the asset passed is not the redelegated one",
      "asset.denom",
      asset.denom,
      `Pass the asset of the redelegation (${redelegation.balance.denom}), as slashed by allianceSlashValidator.`,
    );
  }
  if (dstDelegation === undefined) return skipped;
  const tokensSlashed = fraction.mulInt(redelegation.balance.amount).truncateInt();
  const sharesSlashed = allianceValidateDelegatedAmount(
    dstDelegation.shares,
    tokensSlashed,
    dstValidator,
    asset,
    options,
  );
  const left = amountOf(dstValidator.totalDelegatorShares, asset.denom).sub(sharesSlashed);
  if (left.isNegative()) {
    fail(
      "ALLIANCE_INSUFFICIENT_SHARES",
      "the destination validator holds fewer delegator shares than the slash removes",
      "dstValidator.totalDelegatorShares",
      left.toString(),
      "Inconsistent state: Go's DecCoins.Sub panics here. Re-read the destination validator.",
    );
  }
  return Object.freeze({
    dstValidator: Object.freeze({
      ...dstValidator,
      totalDelegatorShares: withAmount(dstValidator.totalDelegatorShares, asset.denom, left),
    }),
    dstDelegation: Object.freeze({ ...dstDelegation, shares: dstDelegation.shares.sub(sharesSlashed) }),
    tokensSlashed,
    sharesSlashed,
    skipped: false,
  });
}

export interface AllianceSlashUndelegationsInput {
  /** The entries of one `QueuedUndelegation` record reached from the slashed validator's unbonding index. */
  readonly entries: readonly AllianceUndelegationEntry[];
  readonly completionTime: AllianceTimestamp;
  readonly fraction: Dec;
  readonly blockTime: AllianceTimestamp;
}

export interface AllianceSlashUndelegationsResult {
  readonly entries: readonly AllianceUndelegationEntry[];
  /** Coins sent from the alliance module to the fee collector, one per entry, in entry order. */
  readonly slashed: readonly AllianceCoin[];
}

/**
 * Slashes one queued undelegation record. Mirrors `slashUndelegations` (v0.3.6 keeper/slash.go:113-144): skipped
 * once `completionTime` is before `blockTime`; every entry loses `TruncateInt(fraction.MulInt(balance))`, sent to
 * the fee collector. Go slashes every entry of the record, whichever validator it came from, and reaches a record
 * once per index key (validator, completion, denom, delegator) of the slashed validator: call this once per key.
 */
export function allianceSlashUndelegations(input: AllianceSlashUndelegationsInput): AllianceSlashUndelegationsResult {
  const fraction = checkAllianceSlashFraction(input.fraction);
  input.entries.forEach((entry, i) => {
    checkAmount(entry.balance.amount, `entries[${i}].balance.amount`);
  });
  if (!immature(input.completionTime, input.blockTime)) return Object.freeze({ entries: input.entries, slashed: [] });
  const slashed: AllianceCoin[] = [];
  const entries = input.entries.map((entry) => {
    const amount = fraction.mulInt(entry.balance.amount).truncateInt();
    slashed.push(Object.freeze({ denom: entry.balance.denom, amount }));
    return Object.freeze({
      ...entry,
      balance: Object.freeze({ denom: entry.balance.denom, amount: entry.balance.amount - amount }),
    });
  });
  return Object.freeze({ entries: Object.freeze(entries), slashed: Object.freeze(slashed) });
}
