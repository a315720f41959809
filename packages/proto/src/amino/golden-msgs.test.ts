import { create, type DescMessage, type Message, type MessageInitShape, toBinary } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import * as alliance from "../modules/alliance/alliance.js";
import * as bank from "../modules/cosmos/bank/v1beta1.js";
import * as distribution from "../modules/cosmos/distribution/v1beta1.js";
import * as staking from "../modules/cosmos/staking/v1beta1.js";
import * as basketvault from "../modules/persistence/basketvault/v1.js";
import * as liquidstake from "../modules/pstake/liquidstake/v1beta1.js";
import * as liquidstakeibc from "../modules/pstake/liquidstakeibc/v1beta1.js";
import { protoRegistry } from "../registry.js";
import { fromAminoMsg } from "./from-amino.js";
import { toAminoMsg, toAminoValue } from "./to-amino.js";
import type { AminoMsg } from "./types.js";

// Golden amino JSON for every Msg a user or the authority can sign with a Ledger. Each expected document below was
// written by hand from the x/tx aminojson rules and the options in /proto, never copied from the encoder's output:
// - proto field names in declaration order, empty fields left out unless (amino.dont_omitempty);
// - with dont_omitempty, "" stays "", an empty Int or Dec becomes "0", an empty list null (legacy_coins: []);
// - LegacyDec fields carry 10^18-scaled atomics in protobuf and an 18-decimal string in JSON;
// - 64-bit integers are quoted, 32-bit integers and enums are numbers, bools are booleans;
// - timestamps are RFC 3339 UTC with the fraction only when non-zero, durations are nanoseconds as a string.
//
// The documents are split into pieces only to keep lines short; each case is still one literal JSON text.

// Addresses: valid bech32 with the chain's prefixes (the first is the gov module account of persistenceCore).
const GOV = "persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch";
const ALICE = "persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383";
const BOB = "persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z";
const FEEDER_A = "persistence18ys2ffeu8fknw6sg8ap8533gllujqq23aq6y56";
const FEEDER_B = "persistence18vu4q2z49ewp5xftsw5my290dtsrjlu2akzmtn";
const GUARDIAN = "persistence1mhnw396tg6s7mhxhagamhzvngt6getvfnu7rhj";
const TREASURY = "persistence1vmafl8f3s6uuzwnxkqz0eza47v6ecn0t8v9t36";
const FEE_ACCOUNT = "persistence1fs0g9dcu0t4g4zfwldmrydayqxqlgltpvyvfxk";
const ADMIN = "persistence1335hded4gyzpt00fpz75mms4m7ck02wg5xn3ss";
const LP_CONTRACT = "persistence1ftc5529vf4eyq6rrm29efzf0eye9nsg864mz0wdnc5w2gkrzu4yqzmhct2";
const VAL_A = "persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9";
const VAL_B = "persistencevaloper1tv7njtnwtypza7rx0ee9shxjx6849r32g7c5f0";
const VAL_C = "persistencevaloper1vtwkt7va83gsym8aj8e3hzdhndfvgwddnygt8h";

// Denoms: ATOM over IBC as whitelisted on core-1, pSTAKE's stkATOM, and IBC hashes for stATOM and two LSM shares.
const ATOM = "ibc/C8A74ABBE2AF892E15680D916A7C22130585CE5704F9B17A10F184A90D53BECA";
const STATOM = "ibc/6C95694B41C8BB44528A7A1655215E6AFC18E58AAC16004D68DDCAC146104546";
const LSM_SHARE_A = "ibc/D62CB08489875534638A53C78CB11A92C2EBA7EC7AE998FA18BDC63F232EFA15";
const LSM_SHARE_B = "ibc/2BA4CCF69AF17C7ADDD13E552CB98DAB96F9BA03F170C44F4C809331173F3C95";

// 2024-01-02T03:04:05Z and 2024-01-02T03:05:00Z as Unix seconds.
const JAN_2_030405 = 1_704_164_645n;
const JAN_2_030500 = 1_704_164_700n;

interface GoldenCase {
  readonly name: string;
  readonly schema: DescMessage;
  readonly message: Message;
  readonly amino: string;
  /**
   * Whether decoding the JSON gives back the very same protobuf bytes. It does not when an empty dont_omitempty Int
   * is written as "0": the decoder keeps "0", which is the same amount but not the same bytes as "".
   */
  readonly sameBinary: boolean;
}

function golden<Desc extends DescMessage>(
  name: string,
  schema: Desc,
  init: MessageInitShape<Desc>,
  amino: string,
  sameBinary = true,
): GoldenCase {
  return { name, schema, message: create(schema, init), amino, sameBinary };
}

/** Glues the pieces of one expected JSON document back together. */
const json = (...pieces: string[]): string => pieces.join("");

