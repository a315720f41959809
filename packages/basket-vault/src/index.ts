// @persistence-sdk/basket-vault: basket vaults (persistence.basketvault.v1). Builders make checked messages,
// queries return SDK shapes (bigint, Dec), previews compute what the chain would do with core's basket math on
// queried state (equal to the chain's own PreviewDeposit/PreviewRedeem), actions check the state, fill the slippage
// guards from previews, sign and send through the client's one transaction lifecycle, and report what changed.

export { type CancelRedeemParams, type CancelRedeemResult, cancelRedeem } from "./actions/cancelRedeem.js";
export { type ClaimedRequest, type ClaimParams, type ClaimResult, claim } from "./actions/claim.js";
export { type ClaimRewardsParams, type ClaimRewardsResult, claimRewards } from "./actions/claimRewards.js";
export { type CreateBasketParams, type CreateBasketResult, createBasket } from "./actions/createBasket.js";
export {
  type CutBatchParams,
  type CutBatchResult,
  cutBatch,
  type ReturnedRequest,
} from "./actions/cutBatch.js";
export { type DepositParams, type DepositResult, deposit } from "./actions/deposit.js";
export { type HarvestParams, type HarvestResult, harvest } from "./actions/harvest.js";
export { type InstantRedeemParams, type InstantRedeemResult, instantRedeem } from "./actions/instantRedeem.js";
export { type PauseParams, type PauseResult, pause } from "./actions/pause.js";
export { type PostMetricsParams, type PostMetricsResult, postMetrics } from "./actions/postMetrics.js";
export { type PostedRate, type PostRatesParams, type PostRatesResult, postRates } from "./actions/postRates.js";
export { type RequestRedeemParams, type RequestRedeemResult, requestRedeem } from "./actions/requestRedeem.js";
export { type ResolveRateParams, type ResolveRateResult, resolveRate } from "./actions/resolveRate.js";
export { type SyncHoldingsParams, type SyncHoldingsResult, syncHoldings } from "./actions/syncHoldings.js";
export { type UnpauseParams, type UnpauseResult, unpause } from "./actions/unpause.js";
export { type UpdateBasketParams, type UpdateBasketResult, updateBasket } from "./actions/updateBasket.js";
export { type UpdateParamsParams, type UpdateParamsResult, updateParams } from "./actions/updateParams.js";
export { basketRestakeAddress, basketVaultModuleAddress } from "./addresses.js";
export { type BuildCancelRedeemParams, buildCancelRedeem } from "./builders/buildCancelRedeem.js";
export { type BuildClaimParams, buildClaim } from "./builders/buildClaim.js";
export { type BuildClaimRewardsParams, buildClaimRewards } from "./builders/buildClaimRewards.js";
export { type BuildCreateBasketParams, buildCreateBasket } from "./builders/buildCreateBasket.js";
export { type BuildCutBatchParams, buildCutBatch } from "./builders/buildCutBatch.js";
export { type BuildDepositParams, buildDeposit } from "./builders/buildDeposit.js";
export { type BuildHarvestParams, buildHarvest } from "./builders/buildHarvest.js";
export { type BuildInstantRedeemParams, buildInstantRedeem } from "./builders/buildInstantRedeem.js";
export { type BuildPauseParams, buildPause } from "./builders/buildPause.js";
export { type BuildPostMetricsParams, buildPostMetrics, type MetricsPost } from "./builders/buildPostMetrics.js";
export { type BuildPostRatesParams, buildPostRates, type RatePost } from "./builders/buildPostRates.js";
export { type BuildRequestRedeemParams, buildRequestRedeem } from "./builders/buildRequestRedeem.js";
export { type BuildResolveRateParams, buildResolveRate } from "./builders/buildResolveRate.js";
export { type BuildSyncHoldingsParams, buildSyncHoldings } from "./builders/buildSyncHoldings.js";
export { type BuildUnpauseParams, buildUnpause } from "./builders/buildUnpause.js";
export { type BuildUpdateBasketParams, buildUpdateBasket } from "./builders/buildUpdateBasket.js";
export { type BuildUpdateParamsParams, buildUpdateParams } from "./builders/buildUpdateParams.js";
export {
  BASKETVAULT_CODESPACE,
  BasketVaultError,
  type BasketVaultReason,
  BasketVaultTxError,
  basketVaultErrorOfCore,
  basketVaultQueryErrorOf,
  basketVaultTxErrorOf,
} from "./errors.js";
export type { ActionOptions } from "./internal/actions.js";
export { basketStateOf } from "./internal/convert.js";
export type {
  BasketListOptions,
  BasketQueryOptions,
  Page,
  PageRequest,
} from "./internal/options.js";
export type { PerformanceFeeTaken } from "./internal/performanceFee.js";
export { type BasketSnapshot, readBasketSnapshot } from "./internal/state.js";
export type { HasChain } from "./internal/validate.js";
export {
  type BasketStateAt,
  type CutPreview,
  type CutRequestPreview,
  computeCutPreview,
  computeDepositPreview,
  computeInstantRedeemPreview,
  computeRedeemPreview,
} from "./previews/compute.js";
export {
  type BasketPosition,
  type GetBasketPositionParams,
  getBasketPosition,
  type PositionConstituent,
  type PositionRequest,
} from "./previews/getBasketPosition.js";
export {
  type BasketYield,
  type BasketYieldOptions,
  type ConstituentYield,
  type PreviewBasketYieldParams,
  previewBasketYield,
} from "./previews/previewBasketYield.js";
export {
  type CutBatchPreviewResult,
  type PreviewCutBatchParams,
  previewCutBatch,
} from "./previews/previewCutBatch.js";
export {
  type DepositPreviewResult,
  type PreviewDepositParams,
  previewDeposit,
} from "./previews/previewDeposit.js";
export {
  type InstantRedeemPreviewResult,
  type PreviewInstantRedeemParams,
  previewInstantRedeem,
} from "./previews/previewInstantRedeem.js";
export {
  type PreviewRedeemParams,
  previewRedeem,
  type RedeemPreviewResult,
} from "./previews/previewRedeem.js";
export { DEFAULT_SLIPPAGE, withSlippage } from "./previews/slippage.js";
export { type GetBasketParams, getBasket } from "./queries/getBasket.js";
export { type GetBasketNavParams, getBasketNav } from "./queries/getBasketNav.js";
export { type GetBasketsParams, getBaskets, getBasketsPage } from "./queries/getBaskets.js";
export { type GetBasketVaultParamsParams, getBasketVaultParams } from "./queries/getBasketVaultParams.js";
export { type GetPendingRewardsParams, getPendingRewards } from "./queries/getPendingRewards.js";
export { type GetPreviewDepositParams, getPreviewDeposit } from "./queries/getPreviewDeposit.js";
export { type GetPreviewRedeemParams, getPreviewRedeem } from "./queries/getPreviewRedeem.js";
export { type GetRedeemBatchParams, getRedeemBatch } from "./queries/getRedeemBatch.js";
export {
  type GetRedeemBatchesPageParams,
  type GetRedeemBatchesParams,
  getRedeemBatches,
  getRedeemBatchesPage,
} from "./queries/getRedeemBatches.js";
export { type GetRedeemRequestParams, getRedeemRequest } from "./queries/getRedeemRequest.js";
export {
  type GetRedeemRequestsByOwnerPageParams,
  type GetRedeemRequestsByOwnerParams,
  getRedeemRequestsByOwner,
  getRedeemRequestsByOwnerPage,
} from "./queries/getRedeemRequestsByOwner.js";
export { toDate } from "./time.js";
export type {
  Basket,
  BasketNav,
  BasketSettings,
  BasketVaultParams,
  Constituent,
  ConstituentNav,
  ConstituentSettings,
  DepositPreview,
  PendingRewards,
  RateResult,
  RedeemBatch,
  RedeemBatchStatus,
  RedeemPreview,
  RedeemRequest,
  RedeemRequestStatus,
  RestakingSettings,
  RewardPool,
  TargetWeight,
} from "./types.js";
