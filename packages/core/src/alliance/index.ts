export {
  type AllianceClearDustInput,
  type AllianceClearDustResult,
  type AllianceDelegateInput,
  type AllianceDelegateResult,
  type AllianceRedelegateInput,
  type AllianceRedelegateResult,
  type AllianceRedelegationCheckInput,
  type AllianceUndelegateInput,
  type AllianceUndelegateResult,
  allianceCheckRedelegation,
  allianceClearDustDelegation,
  allianceDelegate,
  allianceRedelegate,
  allianceResetValidatorShares,
  allianceUndelegate,
} from "./delegation.js";
export {
  type AllianceRebalanceInput,
  type AllianceRebalanceResult,
  type AllianceRebalanceTarget,
  type AllianceRebalanceValidator,
  allianceRebalanceTargets,
} from "./rebalance.js";
export {
  type AllianceAddRewardsInput,
  type AllianceAddRewardsResult,
  type AllianceClaimInput,
  type AllianceClaimResult,
  type AllianceRewardAssetFields,
  type AllianceRewardSplitEntry,
  type AllianceRewardSplitInput,
  allianceAddRewardsToPool,
  allianceClaimDelegationRewards,
  allianceRewardSplitWeights,
} from "./rewards.js";
export { allianceRewardsStarted } from "./rewardsStarted.js";
export {
  type AllianceRewardWeightChangeResult,
  type AllianceRewardWeightFields,
  allianceRewardHistoriesOf,
  allianceRewardWeightChange,
  allianceRewardWeightChangeSnapshot,
} from "./rewardWeight.js";
export {
  type AllianceAssetShareFields,
  type AllianceValidatorShareFields,
  allianceDelegationTokens,
  allianceNewDelegationShares,
  allianceNewValidatorShares,
  allianceSubtractSharesWithRounding,
  allianceValidateDelegatedAmount,
  allianceValidatorTokens,
} from "./shares.js";
export {
  type AllianceSlashRedelegationInput,
  type AllianceSlashRedelegationResult,
  type AllianceSlashUndelegationsInput,
  type AllianceSlashUndelegationsResult,
  type AllianceSlashValidatorInput,
  type AllianceSlashValidatorResult,
  allianceSlashRedelegation,
  allianceSlashUndelegations,
  allianceSlashValidator,
  checkAllianceSlashFraction,
} from "./slash.js";
export {
  ALLIANCE_DEFAULT_YEAR,
  type AllianceTakeRateAssetFields,
  type AllianceTakeRateInput,
  type AllianceTakeRateResult,
  allianceAnnualTakeRate,
  allianceDeductTakeRate,
  allianceTakeRateIntervalsPerYear,
  checkAllianceTakeRate,
} from "./takeRate.js";
export {
  ALLIANCE_ZERO_TIME,
  type AllianceDuration,
  type AllianceTimestamp,
  allianceTimeAdd,
  allianceTimeCompare,
} from "./time.js";
export type {
  AllianceAssetState,
  AllianceCoin,
  AllianceDecCoins,
  AllianceDelegationState,
  AllianceRedelegationRecord,
  AllianceRewardHistory,
  AllianceRewardWeightChangeSnapshot,
  AllianceRewardWeightRange,
  AllianceUndelegationEntry,
  AllianceValidatorState,
} from "./types.js";
export { allianceIsUnbondingComplete, allianceUnbondingCompletionTime } from "./unbonding.js";
export {
  ALLIANCE_DEFAULT_MATH_VERSION,
  type AllianceMathOptions,
  type AllianceMathVersion,
  type AllianceRewardSplit,
  allianceRewardSplit,
  allianceRounder,
} from "./version.js";