const allianceCases: GoldenCase[] = [
  golden(
    "alliance MsgDelegate",
    alliance.MsgDelegateSchema,
    { delegatorAddress: ALICE, validatorAddress: VAL_A, amount: { denom: "stk/uatom", amount: "2500000" } },
    json(
      '{"type":"alliance/MsgDelegate","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"validator_address":"persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9",',
      '"amount":{"denom":"stk/uatom","amount":"2500000"}}}',
    ),
  ),
  golden(
    "alliance MsgRedelegate",
    alliance.MsgRedelegateSchema,
    {
      delegatorAddress: ALICE,
      validatorSrcAddress: VAL_A,
      validatorDstAddress: VAL_B,
      amount: { denom: ATOM, amount: "1000000" },
    },
    json(
      '{"type":"alliance/MsgRedelegate","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"validator_src_address":"persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9",',
      '"validator_dst_address":"persistencevaloper1tv7njtnwtypza7rx0ee9shxjx6849r32g7c5f0",',
      '"amount":{"denom":"ibc/C8A74ABBE2AF892E15680D916A7C22130585CE5704F9B17A10F184A90D53BECA","amount":"1000000"}}}',
    ),
  ),
  golden(
    "alliance MsgUndelegate",
    alliance.MsgUndelegateSchema,
    { delegatorAddress: BOB, validatorAddress: VAL_C, amount: { denom: "stk/uatom", amount: "750000" } },
    json(
      '{"type":"alliance/MsgUndelegate","value":{',
      '"delegator_address":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z",',
      '"validator_address":"persistencevaloper1vtwkt7va83gsym8aj8e3hzdhndfvgwddnygt8h",',
      '"amount":{"denom":"stk/uatom","amount":"750000"}}}',
    ),
  ),
  golden(
    "alliance MsgClaimDelegationRewards",
    alliance.MsgClaimDelegationRewardsSchema,
    { delegatorAddress: BOB, validatorAddress: VAL_C, denom: "stk/uatom" },
    json(
      '{"type":"alliance/MsgClaimDelegationRewards","value":{',
      '"delegator_address":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z",',
      '"validator_address":"persistencevaloper1vtwkt7va83gsym8aj8e3hzdhndfvgwddnygt8h",',
      '"denom":"stk/uatom"}}',
    ),
  ),
  // Durations in nanoseconds (7 days, 5 minutes); the timestamp keeps its half second as ".5".
  golden(
    "alliance MsgUpdateParams",
    alliance.MsgUpdateParamsSchema,
    {
      authority: GOV,
      params: {
        rewardDelayTime: { seconds: 604_800n },
        takeRateClaimInterval: { seconds: 300n },
        lastTakeRateClaimTime: { seconds: JAN_2_030405, nanos: 500_000_000 },
      },
    },
    json(
      '{"type":"alliance/MsgUpdateParams","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",',
      '"params":{"reward_delay_time":"604800000000000","take_rate_claim_interval":"300000000000",',
      '"last_take_rate_claim_time":"2024-01-02T03:04:05.5Z"}}}',
    ),
  ),
  // Every field set: 0.5, 0.005 and 0.99 as LegacyDec atomics, a one-day interval, range 0.1..1. These decimals carry
  // only gogoproto.customtype (no cosmos_proto.scalar), so x/tx signs their protobuf strings unchanged.
  golden(
    "alliance MsgCreateAlliance",
    alliance.MsgCreateAllianceSchema,
    {
      authority: GOV,
      denom: ATOM,
      rewardWeight: "500000000000000000",
      takeRate: "5000000000000000",
      rewardChangeRate: "990000000000000000",
      rewardChangeInterval: { seconds: 86_400n },
      rewardWeightRange: { min: "100000000000000000", max: "1000000000000000000" },
    },
    json(
      '{"type":"alliance/MsgCreateAlliance","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",',
      '"denom":"ibc/C8A74ABBE2AF892E15680D916A7C22130585CE5704F9B17A10F184A90D53BECA",',
      '"reward_weight":"500000000000000000","take_rate":"5000000000000000",',
      '"reward_change_rate":"990000000000000000","reward_change_interval":"86400000000000",',
      '"reward_weight_range":{"min":"100000000000000000","max":"1000000000000000000"}}}',
    ),
  ),
  // take_rate left empty and reward_weight_range unset: both omitted. A Dec holding "0" is set, so it is written.
  golden(
    "alliance MsgUpdateAlliance",
    alliance.MsgUpdateAllianceSchema,
    {
      authority: GOV,
      denom: ATOM,
      rewardWeight: "1500000000000000000",
      takeRate: "",
      rewardChangeRate: "0",
      rewardChangeInterval: { seconds: 604_800n },
    },
    json(
      '{"type":"alliance/MsgUpdateAlliance","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",',
      '"denom":"ibc/C8A74ABBE2AF892E15680D916A7C22130585CE5704F9B17A10F184A90D53BECA",',
      '"reward_weight":"1500000000000000000","reward_change_rate":"0",',
      '"reward_change_interval":"604800000000000"}}',
    ),
  ),
  golden(
    "alliance MsgDeleteAlliance",
    alliance.MsgDeleteAllianceSchema,
    { authority: GOV, denom: "stk/uatom" },
    json(
      '{"type":"alliance/MsgDeleteAlliance","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch","denom":"stk/uatom"}}',
    ),
  ),
];

