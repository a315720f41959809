// @persistence-sdk/alliance: Alliance restaking on any x/alliance chain. Builders make checked messages, queries
// return SDK shapes (bigint, Dec), actions sign and send through the client's one transaction lifecycle and report
// what changed, previews compute what the chain would do with core's Alliance math on queried state.

export {
  type ClaimedRewards,
  type ClaimRewardsParams,
  type ClaimRewardsResult,
  claimRewards,
  type RewardsClaim,
} from "./actions/claimRewards.js";
export { type DelegateParams, type DelegateResult, delegate } from "./actions/delegate.js";
export { type RedelegateParams, type RedelegateResult, redelegate } from "./actions/redelegate.js";
export { type UndelegateParams, type UndelegateResult, undelegate } from "./actions/undelegate.js";
export type { AllianceAssetSettings } from "./builders/assetSettings.js";
export {
  type BuildClaimDelegationRewardsParams,
  buildClaimDelegationRewards,
} from "./builders/buildClaimDelegationRewards.js";
export { type BuildCreateAllianceParams, buildCreateAlliance } from "./builders/buildCreateAlliance.js";
export {
  type BuildCreateAllianceProposalParams,
  buildCreateAllianceProposal,
} from "./builders/buildCreateAllianceProposal.js";
export { type BuildDelegateParams, buildDelegate } from "./builders/buildDelegate.js";
export { type BuildDeleteAllianceParams, buildDeleteAlliance } from "./builders/buildDeleteAlliance.js";
export {
  type BuildDeleteAllianceProposalParams,
  buildDeleteAllianceProposal,
} from "./builders/buildDeleteAllianceProposal.js";
export { type BuildRedelegateParams, buildRedelegate } from "./builders/buildRedelegate.js";
export {
  type BuildSubmitAllianceProposalParams,
  buildSubmitAllianceProposal,
} from "./builders/buildSubmitAllianceProposal.js";
export { type BuildUndelegateParams, buildUndelegate } from "./builders/buildUndelegate.js";
export { type BuildUpdateAllianceParams, buildUpdateAlliance } from "./builders/buildUpdateAlliance.js";
export {
  type BuildUpdateAllianceProposalParams,
  buildUpdateAllianceProposal,
} from "./builders/buildUpdateAllianceProposal.js";
export { type BuildUpdateParamsParams, buildUpdateParams } from "./builders/buildUpdateParams.js";
export {
  type AllianceChainConfig,
  type AllianceSettings,
  allianceSettingsOf,
  checkMathVersion,
  DEFAULT_ALLIANCE_SETTINGS,
  mathVersionOf,
  migaloo1,
  persistenceCore1Alliance,
  persistenceMockDevnetAlliance,
  persistenceTestnetAlliance,
  terraPhoenix1,
  withAllianceSettings,
} from "./chains.js";
export {
  type AllianceRefusalCode,
  AllianceTxError,
  allianceErrorOf,
  isUnknownQuery,
  UnknownAssetError,
  UnsupportedQueryError,
} from "./errors.js";
export type { ActionOptions } from "./internal/actions.js";
export type { AllianceListOptions, AllianceQueryOptions } from "./internal/options.js";
export type { PreviewOptions, TimedPreviewOptions } from "./internal/previewOptions.js";
export type { HasChain } from "./internal/validate.js";
export {
  computeMaxUndelegatable,
  type MaxUndelegatableInput,
  undelegationAccepted,
} from "./previews/computeMaxUndelegatable.js";
export { type MaxUndelegatableParams, maxUndelegatable } from "./previews/maxUndelegatable.js";
export {
  type AllianceAprInputs,
  type AllianceAprPreview,
  type AllianceAprsPreview,
  type PreviewAllianceAprsParams,
  previewAllianceAprs,
} from "./previews/previewAllianceAprs.js";
export { type DelegatePreview, type PreviewDelegateParams, previewDelegate } from "./previews/previewDelegate.js";
export {
  type DelegationBalancePreview,
  type PreviewDelegationBalanceParams,
  previewDelegationBalance,
} from "./previews/previewDelegationBalance.js";
export {
  type AcceptedRedelegatePreview,
  type PreviewRedelegateParams,
  previewRedelegate,
  type RedelegatePreview,
  type RefusedRedelegatePreview,
} from "./previews/previewRedelegate.js";
export {
  type AcceptedUndelegatePreview,
  type PreviewUndelegateParams,
  previewUndelegate,
  type RefusedUndelegatePreview,
  type UndelegatePreview,
} from "./previews/previewUndelegate.js";
export {
  type GetAllAllianceDelegationsParams,
  getAllAllianceDelegations,
} from "./queries/getAllAllianceDelegations.js";
export { type GetAllianceParams, getAlliance } from "./queries/getAlliance.js";
export { type GetAllianceDelegationParams, getAllianceDelegation } from "./queries/getAllianceDelegation.js";
export { type GetAllianceDelegationsParams, getAllianceDelegations } from "./queries/getAllianceDelegations.js";
export {
  type GetAllianceDelegationsByValidatorParams,
  getAllianceDelegationsByValidator,
} from "./queries/getAllianceDelegationsByValidator.js";
export { type GetAllianceParamsParams, getAllianceParams } from "./queries/getAllianceParams.js";
export { type GetAllianceRedelegationsParams, getAllianceRedelegations } from "./queries/getAllianceRedelegations.js";
export {
  type GetAllianceRedelegationsByDelegatorParams,
  getAllianceRedelegationsByDelegator,
} from "./queries/getAllianceRedelegationsByDelegator.js";
export { type GetAllianceRewardsParams, getAllianceRewards } from "./queries/getAllianceRewards.js";
export { type GetAlliancesParams, getAlliances } from "./queries/getAlliances.js";
export { type GetAllianceUnbondingsParams, getAllianceUnbondings } from "./queries/getAllianceUnbondings.js";
export {
  type GetAllianceUnbondingsByDelegatorParams,
  getAllianceUnbondingsByDelegator,
} from "./queries/getAllianceUnbondingsByDelegator.js";
export {
  type GetAllianceUnbondingsByDenomParams,
  getAllianceUnbondingsByDenom,
} from "./queries/getAllianceUnbondingsByDenom.js";
export { type GetAllianceValidatorParams, getAllianceValidator } from "./queries/getAllianceValidator.js";
export { type GetAllianceValidatorsParams, getAllianceValidators } from "./queries/getAllianceValidators.js";
export { type GetIbcAllianceParams, getIbcAlliance } from "./queries/getIbcAlliance.js";
export { type GetIbcAllianceDelegationParams, getIbcAllianceDelegation } from "./queries/getIbcAllianceDelegation.js";
export { type GetIbcAllianceRewardsParams, getIbcAllianceRewards } from "./queries/getIbcAllianceRewards.js";
export { toDate } from "./time.js";
export type {
  AllianceAsset,
  AllianceDelegation,
  AllianceParams,
  AllianceRedelegation,
  AllianceUnbonding,
  AllianceValidator,
} from "./types.js";
