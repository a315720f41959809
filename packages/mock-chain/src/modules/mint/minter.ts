// x/mint's Minter arithmetic (x/mint/types/minter.go), on core's Dec with Go's rounding.
import { Dec } from "@persistence-sdk/core";
import type { Params } from "@persistence-sdk/proto/cosmos/mint/v1beta1";

/**
 * `NextInflationRate`: moves inflation toward the bonded goal by (1 − bonded/goal) × rate_change per year, spread
 * over blocks_per_year, clamped to [min, max].
 */
export function nextInflationRate(params: Params, inflation: Dec, bondedRatio: Dec): Dec {
  const rateChangePerYear = Dec.ONE.sub(bondedRatio.quo(Dec.fromProto(params.goalBonded))).mul(
    Dec.fromProto(params.inflationRateChange),
  );
  const rateChange = rateChangePerYear.quo(Dec.fromInt(params.blocksPerYear));
  const next = inflation.add(rateChange);
  const max = Dec.fromProto(params.inflationMax);
  const min = Dec.fromProto(params.inflationMin);
  return next.gt(max) ? max : next.lt(min) ? min : next;
}

/** `NextAnnualProvisions`: inflation × total supply of the mint denom. */
export function nextAnnualProvisions(inflation: Dec, totalSupply: bigint): Dec {
  return inflation.mulInt(totalSupply);
}

/** `BlockProvision`: annual provisions / blocks_per_year, truncated to whole base units. */
export function blockProvision(params: Params, annualProvisions: Dec): bigint {
  return annualProvisions.quoInt(params.blocksPerYear).truncateInt();
}