// The legacy gov v1beta1 proposal contents. They travel inside an Any, but their amino form is the same document.
const allianceProposalCases: GoldenCase[] = [
  // The range's empty min is left out inside the nested object.
  golden(
    "alliance MsgCreateAllianceProposal",
    alliance.MsgCreateAllianceProposalSchema,
    {
      title: "Add stkATOM as an alliance asset",
      description: "Accept stk/uatom with reward weight 0.25 and a take rate of 0.001 per interval.",
      denom: "stk/uatom",
      rewardWeight: "250000000000000000",
      takeRate: "1000000000000000",
      rewardChangeRate: "1000000000000000000",
      rewardChangeInterval: { seconds: 300n },
      rewardWeightRange: { min: "", max: "2000000000000000000" },
    },
    json(
      '{"type":"alliance/MsgCreateAllianceProposal","value":{',
      '"title":"Add stkATOM as an alliance asset",',
      '"description":"Accept stk/uatom with reward weight 0.25 and a take rate of 0.001 per interval.",',
      '"denom":"stk/uatom","reward_weight":"250000000000000000","take_rate":"1000000000000000",',
      '"reward_change_rate":"1000000000000000000","reward_change_interval":"300000000000",',
      '"reward_weight_range":{"max":"2000000000000000000"}}}',
    ),
  ),
  // Empty description omitted; a zero duration that is set is "0"; a set but empty range is {}.
  golden(
    "alliance MsgUpdateAllianceProposal",
    alliance.MsgUpdateAllianceProposalSchema,
    {
      title: "Lower the stkATOM reward weight",
      description: "",
      denom: "stk/uatom",
      rewardWeight: "100000000000000000",
      takeRate: "2000000000000000",
      rewardChangeRate: "1000000000000000000",
      rewardChangeInterval: {},
      rewardWeightRange: {},
    },
    json(
      '{"type":"alliance/MsgUpdateAllianceProposal","value":{',
      '"title":"Lower the stkATOM reward weight","denom":"stk/uatom",',
      '"reward_weight":"100000000000000000","take_rate":"2000000000000000",',
      '"reward_change_rate":"1000000000000000000","reward_change_interval":"0","reward_weight_range":{}}}',
    ),
  ),
  golden(
    "alliance MsgDeleteAllianceProposal",
    alliance.MsgDeleteAllianceProposalSchema,
    { title: "Remove stkATOM from the alliance", description: "The asset is being wound down.", denom: "stk/uatom" },
    json(
      '{"type":"alliance/MsgDeleteAllianceProposal","value":{',
      '"title":"Remove stkATOM from the alliance","description":"The asset is being wound down.",',
      '"denom":"stk/uatom"}}',
    ),
  ),
];

const liquidstakeCases: GoldenCase[] = [
  golden(
    "liquidstake MsgLiquidStake",
    liquidstake.MsgLiquidStakeSchema,
    { delegatorAddress: ALICE, amount: { denom: "uxprt", amount: "5000000" } },
    json(
      '{"type":"liquidstake/MsgLiquidStake","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"amount":{"denom":"uxprt","amount":"5000000"}}}',
    ),
  ),
  golden(
    "liquidstake MsgLiquidUnstake",
    liquidstake.MsgLiquidUnstakeSchema,
    { delegatorAddress: BOB, amount: { denom: "stk/uxprt", amount: "4200000" } },
    json(
      '{"type":"liquidstake/MsgLiquidUnstake","value":{',
      '"delegator_address":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z",',
      '"amount":{"denom":"stk/uxprt","amount":"4200000"}}}',
    ),
  ),
  // The optional liquid_amount is unset and has no dont_omitempty: no key at all.
  golden(
    "liquidstake MsgStakeToLP",
    liquidstake.MsgStakeToLPSchema,
    { delegatorAddress: ALICE, validatorAddress: VAL_B, stakedAmount: { denom: "uxprt", amount: "10000000" } },
    json(
      '{"type":"liquidstake/MsgStakeToLP","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"validator_address":"persistencevaloper1tv7njtnwtypza7rx0ee9shxjx6849r32g7c5f0",',
      '"staked_amount":{"denom":"uxprt","amount":"10000000"}}}',
    ),
  ),
  // The two false bools (lsm_disabled, module_paused) are omitted; unstake_fee_rate "0" is set and written. The fee
  // rates are LegacyDec by gogoproto.customtype only, so x/tx signs the protobuf strings unchanged.
  golden(
    "liquidstake MsgUpdateParams",
    liquidstake.MsgUpdateParamsSchema,
    {
      authority: GOV,
      params: {
        liquidBondDenom: "stk/uxprt",
        whitelistedValidators: [
          { validatorAddress: VAL_A, targetWeight: "5000" },
          { validatorAddress: VAL_B, targetWeight: "5000" },
        ],
        unstakeFeeRate: "0",
        lsmDisabled: false,
        minLiquidStakeAmount: "1000",
        cwLockedPoolAddress: LP_CONTRACT,
        feeAccountAddress: FEE_ACCOUNT,
        autocompoundFeeRate: "50000000000000000",
        whitelistAdminAddress: ADMIN,
        modulePaused: false,
      },
    },
    json(
      '{"type":"liquidstake/MsgUpdateParams","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",',
      '"params":{"liquid_bond_denom":"stk/uxprt","whitelisted_validators":[',
      '{"validator_address":"persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9","target_weight":"5000"},',
      '{"validator_address":"persistencevaloper1tv7njtnwtypza7rx0ee9shxjx6849r32g7c5f0","target_weight":"5000"}],',
      '"unstake_fee_rate":"0","min_liquid_stake_amount":"1000",',
      '"cw_locked_pool_address":"persistence1ftc5529vf4eyq6rrm29efzf0eye9nsg864mz0wdnc5w2gkrzu4yqzmhct2",',
      '"fee_account_address":"persistence1fs0g9dcu0t4g4zfwldmrydayqxqlgltpvyvfxk",',
      '"autocompound_fee_rate":"50000000000000000",',
      '"whitelist_admin_address":"persistence1335hded4gyzpt00fpz75mms4m7ck02wg5xn3ss"}}}',
    ),
  ),
  golden(
    "liquidstake MsgUpdateWhitelistedValidators",
    liquidstake.MsgUpdateWhitelistedValidatorsSchema,
    {
      authority: ADMIN,
      whitelistedValidators: [
        { validatorAddress: VAL_A, targetWeight: "4000" },
        { validatorAddress: VAL_B, targetWeight: "3000" },
        { validatorAddress: VAL_C, targetWeight: "3000" },
      ],
    },
    json(
      '{"type":"liquidstake/MsgUpdateWhitelistedValidators","value":{',
      '"authority":"persistence1335hded4gyzpt00fpz75mms4m7ck02wg5xn3ss","whitelisted_validators":[',
      '{"validator_address":"persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9","target_weight":"4000"},',
      '{"validator_address":"persistencevaloper1tv7njtnwtypza7rx0ee9shxjx6849r32g7c5f0","target_weight":"3000"},',
      '{"validator_address":"persistencevaloper1vtwkt7va83gsym8aj8e3hzdhndfvgwddnygt8h","target_weight":"3000"}]}}',
    ),
  ),
  golden(
    "liquidstake MsgSetModulePaused (pause)",
    liquidstake.MsgSetModulePausedSchema,
    { authority: ADMIN, isPaused: true },
    json(
      '{"type":"liquidstake/MsgSetModulePaused","value":{',
      '"authority":"persistence1335hded4gyzpt00fpz75mms4m7ck02wg5xn3ss","is_paused":true}}',
    ),
  ),
  // is_paused has no dont_omitempty, so resuming signs a document without the flag.
  golden(
    "liquidstake MsgSetModulePaused (resume)",
    liquidstake.MsgSetModulePausedSchema,
    { authority: ADMIN, isPaused: false },
    json(
      '{"type":"liquidstake/MsgSetModulePaused","value":{',
      '"authority":"persistence1335hded4gyzpt00fpz75mms4m7ck02wg5xn3ss"}}',
    ),
  ),
];

