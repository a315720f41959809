import {
  type LstRateObservation,
  type LstStakingYield,
  lstStakingYield,
  YIELD_SECONDS_PER_YEAR,
} from "@persistence-sdk/core";

/**
 * An LST's staking yield between two observations of its rate (core's `lstStakingYield`): the growth of its
 * redemption value, annualised as APR (simple) and APY (compounded). Each observation carries its time in Unix
 * seconds and one rate, in the same direction for both: `mintRate` / `cValue` (LST per native token, falls as rewards
 * accrue) or `redemptionRate` (native token per LST). The yield is net of everything taken before the rate moves
 * (autocompound and restake fees, commission) and counts slashing as negative growth.
 *
 * @example
 * computeLstYield({ time: 1_767_225_600n, cValue: Dec.fromString("0.8") }, { time: 1_769_817_600n, cValue: Dec.fromString("0.79") })
 */
export function computeLstYield(
  start: LstRateObservation,
  end: LstRateObservation,
  yearSeconds: bigint = YIELD_SECONDS_PER_YEAR,
): LstStakingYield {
  return lstStakingYield(start, end, yearSeconds);
}
