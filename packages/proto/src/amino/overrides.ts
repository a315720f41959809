/**
 * Where the chains sign differently from what the .proto files we build from say. The Cosmos SDK protos in
 * @protobufs/cosmos are of the SDK 0.46 era: they predate the amino options that SDK 0.50+ chains (core-1 runs 0.53)
 * carry and that x/tx's amino JSON encoder reads. This table supplies those options; everywhere else the options in
 * the descriptors are used as they are.
 */

/** Amino type names the chains' codecs register (note the distribution names, which differ from the Msg names). */
export const aminoNameOverrides: Readonly<Record<string, string>> = {
  "cosmos.bank.v1beta1.MsgSend": "cosmos-sdk/MsgSend",
  "cosmos.bank.v1beta1.MsgMultiSend": "cosmos-sdk/MsgMultiSend",
  "cosmos.staking.v1beta1.MsgCreateValidator": "cosmos-sdk/MsgCreateValidator",
  "cosmos.staking.v1beta1.MsgEditValidator": "cosmos-sdk/MsgEditValidator",
  "cosmos.staking.v1beta1.MsgDelegate": "cosmos-sdk/MsgDelegate",
  "cosmos.staking.v1beta1.MsgUndelegate": "cosmos-sdk/MsgUndelegate",
  "cosmos.staking.v1beta1.MsgBeginRedelegate": "cosmos-sdk/MsgBeginRedelegate",
  "cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward": "cosmos-sdk/MsgWithdrawDelegationReward",
  "cosmos.distribution.v1beta1.MsgWithdrawValidatorCommission": "cosmos-sdk/MsgWithdrawValCommission",
  "cosmos.distribution.v1beta1.MsgSetWithdrawAddress": "cosmos-sdk/MsgModifyWithdrawAddress",
  "cosmos.distribution.v1beta1.MsgFundCommunityPool": "cosmos-sdk/MsgFundCommunityPool",
  "cosmos.gov.v1beta1.MsgSubmitProposal": "cosmos-sdk/MsgSubmitProposal",
  "cosmos.gov.v1beta1.MsgVote": "cosmos-sdk/MsgVote",
  "cosmos.gov.v1beta1.MsgVoteWeighted": "cosmos-sdk/MsgVoteWeighted",
  "cosmos.gov.v1beta1.MsgDeposit": "cosmos-sdk/MsgDeposit",
  "cosmos.gov.v1beta1.TextProposal": "cosmos-sdk/TextProposal",
  "cosmos.gov.v1.MsgSubmitProposal": "cosmos-sdk/v1/MsgSubmitProposal",
  "cosmos.gov.v1.MsgExecLegacyContent": "cosmos-sdk/v1/MsgExecLegacyContent",
  "cosmos.gov.v1.MsgVote": "cosmos-sdk/v1/MsgVote",
  "cosmos.gov.v1.MsgVoteWeighted": "cosmos-sdk/v1/MsgVoteWeighted",
  "cosmos.gov.v1.MsgDeposit": "cosmos-sdk/v1/MsgDeposit",
};

/** Field options of the SDK 0.50+ protos that the 0.46 files lack: scalars, `dont_omitempty`, `legacy_coins`. */
export interface AminoFieldOverride {
  readonly scalar?: "cosmos.Dec" | "cosmos.Int";
  readonly dontOmitEmpty?: boolean;
  readonly encoding?: "legacy_coins";
}

const coins: AminoFieldOverride = { dontOmitEmpty: true, encoding: "legacy_coins" };
const requiredCoin: AminoFieldOverride = { dontOmitEmpty: true };
const dec: AminoFieldOverride = { scalar: "cosmos.Dec" };
const int: AminoFieldOverride = { scalar: "cosmos.Int" };

/** Keyed by `<message full name>.<field name>`. */
export const aminoFieldOverrides: Readonly<Record<string, AminoFieldOverride>> = {
  "cosmos.base.v1beta1.Coin.amount": int,
  "cosmos.base.v1beta1.DecCoin.amount": dec,
  "cosmos.bank.v1beta1.MsgSend.amount": coins,
  "cosmos.bank.v1beta1.MsgMultiSend.inputs": { dontOmitEmpty: true },
  "cosmos.bank.v1beta1.MsgMultiSend.outputs": { dontOmitEmpty: true },
  "cosmos.bank.v1beta1.Input.coins": coins,
  "cosmos.bank.v1beta1.Output.coins": coins,
  "cosmos.staking.v1beta1.MsgDelegate.amount": requiredCoin,
  "cosmos.staking.v1beta1.MsgUndelegate.amount": requiredCoin,
  "cosmos.staking.v1beta1.MsgBeginRedelegate.amount": requiredCoin,
  "cosmos.staking.v1beta1.CommissionRates.rate": dec,
  "cosmos.staking.v1beta1.CommissionRates.max_rate": dec,
  "cosmos.staking.v1beta1.CommissionRates.max_change_rate": dec,
  "cosmos.staking.v1beta1.MsgCreateValidator.min_self_delegation": int,
  "cosmos.staking.v1beta1.MsgEditValidator.commission_rate": dec,
  "cosmos.staking.v1beta1.MsgEditValidator.min_self_delegation": int,
  "cosmos.distribution.v1beta1.MsgFundCommunityPool.amount": coins,
  "cosmos.gov.v1beta1.MsgSubmitProposal.initial_deposit": coins,
  "cosmos.gov.v1beta1.MsgDeposit.amount": coins,
  "cosmos.gov.v1.MsgSubmitProposal.initial_deposit": coins,
  "cosmos.gov.v1.MsgDeposit.amount": coins,
};