const liquidstakeibcCases: GoldenCase[] = [
  // deposit_fee left empty (omitted); the int64 factors are quoted.
  golden(
    "liquidstakeibc MsgRegisterHostChain",
    liquidstakeibc.MsgRegisterHostChainSchema,
    {
      authority: GOV,
      connectionId: "connection-0",
      depositFee: "",
      restakeFee: "50000000000000000",
      unstakeFee: "0",
      redemptionFee: "5000000000000000",
      channelId: "channel-24",
      portId: "transfer",
      hostDenom: "uatom",
      minimumDeposit: "1000000",
      unbondingFactor: 4n,
      autoCompoundFactor: 20n,
    },
    json(
      '{"type":"pstake/MsgRegisterHostChain","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch","connection_id":"connection-0",',
      '"restake_fee":"0.050000000000000000","unstake_fee":"0.000000000000000000",',
      '"redemption_fee":"0.005000000000000000","channel_id":"channel-24","port_id":"transfer",',
      '"host_denom":"uatom","minimum_deposit":"1000000","unbonding_factor":"4","auto_compound_factor":"20"}}',
    ),
  ),
  golden(
    "liquidstakeibc MsgUpdateHostChain",
    liquidstakeibc.MsgUpdateHostChainSchema,
    {
      authority: GOV,
      chainId: "cosmoshub-4",
      updates: [
        { key: "redemption_fee", value: "0.005" },
        { key: "active", value: "true" },
      ],
    },
    json(
      '{"type":"pstake/MsgUpdateHostChain","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch","chain_id":"cosmoshub-4",',
      '"updates":[{"key":"redemption_fee","value":"0.005"},{"key":"active","value":"true"}]}}',
    ),
  ),
  // updates is dont_omitempty without legacy_coins: an empty list is written as null.
  golden(
    "liquidstakeibc MsgUpdateHostChain (no updates)",
    liquidstakeibc.MsgUpdateHostChainSchema,
    { authority: GOV, chainId: "cosmoshub-4", updates: [] },
    json(
      '{"type":"pstake/MsgUpdateHostChain","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch","chain_id":"cosmoshub-4","updates":null}}',
    ),
  ),
  golden(
    "liquidstakeibc MsgLiquidStake",
    liquidstakeibc.MsgLiquidStakeSchema,
    { delegatorAddress: ALICE, amount: { denom: ATOM, amount: "1000000" } },
    json(
      '{"type":"pstake/MsgLiquidStake","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"amount":{"denom":"ibc/C8A74ABBE2AF892E15680D916A7C22130585CE5704F9B17A10F184A90D53BECA","amount":"1000000"}}}',
    ),
  ),
  golden(
    "liquidstakeibc MsgLiquidStakeLSM",
    liquidstakeibc.MsgLiquidStakeLSMSchema,
    {
      delegatorAddress: ALICE,
      delegations: [
        { denom: LSM_SHARE_A, amount: "2000000" },
        { denom: LSM_SHARE_B, amount: "350000" },
      ],
    },
    json(
      '{"type":"pstake/MsgLiquidStakeLSM","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383","delegations":[',
      '{"denom":"ibc/D62CB08489875534638A53C78CB11A92C2EBA7EC7AE998FA18BDC63F232EFA15","amount":"2000000"},',
      '{"denom":"ibc/2BA4CCF69AF17C7ADDD13E552CB98DAB96F9BA03F170C44F4C809331173F3C95","amount":"350000"}]}}',
    ),
  ),
  golden(
    "liquidstakeibc MsgLiquidUnstake",
    liquidstakeibc.MsgLiquidUnstakeSchema,
    { delegatorAddress: BOB, amount: { denom: "stk/uatom", amount: "500000" } },
    json(
      '{"type":"pstake/MsgLiquidUnstake","value":{',
      '"delegator_address":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z",',
      '"amount":{"denom":"stk/uatom","amount":"500000"}}}',
    ),
  ),
  golden(
    "liquidstakeibc MsgRedeem",
    liquidstakeibc.MsgRedeemSchema,
    { delegatorAddress: BOB, amount: { denom: "stk/uatom", amount: "250000" } },
    json(
      '{"type":"pstake/MsgRedeem","value":{',
      '"delegator_address":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z",',
      '"amount":{"denom":"stk/uatom","amount":"250000"}}}',
    ),
  ),
  // params is dont_omitempty; inside it the empty fee_address is omitted. The nested Params carries an amino.name
  // of its own, but only the top-level Msg (and packed Any values) get a {type, value} wrapper.
  golden(
    "liquidstakeibc MsgUpdateParams",
    liquidstakeibc.MsgUpdateParamsSchema,
    { authority: GOV, params: { adminAddress: ADMIN, feeAddress: "" } },
    json(
      '{"type":"pstake/MsgUpdateParams","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",',
      '"params":{"admin_address":"persistence1335hded4gyzpt00fpz75mms4m7ck02wg5xn3ss"}}}',
    ),
  ),
];

