export {
  YIELD_SECONDS_PER_YEAR,
  yieldAprToApy,
  yieldCompoundedAnnualRate,
  yieldSimpleAnnualRate,
} from "./annualise.js";
export { type LstRateObservation, type LstStakingYield, lstGrowth, lstStakingYield } from "./lst.js";
export {
  type YieldAllianceRewardsInput,
  type YieldIssuanceInput,
  yieldAllianceRewardsApr,
  yieldNativeStakingApr,
} from "./rewards.js";
export {
  positionYieldStack,
  type YieldBasketConstituent,
  type YieldFee,
  type YieldLayer,
  type YieldLayerKind,
  type YieldPosition,
  type YieldStack,
  type YieldStackOptions,
  yieldPerformanceFeeApr,
  yieldStack,
  yieldTakeRateLayer,
} from "./stack.js";
