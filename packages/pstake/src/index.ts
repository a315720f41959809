// @persistence-sdk/pstake: pSTAKE liquid staking. x/liquidstake (stkXPRT, live on Persistence core-1) and
// x/liquidstakeibc (stkATOM and other stkASSETs; removed from core-1 in v12, kept for chains that run it). Builders make
// checked messages (the right denom for each module), queries return SDK shapes (bigint, Dec), actions sign and send
// through the client's one transaction lifecycle and report what changed, previews compute what the chain would do
// with core's pSTAKE math on queried state, and the LST yield comes from two observations of the rate.

export type {
  CompositeResult,
  NextMessages,
} from "./actions/composite.js";
export { type LiquidStakeParams, type LiquidStakeResult, liquidStake } from "./actions/liquidStake.js";
export { type LiquidStakeAndParams, type LiquidStakeAndResult, liquidStakeAnd } from "./actions/liquidStakeAnd.js";
export { type LiquidStakeIbcParams, type LiquidStakeIbcResult, liquidStakeIbc } from "./actions/liquidStakeIbc.js";
export {
  type LiquidStakeIbcAndParams,
  type LiquidStakeIbcAndResult,
  liquidStakeIbcAnd,
} from "./actions/liquidStakeIbcAnd.js";
export {
  type LiquidStakeLsmParams,
  type LiquidStakeLsmResult,
  type LsmDepositResult,
  liquidStakeLsm,
} from "./actions/liquidStakeLsm.js";
export { type LiquidUnstakeParams, type LiquidUnstakeResult, liquidUnstake } from "./actions/liquidUnstake.js";
export {
  type LiquidUnstakeIbcParams,
  type LiquidUnstakeIbcResult,
  liquidUnstakeIbc,
} from "./actions/liquidUnstakeIbc.js";
export { type RedeemIbcParams, type RedeemIbcResult, redeemIbc } from "./actions/redeemIbc.js";
export { type StakeToLpParams, type StakeToLpResult, stakeToLp } from "./actions/stakeToLp.js";
export { type BuildLiquidStakeParams, buildLiquidStake } from "./builders/buildLiquidStake.js";
export { type BuildLiquidStakeIbcParams, buildLiquidStakeIbc } from "./builders/buildLiquidStakeIbc.js";
export { type BuildLiquidStakeLsmParams, buildLiquidStakeLsm } from "./builders/buildLiquidStakeLsm.js";
export { type BuildLiquidUnstakeParams, buildLiquidUnstake } from "./builders/buildLiquidUnstake.js";
export { type BuildLiquidUnstakeIbcParams, buildLiquidUnstakeIbc } from "./builders/buildLiquidUnstakeIbc.js";
export { type BuildRedeemIbcParams, buildRedeemIbc } from "./builders/buildRedeemIbc.js";
export {
  type BuildRegisterHostChainParams,
  buildRegisterHostChain,
  LIQUID_STAKE_IBC_MAX_FEE,
} from "./builders/buildRegisterHostChain.js";
export { type BuildSetModulePausedParams, buildSetModulePaused } from "./builders/buildSetModulePaused.js";
export { type BuildStakeToLpParams, buildStakeToLp } from "./builders/buildStakeToLp.js";
export {
  type BuildUpdateHostChainParams,
  buildUpdateHostChain,
  type HostChainUpdate,
  type NewHostValidator,
} from "./builders/buildUpdateHostChain.js";
export {
  type BuildUpdateLiquidStakeIbcParamsParams,
  buildUpdateLiquidStakeIbcParams,
} from "./builders/buildUpdateLiquidStakeIbcParams.js";
export {
  type BuildUpdateLiquidStakeParamsParams,
  buildUpdateLiquidStakeParams,
} from "./builders/buildUpdateLiquidStakeParams.js";
export {
  type BuildUpdateWhitelistedValidatorsParams,
  buildUpdateWhitelistedValidators,
} from "./builders/buildUpdateWhitelistedValidators.js";
export {
  DEFAULT_HOST_UNBONDING_SECONDS,
  hostUnbondingSecondsOf,
  type PstakeChainConfig,
  type PstakeSettings,
  persistenceCore1Pstake,
  persistenceMockDevnetPstake,
  persistenceTestnetPstake,
  pstakeSettingsOf,
  withPstakeSettings,
} from "./chains.js";
export {
  HostChainInactiveError,
  isNotFound,
  isUnknownQuery,
  PstakeError,
  type PstakeRefusal,
  PstakeTxError,
  pstakeErrorOf,
  UnknownHostChainError,
} from "./errors.js";
export type { ActionOptions } from "./internal/actions.js";
export type { DayEpoch, IbcClaimEstimate } from "./internal/ibcClaim.js";
export type { PstakeListOptions, PstakeQueryOptions } from "./internal/options.js";
export type { HasChain } from "./internal/validate.js";
export { type ExpectedIbcClaimTimeParams, expectedIbcClaimTime } from "./previews/expectedIbcClaimTime.js";
export {
  type LiquidStakePreview,
  type PreviewLiquidStakeParams,
  previewLiquidStake,
} from "./previews/previewLiquidStake.js";
export {
  type LiquidStakeIbcPreview,
  type PreviewLiquidStakeIbcParams,
  previewLiquidStakeIbc,
} from "./previews/previewLiquidStakeIbc.js";
export {
  type LiquidStakeLsmPreview,
  type LsmDelegation,
  type LsmDepositPreview,
  type PreviewLiquidStakeLsmParams,
  previewLiquidStakeLsm,
} from "./previews/previewLiquidStakeLsm.js";
export {
  type LiquidUnstakePreview,
  type PreviewLiquidUnstakeParams,
  previewLiquidUnstake,
} from "./previews/previewLiquidUnstake.js";
export {
  type LiquidUnstakeIbcPreview,
  type PreviewLiquidUnstakeIbcParams,
  previewLiquidUnstakeIbc,
} from "./previews/previewLiquidUnstakeIbc.js";
export { type PreviewRedeemIbcParams, previewRedeemIbc, type RedeemIbcPreview } from "./previews/previewRedeemIbc.js";
export { type PreviewStakeToLpParams, previewStakeToLp, type StakeToLpPreview } from "./previews/previewStakeToLp.js";
export {
  type GetDepositAccountBalanceParams,
  getDepositAccountBalance,
} from "./queries/getDepositAccountBalance.js";
export { type GetHostChainParams, getHostChain } from "./queries/getHostChain.js";
export { type GetHostChainDepositsParams, getHostChainDeposits } from "./queries/getHostChainDeposits.js";
export {
  type GetHostChainExchangeRateParams,
  getHostChainExchangeRate,
} from "./queries/getHostChainExchangeRate.js";
export { type GetHostChainLsmDepositsParams, getHostChainLsmDeposits } from "./queries/getHostChainLsmDeposits.js";
export {
  type GetHostChainRedelegationsParams,
  getHostChainRedelegations,
} from "./queries/getHostChainRedelegations.js";
export {
  type GetHostChainRedelegationTxsParams,
  getHostChainRedelegationTxs,
} from "./queries/getHostChainRedelegationTxs.js";
export { type GetHostChainsParams, getHostChains } from "./queries/getHostChains.js";
export { type GetHostChainUnbondingParams, getHostChainUnbonding } from "./queries/getHostChainUnbonding.js";
export { type GetHostChainUnbondingsParams, getHostChainUnbondings } from "./queries/getHostChainUnbondings.js";
export {
  type GetHostChainUserUnbondingsParams,
  getHostChainUserUnbondings,
} from "./queries/getHostChainUserUnbondings.js";
export {
  type GetHostChainValidatorUnbondingsParams,
  getHostChainValidatorUnbondings,
} from "./queries/getHostChainValidatorUnbondings.js";
export { type GetLiquidStakeIbcParamsParams, getLiquidStakeIbcParams } from "./queries/getLiquidStakeIbcParams.js";
export {
  type GetLiquidStakeIbcUserUnbondingsParams,
  getLiquidStakeIbcUserUnbondings,
} from "./queries/getLiquidStakeIbcUserUnbondings.js";
export { type GetLiquidStakeParamsParams, getLiquidStakeParams } from "./queries/getLiquidStakeParams.js";
export { type GetLiquidStakeRatesParams, getLiquidStakeRates } from "./queries/getLiquidStakeRates.js";
export { type GetLiquidStakeStatesParams, getLiquidStakeStates } from "./queries/getLiquidStakeStates.js";
export {
  type GetLiquidUnstakeUnbondingsParams,
  getLiquidUnstakeUnbondings,
} from "./queries/getLiquidUnstakeUnbondings.js";
export { type GetLiquidValidatorsParams, getLiquidValidators } from "./queries/getLiquidValidators.js";
export { addDuration, compareTimes, fromDate, toDate } from "./time.js";
export type {
  ChainTimestamp,
  HostChain,
  HostChainDeposit,
  HostChainExchangeRate,
  HostChainLsParams,
  HostChainUnbonding,
  HostRedelegation,
  HostValidator,
  IcaAccount,
  LiquidStakeIbcModuleParams,
  LiquidStakeModuleParams,
  LiquidStakeRates,
  LiquidUnstakeUnbonding,
  LiquidValidator,
  LsmDeposit,
  NetAmountState,
  RedelegationTx,
  UnbondingState,
  UserUnbonding,
  ValidatorUnbonding,
  WhitelistedValidator,
} from "./types.js";
export { computeLstYield } from "./yield/computeLstYield.js";
export { type GetLstYieldParams, getLstYield, type LstYield } from "./yield/getLstYield.js";
export {
  type LstObservation,
  type LstSource,
  type ObserveLstRateParams,
  observeLstRate,
} from "./yield/observeLstRate.js";