const basketvaultCases: GoldenCase[] = [
  // min_shares_out is an empty dont_omitempty Int: "0". The empty receiver has no dont_omitempty: omitted.
  golden(
    "basketvault MsgDeposit",
    basketvault.MsgDepositSchema,
    { sender: ALICE, basketId: 1n, amount: { denom: STATOM, amount: "1000000" }, minSharesOut: "", receiver: "" },
    json(
      '{"type":"basketvault/MsgDeposit","value":{',
      '"sender":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383","basket_id":"1",',
      '"amount":{"denom":"ibc/6C95694B41C8BB44528A7A1655215E6AFC18E58AAC16004D68DDCAC146104546","amount":"1000000"},',
      '"min_shares_out":"0"}}',
    ),
    false,
  ),
  // PRO_RATA is enum value 1, a JSON number; out_denom stays empty for that mode and is omitted.
  golden(
    "basketvault MsgRequestRedeem",
    basketvault.MsgRequestRedeemSchema,
    {
      owner: ALICE,
      basketId: 1n,
      shares: "2500000000",
      mode: basketvault.RedeemMode.PRO_RATA,
      outDenom: "",
      minValueOut: "2400000",
      receiver: BOB,
    },
    json(
      '{"type":"basketvault/MsgRequestRedeem","value":{',
      '"owner":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383","basket_id":"1","shares":"2500000000",',
      '"mode":1,"min_value_out":"2400000","receiver":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z"}}',
    ),
  ),
  // SINGLE (2) with no slippage floor: the empty dont_omitempty min_value_out is "0".
  golden(
    "basketvault MsgRequestRedeem (single, no floor)",
    basketvault.MsgRequestRedeemSchema,
    { owner: ALICE, basketId: 1n, shares: "1000000", mode: basketvault.RedeemMode.SINGLE, outDenom: "stk/uatom" },
    json(
      '{"type":"basketvault/MsgRequestRedeem","value":{',
      '"owner":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383","basket_id":"1","shares":"1000000",',
      '"mode":2,"out_denom":"stk/uatom","min_value_out":"0"}}',
    ),
    false,
  ),
  golden(
    "basketvault MsgCancelRedeem",
    basketvault.MsgCancelRedeemSchema,
    { owner: ALICE, requestId: 42n },
    json(
      '{"type":"basketvault/MsgCancelRedeem","value":{',
      '"owner":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383","request_id":"42"}}',
    ),
  ),
  golden(
    "basketvault MsgCutBatch",
    basketvault.MsgCutBatchSchema,
    { sender: BOB, basketId: 2n },
    json(
      '{"type":"basketvault/MsgCutBatch","value":{',
      '"sender":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z","basket_id":"2"}}',
    ),
  ),
  // A repeated uint64 is a list of quoted integers.
  golden(
    "basketvault MsgClaim",
    basketvault.MsgClaimSchema,
    { owner: ALICE, requestIds: [42n, 43n, 57n] },
    json(
      '{"type":"basketvault/MsgClaim","value":{',
      '"owner":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383","request_ids":["42","43","57"]}}',
    ),
  ),
  golden(
    "basketvault MsgInstantRedeem",
    basketvault.MsgInstantRedeemSchema,
    { owner: ALICE, basketId: 1n, shares: "1000000000", outDenom: "stk/uatom", minOut: "990000" },
    json(
      '{"type":"basketvault/MsgInstantRedeem","value":{',
      '"owner":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383","basket_id":"1","shares":"1000000000",',
      '"out_denom":"stk/uatom","min_out":"990000"}}',
    ),
  ),
  // Raw rates 1.25 and 0.8; the second source time has 0.12 s, written with trailing zeros trimmed.
  golden(
    "basketvault MsgPostRates",
    basketvault.MsgPostRatesSchema,
    {
      feeder: FEEDER_A,
      basketId: 1n,
      rates: [
        { denom: STATOM, raw: "1250000000000000000", sourceTime: { seconds: JAN_2_030405 } },
        { denom: "stk/uatom", raw: "800000000000000000", sourceTime: { seconds: JAN_2_030500, nanos: 120_000_000 } },
      ],
    },
    json(
      '{"type":"basketvault/MsgPostRates","value":{',
      '"feeder":"persistence18ys2ffeu8fknw6sg8ap8533gllujqq23aq6y56","basket_id":"1","rates":[',
      '{"denom":"ibc/6C95694B41C8BB44528A7A1655215E6AFC18E58AAC16004D68DDCAC146104546",',
      '"raw":"1.250000000000000000","source_time":"2024-01-02T03:04:05Z"},',
      '{"denom":"stk/uatom","raw":"0.800000000000000000","source_time":"2024-01-02T03:05:00.12Z"}]}}',
    ),
  ),
  // accept is dont_omitempty: rejecting signs an explicit false.
  golden(
    "basketvault MsgResolveRate",
    basketvault.MsgResolveRateSchema,
    { authority: GOV, basketId: 1n, denom: STATOM, accept: false },
    json(
      '{"type":"basketvault/MsgResolveRate","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch","basket_id":"1",',
      '"denom":"ibc/6C95694B41C8BB44528A7A1655215E6AFC18E58AAC16004D68DDCAC146104546","accept":false}}',
    ),
  ),
  golden(
    "basketvault MsgSyncHoldings",
    basketvault.MsgSyncHoldingsSchema,
    { sender: BOB, basketId: 1n },
    json(
      '{"type":"basketvault/MsgSyncHoldings","value":{',
      '"sender":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z","basket_id":"1"}}',
    ),
  ),
  golden(
    "basketvault MsgHarvest",
    basketvault.MsgHarvestSchema,
    { sender: BOB, basketId: 3n },
    json(
      '{"type":"basketvault/MsgHarvest","value":{',
      '"sender":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z","basket_id":"3"}}',
    ),
  ),
  golden(
    "basketvault MsgClaimRewards",
    basketvault.MsgClaimRewardsSchema,
    { owner: ALICE, basketId: 1n },
    json(
      '{"type":"basketvault/MsgClaimRewards","value":{',
      '"owner":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383","basket_id":"1"}}',
    ),
  ),
  // The second entry has no APR (omitted: apr is not dont_omitempty inside MetricsUpdate).
  golden(
    "basketvault MsgPostMetrics",
    basketvault.MsgPostMetricsSchema,
    {
      feeder: FEEDER_B,
      basketId: 1n,
      metrics: [
        { denom: STATOM, apr: "185000000000000000", liquidity: "750000000000" },
        { denom: "stk/uatom", apr: "", liquidity: "120000000000" },
      ],
    },
    json(
      '{"type":"basketvault/MsgPostMetrics","value":{',
      '"feeder":"persistence18vu4q2z49ewp5xftsw5my290dtsrjlu2akzmtn","basket_id":"1","metrics":[',
      '{"denom":"ibc/6C95694B41C8BB44528A7A1655215E6AFC18E58AAC16004D68DDCAC146104546",',
      '"apr":"0.185000000000000000","liquidity":"750000000000"},',
      '{"denom":"stk/uatom","liquidity":"120000000000"}]}}',
    ),
  ),
  // metrics is dont_omitempty without legacy_coins: an empty list is null.
  golden(
    "basketvault MsgPostMetrics (no entries)",
    basketvault.MsgPostMetricsSchema,
    { feeder: FEEDER_B, basketId: 1n, metrics: [] },
    json(
      '{"type":"basketvault/MsgPostMetrics","value":{',
      '"feeder":"persistence18vu4q2z49ewp5xftsw5my290dtsrjlu2akzmtn","basket_id":"1","metrics":null}}',
    ),
  ),
  // virtual_offset 0 (use the module default) is omitted, as is the first constituent's empty cap_value.
  golden(
    "basketvault MsgCreateBasket",
    basketvault.MsgCreateBasketSchema,
    {
      authority: GOV,
      underlyingDenom: "uatom",
      underlyingExponent: 6,
      virtualOffset: 0,
      constituents: [
        {
          denom: STATOM,
          direction: basketvault.RateDirection.UNDERLYING_PER_LST,
          minWeight: "100000000000000000",
          maxWeight: "600000000000000000",
          capValue: "",
        },
        {
          denom: "stk/uatom",
          direction: basketvault.RateDirection.LST_PER_UNDERLYING,
          minWeight: "0",
          maxWeight: "500000000000000000",
          capValue: "5000000000000",
        },
      ],
      config: {
        fees: {
          feeBase: "1000000000000000",
          feeSlope: "50000000000000000",
          feeMax: "10000000000000000",
          redeemBase: "2000000000000000",
          redeemSlope: "50000000000000000",
          instantFee: "5000000000000000",
          performanceFee: "100000000000000000",
        },
        maxStalenessSeconds: 86_400n,
        maxUpPerDay: "2000000000000000",
        maxDown: "20000000000000000",
        band: "50000000000000000",
        minNavForWeightChecks: "1000000000",
        epochSeconds: 259_200n,
        unbondingSeconds: 1_814_400n,
        restaking: { validators: [VAL_A, VAL_B], idleBufferTarget: "100000000000000000" },
        feeders: [FEEDER_A, FEEDER_B],
        guardian: GUARDIAN,
        treasury: TREASURY,
        aprFloor: "20000000000000000",
      },
      rewardDenom: "uxprt",
    },
    json(
      '{"type":"basketvault/MsgCreateBasket","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",',
      '"underlying_denom":"uatom","underlying_exponent":6,"constituents":[',
      '{"denom":"ibc/6C95694B41C8BB44528A7A1655215E6AFC18E58AAC16004D68DDCAC146104546","direction":1,',
      '"min_weight":"0.100000000000000000","max_weight":"0.600000000000000000"},',
      '{"denom":"stk/uatom","direction":2,"min_weight":"0.000000000000000000",',
      '"max_weight":"0.500000000000000000","cap_value":"5000000000000"}],',
      '"config":{"fees":{"fee_base":"0.001000000000000000","fee_slope":"0.050000000000000000",',
      '"fee_max":"0.010000000000000000","redeem_base":"0.002000000000000000",',
      '"redeem_slope":"0.050000000000000000","instant_fee":"0.005000000000000000",',
      '"performance_fee":"0.100000000000000000"},',
      '"max_staleness_seconds":"86400","max_up_per_day":"0.002000000000000000",',
      '"max_down":"0.020000000000000000","band":"0.050000000000000000",',
      '"min_nav_for_weight_checks":"1000000000","epoch_seconds":"259200","unbonding_seconds":"1814400",',
      '"restaking":{"validators":["persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9",',
      '"persistencevaloper1tv7njtnwtypza7rx0ee9shxjx6849r32g7c5f0"],',
      '"idle_buffer_target":"0.100000000000000000"},',
      '"feeders":["persistence18ys2ffeu8fknw6sg8ap8533gllujqq23aq6y56",',
      '"persistence18vu4q2z49ewp5xftsw5my290dtsrjlu2akzmtn"],',
      '"guardian":"persistence1mhnw396tg6s7mhxhagamhzvngt6getvfnu7rhj",',
      '"treasury":"persistence1vmafl8f3s6uuzwnxkqz0eza47v6ecn0t8v9t36",',
      '"apr_floor":"0.020000000000000000"},"reward_denom":"uxprt"}}',
    ),
  ),
  // A sparse config: only two fees set, restaking set but empty ({}), everything else omitted. A cap of "0" is set.
  golden(
    "basketvault MsgUpdateBasket",
    basketvault.MsgUpdateBasketSchema,
    {
      authority: GOV,
      basketId: 1n,
      constituents: [
        {
          denom: STATOM,
          direction: basketvault.RateDirection.UNDERLYING_PER_LST,
          minWeight: "200000000000000000",
          maxWeight: "1000000000000000000",
          capValue: "0",
        },
      ],
      config: { fees: { feeBase: "1000000000000000", feeMax: "10000000000000000" }, restaking: {} },
    },
    json(
      '{"type":"basketvault/MsgUpdateBasket","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch","basket_id":"1","constituents":[',
      '{"denom":"ibc/6C95694B41C8BB44528A7A1655215E6AFC18E58AAC16004D68DDCAC146104546","direction":1,',
      '"min_weight":"0.200000000000000000","max_weight":"1.000000000000000000","cap_value":"0"}],',
      '"config":{"fees":{"fee_base":"0.001000000000000000","fee_max":"0.010000000000000000"},"restaking":{}}}}',
    ),
  ),
  golden(
    "basketvault MsgPause",
    basketvault.MsgPauseSchema,
    { guardian: GUARDIAN, basketId: 1n },
    json(
      '{"type":"basketvault/MsgPause","value":{',
      '"guardian":"persistence1mhnw396tg6s7mhxhagamhzvngt6getvfnu7rhj","basket_id":"1"}}',
    ),
  ),
  golden(
    "basketvault MsgUnpause",
    basketvault.MsgUnpauseSchema,
    { authority: GOV, basketId: 1n },
    json(
      '{"type":"basketvault/MsgUnpause","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch","basket_id":"1"}}',
    ),
  ),
  // uint32 params are numbers, the uint64 one a string; default_virtual_offset 0 is omitted.
  golden(
    "basketvault MsgUpdateParams",
    basketvault.MsgUpdateParamsSchema,
    {
      authority: GOV,
      params: { maxConstituents: 8, defaultVirtualOffset: 0, minEpochSeconds: 3600n, maxClaimRequestIds: 50 },
    },
    json(
      '{"type":"basketvault/MsgUpdateParams","value":{',
      '"authority":"persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",',
      '"params":{"max_constituents":8,"min_epoch_seconds":"3600","max_claim_request_ids":50}}}',
    ),
  ),
];

