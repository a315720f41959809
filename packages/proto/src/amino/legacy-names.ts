/**
 * Amino names that the chains' legacy codecs register but that the .proto files we build from do not carry as an
 * `amino.name` option. The Cosmos SDK protos in @protobufs/cosmos are of the SDK 0.46 era, before the option existed;
 * the names below are the ones the SDK's `RegisterConcrete` calls use (note the distribution names, which differ from
 * the Msg names). Wherever a proto carries `amino.name`, the option is used and this table is not consulted.
 */
export const legacyAminoNames: Readonly<Record<string, string>> = {
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
