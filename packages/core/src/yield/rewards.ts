/**
 * Reward APRs of native staking and of an Alliance asset, estimated from the chain's inflation.
 *
 * Model (alliance-math.md §4-5): x/mint issues about `inflation · bondDenomSupply` a year; x/distribution keeps
 * `communityTax` of it and gives the rest to bonded stake pro rata; validators keep `commission`. Alliance assets are
 * bonded as a virtual stake the module delegates: in the rebalancing steady state, asset a's virtual stake is
 * `rewardWeight_a · nativeBond`, so `bondedTokens = nativeBond · (1 + Σ rewardWeight)`. The rewards of that virtual
 * stake go to the asset's delegators, whose tokens are worth `totalTokens · price` in the native token.
 *
 * These are estimates, not chain computations: inflation changes every block, fees add to the rewards, and the
 * alliance reward split among assets on one validator (v0.3.4 `rw/Σrw` versus v0.3.6 staked-weight) only matches
 * this aggregate when every asset is spread evenly over validators (known-problems.md 3).
 */
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { amountArg, fractionArg, nonNegativeDecArg } from "../pstake/checks.js";

/** What native stakers keep of the issuance. */
export interface YieldIssuanceInput {
  /** x/mint `minter.inflation` (annual). */
  readonly inflation: Dec;
  /** Bank supply of the bond denom. */
  readonly bondDenomSupply: bigint;
  /** x/staking total bonded tokens (includes the Alliance module's virtual stake). */
  readonly bondedTokens: bigint;
  /** x/distribution `community_tax` (default 0). */
  readonly communityTax?: Dec;
  /** Validator commission rate (default 0). */
  readonly commission?: Dec;
}

function stakerRewardsPerYear(input: YieldIssuanceInput): Dec {
  const inflation = nonNegativeDecArg(input.inflation, "inflation");
  const supply = amountArg(input.bondDenomSupply, "bondDenomSupply");
  const tax = fractionArg(input.communityTax ?? Dec.ZERO, "communityTax");
  const commission = fractionArg(input.commission ?? Dec.ZERO, "commission");
  return inflation.mulInt(supply).mul(Dec.ONE.sub(tax)).mul(Dec.ONE.sub(commission));
}

function positiveDivisor(value: bigint | Dec, field: string): Dec {
  const dec = typeof value === "bigint" ? Dec.fromInt(amountArg(value, field)) : nonNegativeDecArg(value, field);
  if (dec.isZero()) {
    throw new SdkError("DIVISION_BY_ZERO", "must be positive to compute a rate", {
      field,
      value: typeof value === "bigint" ? value : value.toString(),
      fix: "Pass the chain's current, non-zero value.",
    });
  }
  return dec;
}

/**
 * Native staking APR: `inflation·supply·(1 − communityTax)·(1 − commission) / bondedTokens` (Dec Mul/Quo, half-even).
 *
 * Go: none (estimate); inputs from x/mint `Minter.Inflation`, x/staking `TotalBondedTokens`, x/distribution params.
 */
export function yieldNativeStakingApr(input: YieldIssuanceInput): Dec {
  const bonded = positiveDivisor(input.bondedTokens, "bondedTokens");
  return stakerRewardsPerYear(input).quo(bonded);
}

/** Inputs of {@link yieldAllianceRewardsApr}. */
export interface YieldAllianceRewardsInput extends YieldIssuanceInput {
  /** `bondedTokens − allianceBond`: what is bonded by native stakers. */
  readonly nativeBond: bigint;
  /** AllianceAsset.reward_weight of the asset. */
  readonly rewardWeight: Dec;
  /** AllianceAsset.total_tokens (after take-rate deductions). */
  readonly assetTotalTokens: bigint;
  /** Native base units one asset base unit is worth (e.g. stkATOM→ATOM redemption rate × ATOM/XPRT price). */
  readonly assetPriceInNative: Dec;
}

/**
 * Alliance rewards APR of an asset, in native-token value per asset value:
 * `stakerRewards · (rewardWeight·nativeBond / bondedTokens) / (assetTotalTokens · assetPriceInNative)`, with
 * `stakerRewards = inflation·supply·(1 − communityTax)·(1 − commission)`. The virtual stake share is the rebalancing
 * target of alliance-math.md §4 (`expected = rewardWeight.MulInt(nativeBond)`).
 *
 * Go: none (estimate); the virtual stake mirrors terra-money/alliance v0.3.6 keeper/asset.go:98-198 (rebalancing `expected`).
 */
export function yieldAllianceRewardsApr(input: YieldAllianceRewardsInput): Dec {
  const nativeBond = amountArg(input.nativeBond, "nativeBond");
  const weight = nonNegativeDecArg(input.rewardWeight, "rewardWeight");
  const bonded = positiveDivisor(input.bondedTokens, "bondedTokens");
  const price = nonNegativeDecArg(input.assetPriceInNative, "assetPriceInNative");
  const assetValue = positiveDivisor(
    Dec.fromInt(amountArg(input.assetTotalTokens, "assetTotalTokens")).mul(price),
    "assetValue",
  );
  const share = weight.mulInt(nativeBond).quo(bonded);
  return stakerRewardsPerYear(input).mul(share).quo(assetValue);
}