// Cosmos SDK messages signed next to ours. Their .proto files predate amino.name, so the names come from the legacy
// codec table; distribution's is MsgWithdrawDelegationReward, not the Msg's own name.
const cosmosCases: GoldenCase[] = [
  golden(
    "bank MsgSend",
    bank.MsgSendSchema,
    { fromAddress: ALICE, toAddress: BOB, amount: [{ denom: "uxprt", amount: "1500000" }] },
    json(
      '{"type":"cosmos-sdk/MsgSend","value":{',
      '"from_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"to_address":"persistence1avw932jqfu9d5h5r6mptccyepk5w9ctttn298z",',
      '"amount":[{"denom":"uxprt","amount":"1500000"}]}}',
    ),
  ),
  golden(
    "staking MsgDelegate",
    staking.MsgDelegateSchema,
    { delegatorAddress: ALICE, validatorAddress: VAL_A, amount: { denom: "uxprt", amount: "10000000" } },
    json(
      '{"type":"cosmos-sdk/MsgDelegate","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"validator_address":"persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9",',
      '"amount":{"denom":"uxprt","amount":"10000000"}}}',
    ),
  ),
  golden(
    "staking MsgUndelegate",
    staking.MsgUndelegateSchema,
    { delegatorAddress: ALICE, validatorAddress: VAL_A, amount: { denom: "uxprt", amount: "4000000" } },
    json(
      '{"type":"cosmos-sdk/MsgUndelegate","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"validator_address":"persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9",',
      '"amount":{"denom":"uxprt","amount":"4000000"}}}',
    ),
  ),
  golden(
    "staking MsgBeginRedelegate",
    staking.MsgBeginRedelegateSchema,
    {
      delegatorAddress: ALICE,
      validatorSrcAddress: VAL_A,
      validatorDstAddress: VAL_C,
      amount: { denom: "uxprt", amount: "3000000" },
    },
    json(
      '{"type":"cosmos-sdk/MsgBeginRedelegate","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"validator_src_address":"persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9",',
      '"validator_dst_address":"persistencevaloper1vtwkt7va83gsym8aj8e3hzdhndfvgwddnygt8h",',
      '"amount":{"denom":"uxprt","amount":"3000000"}}}',
    ),
  ),
  golden(
    "distribution MsgWithdrawDelegatorReward",
    distribution.MsgWithdrawDelegatorRewardSchema,
    { delegatorAddress: ALICE, validatorAddress: VAL_A },
    json(
      '{"type":"cosmos-sdk/MsgWithdrawDelegationReward","value":{',
      '"delegator_address":"persistence1lj2jj74y74ncrux7ed75havmz3rlpxekc69383",',
      '"validator_address":"persistencevaloper1t669wk7uc6zwhvg2y28mruze8gae55un4sews9"}}',
    ),
  ),
];

const cases: GoldenCase[] = [
  ...allianceCases,
  ...allianceProposalCases,
  ...liquidstakeCases,
  ...liquidstakeibcCases,
  ...basketvaultCases,
  ...cosmosCases,
];

describe("golden amino JSON", () => {
  it.each(cases)("$name encodes to the hand-derived document", ({ schema, message, amino }) => {
    expect(JSON.stringify(toAminoMsg(schema, message))).toBe(amino);
  });

  it.each(cases)("$name decodes and encodes again to the same document", ({ schema, amino }) => {
    const decoded = fromAminoMsg(schema, JSON.parse(amino) as AminoMsg);
    expect(JSON.stringify(toAminoMsg(schema, decoded))).toBe(amino);
  });

  it.each(cases.filter((c) => c.sameBinary))(
    "$name decodes to the same protobuf bytes",
    ({ schema, message, amino }) => {
      const decoded = fromAminoMsg(schema, JSON.parse(amino) as AminoMsg);
      expect(toBinary(schema, decoded)).toEqual(toBinary(schema, message));
    },
  );
});

describe("legacy_coins with dont_omitempty", () => {
  // No Msg input carries legacy_coins, so a response type stands in: an empty Coins list is [] rather than null.
  it("writes an empty list as [] and a filled one as usual", () => {
    const empty = create(basketvault.MsgClaimResponseSchema, { paid: [] });
    expect(JSON.stringify(toAminoValue(basketvault.MsgClaimResponseSchema, empty))).toBe('{"paid":[]}');
    const paid = create(basketvault.MsgClaimResponseSchema, { paid: [{ denom: "stk/uatom", amount: "981234" }] });
    expect(JSON.stringify(toAminoValue(basketvault.MsgClaimResponseSchema, paid))).toBe(
      '{"paid":[{"denom":"stk/uatom","amount":"981234"}]}',
    );
  });
});

describe("golden coverage", () => {
  const expectedMsgCounts: Record<string, number> = {
    "alliance.alliance": 8,
    "pstake.liquidstake.v1beta1": 6,
    "pstake.liquidstakeibc.v1beta1": 7,
    "persistence.basketvault.v1": 17,
  };

  /** Input types of every Msg service method in the four modules, grouped by proto package. */
  function msgInputsByPackage(): Map<string, string[]> {
    const byPackage = new Map<string, string[]>();
    for (const type of protoRegistry) {
      if (type.kind !== "service" || type.name !== "Msg") continue;
      const pkg = type.file.proto.package;
      if (!(pkg in expectedMsgCounts)) continue;
      byPackage.set(pkg, [...(byPackage.get(pkg) ?? []), ...type.methods.map((m) => m.input.typeName)]);
    }
    return byPackage;
  }

  const covered = new Set(cases.map((c) => c.schema.typeName));

  it("has a golden document for every Msg service input of the four modules", () => {
    const inputs = [...msgInputsByPackage().values()].flat();
    expect(inputs.filter((typeName) => !covered.has(typeName))).toEqual([]);
  });

  it("finds the expected number of Msgs per module", () => {
    const counts = Object.fromEntries([...msgInputsByPackage()].map(([pkg, inputs]) => [pkg, new Set(inputs).size]));
    expect(counts).toEqual(expectedMsgCounts);
  });

  it("also covers the Alliance gov proposals and the Cosmos SDK Msgs signed alongside", () => {
    const extras = [
      "alliance.alliance.MsgCreateAllianceProposal",
      "alliance.alliance.MsgUpdateAllianceProposal",
      "alliance.alliance.MsgDeleteAllianceProposal",
      "cosmos.bank.v1beta1.MsgSend",
      "cosmos.staking.v1beta1.MsgDelegate",
      "cosmos.staking.v1beta1.MsgUndelegate",
      "cosmos.staking.v1beta1.MsgBeginRedelegate",
      "cosmos.distribution.v1beta1.MsgWithdrawDelegatorReward",
    ];
    expect(extras.filter((typeName) => !covered.has(typeName))).toEqual([]);
  });
});
