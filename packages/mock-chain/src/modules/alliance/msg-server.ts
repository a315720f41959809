// alliance.alliance.Msg: the checks of the v0.4.x msg server (which absorbed v0.3.x's ValidateBasic) in its order and
// wording, then the keeper. The legacy gov v1beta1 proposal contents are accepted as messages signed by the authority
// (a mock convenience: on a chain they only run inside a passed proposal).
import { create, type DescMessage, type MessageShape } from "@bufbuild/protobuf";
import type { Duration } from "@bufbuild/protobuf/wkt";
import { Dec } from "@persistence-sdk/core";
import {
  type MsgClaimDelegationRewards,
  MsgClaimDelegationRewardsResponseSchema,
  MsgClaimDelegationRewardsSchema,
  type MsgCreateAlliance,
  MsgCreateAllianceProposalSchema,
  MsgCreateAllianceResponseSchema,
  MsgCreateAllianceSchema,
  MsgDelegateResponseSchema,
  MsgDelegateSchema,
  MsgDeleteAllianceProposalSchema,
  MsgDeleteAllianceResponseSchema,
  MsgDeleteAllianceSchema,
  MsgRedelegateResponseSchema,
  MsgRedelegateSchema,
  MsgUndelegateResponseSchema,
  MsgUndelegateSchema,
  MsgUpdateAllianceProposalSchema,
  MsgUpdateAllianceResponseSchema,
  MsgUpdateAllianceSchema,
  MsgUpdateParamsResponseSchema,
  MsgUpdateParamsSchema,
  ParamsSchema,
  type RewardWeightRange,
} from "@persistence-sdk/proto/alliance/alliance";
import type { Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import { msgHandler } from "../../app/handlers.js";
import { ChainError, type Context, type MsgHandler } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { denomError } from "../bank/coins.js";
import { decodeBech32 } from "../staking/addresses.js";
import type { Coin } from "../staking/expected-keepers.js";
import { durationNs } from "./convert.js";
import { AllianceErrors, invalidAuthority, plainError, statusError } from "./errors.js";
import type { AllianceAssetSettings, AllianceKeeper } from "./keeper.js";

const ZERO_TIME = { seconds: -62_135_596_800n, nanos: 0 };

/** A Coin of a message; a malformed amount fails as the amino/proto decoding of math.Int does. */
function coinOf(amount: ProtoCoin | undefined): Coin {
  const text = amount?.amount ?? "";
  if (text !== "" && !/^-?[0-9]+$/.test(text)) throw sdkError(2, `invalid coin amount "${text}"`);
  return { denom: amount?.denom ?? "", amount: text === "" ? 0n : BigInt(text) };
}

/** A LegacyDec field of a message: undefined for an unset field (Go's nil Dec). */
function decField(atomics: string | undefined, field: string): Dec | undefined {
  if (atomics === undefined || atomics === "") return undefined;
  try {
    return Dec.fromProto(atomics, field);
  } catch {
    throw sdkError(2, `failed to decode ${field}: "${atomics}" is not a LegacyDec`);
  }
}

/** sdk.AccAddressFromBech32 / ValAddressFromBech32: the plain Go error on failure. */
function requireAddress(address: string, prefix: string): void {
  const decoded = decodeBech32(address, prefix);
  if (typeof decoded === "string") throw plainError(decoded);
}

function requireAuthorityAddress(keeper: AllianceKeeper, authority: string): void {
  const decoded = decodeBech32(authority, keeper.deps.staking.prefixes.account);
  if (typeof decoded === "string") throw plainError(`invalid authority address: ${decoded}`);
}

function requireAuthority(keeper: AllianceKeeper, authority: string): void {
  if (authority !== keeper.authority) throw invalidAuthority(keeper.authority, authority);
}

/** What MsgCreateAlliance and MsgCreateAllianceProposal carry. */
interface CreateFields {
  readonly denom: string;
  readonly rewardWeight: string;
  readonly takeRate: string;
  readonly rewardChangeRate: string;
  readonly rewardChangeInterval?: Duration | undefined;
  readonly rewardWeightRange?: RewardWeightRange | undefined;
}

function requireDenom(denom: string): void {
  if (denom === "") throw statusError("InvalidArgument", "Alliance denom must have a value");
}

function checkRewardWeight(rewardWeight: Dec | undefined): Dec {
  if (rewardWeight === undefined || rewardWeight.isNegative()) {
    throw statusError("InvalidArgument", "Alliance rewardWeight must be zero or a positive number");
  }
  return rewardWeight;
}

function checkTakeRate(takeRate: Dec | undefined): Dec {
  if (takeRate === undefined || takeRate.isNegative() || takeRate.gte(Dec.ONE)) {
    throw statusError("InvalidArgument", "Alliance takeRate must be more or equals to 0 but strictly less than 1");
  }
  return takeRate;
}

function checkChangeRate(rate: Dec | undefined): Dec {
  // Go calls IsZero on a nil Dec here, which panics; an unset rate is reported as the invalid value it is.
  if (rate === undefined || !rate.isPositive()) {
    throw statusError("InvalidArgument", "Alliance rewardChangeRate must be strictly a positive number");
  }
  return rate;
}

function checkChangeInterval(interval: Duration | undefined): { seconds: bigint; nanos: number } {
  if (durationNs(interval) < 0n) {
    throw statusError("InvalidArgument", "Alliance rewardChangeInterval must be strictly a positive number");
  }
  return { seconds: interval?.seconds ?? 0n, nanos: interval?.nanos ?? 0 };
}

/** The checks of MsgCreateAlliance (and of the create proposal's ValidateBasic), in Go's order. */
function validateCreate(fields: CreateFields): AllianceAssetSettings {
  requireDenom(fields.denom);
  const bad = denomError(fields.denom);
  if (bad !== undefined) throw plainError(`invalid denom: ${fields.denom}`);
  const rewardWeight = checkRewardWeight(decField(fields.rewardWeight, "reward_weight"));
  const min = decField(fields.rewardWeightRange?.min, "reward_weight_range.min");
  const max = decField(fields.rewardWeightRange?.max, "reward_weight_range.max");
  if (min === undefined || min.isNegative() || max === undefined || max.isNegative()) {
    throw statusError("InvalidArgument", "Alliance rewardWeight min and max must be zero or a positive number");
  }
  if (min.gt(max)) {
    throw statusError("InvalidArgument", "Alliance rewardWeight min must be less or equal to rewardWeight max");
  }
  if (rewardWeight.lt(min) || rewardWeight.gt(max)) {
    throw statusError("InvalidArgument", "Alliance rewardWeight must be bounded in RewardWeightRange");
  }
  const takeRate = checkTakeRate(decField(fields.takeRate, "take_rate"));
  const rewardChangeRate = checkChangeRate(decField(fields.rewardChangeRate, "reward_change_rate"));
  const rewardChangeInterval = checkChangeInterval(fields.rewardChangeInterval);
  return {
    denom: fields.denom,
    rewardWeight,
    takeRate,
    rewardChangeRate,
    rewardChangeInterval,
    rewardWeightRange: { min, max },
  };
}

/** The checks of MsgUpdateAlliance (no denom format or range checks before the authority), in Go's order. */
function validateUpdate(fields: CreateFields): Omit<AllianceAssetSettings, "rewardWeightRange"> {
  requireDenom(fields.denom);
  const rewardWeight = checkRewardWeight(decField(fields.rewardWeight, "reward_weight"));
  const takeRate = checkTakeRate(decField(fields.takeRate, "take_rate"));
  const rewardChangeRate = checkChangeRate(decField(fields.rewardChangeRate, "reward_change_rate"));
  const rewardChangeInterval = checkChangeInterval(fields.rewardChangeInterval);
  return { denom: fields.denom, rewardWeight, takeRate, rewardChangeRate, rewardChangeInterval };
}

/** The new range of an update. Go compares against it directly: an unset bound is a nil Dec and panics. */
function updateRange(range: RewardWeightRange | undefined): { min: Dec; max: Dec } {
  const min = decField(range?.min, "reward_weight_range.min");
  const max = decField(range?.max, "reward_weight_range.max");
  if (min === undefined || max === undefined) {
    throw new Error("runtime error: invalid memory address or nil pointer dereference (reward_weight_range unset)");
  }
  return { min, max };
}

function proposalContent(title: string, description: string): void {
  if (title.trim() === "") throw new ChainError("gov", 5, "invalid proposal content", "proposal title cannot be blank");
  if (title.length > 140) {
    throw new ChainError("gov", 5, "invalid proposal content", `proposal title is longer than max length of 140`);
  }
  if (description.trim() === "") {
    throw new ChainError("gov", 5, "invalid proposal content", "proposal description cannot be blank");
  }
  if (description.length > 10_000) {
    throw new ChainError(
      "gov",
      5,
      "invalid proposal content",
      "proposal description is longer than max length of 10000",
    );
  }
}

/** A handler whose only signer is the keeper's authority (the proposal contents declare no signer field). */
function authorityHandler<Req extends DescMessage, Res extends DescMessage>(
  keeper: AllianceKeeper,
  request: Req,
  response: Res,
  handle: (ctx: Context, msg: MessageShape<Req>) => MessageShape<Res>,
): MsgHandler {
  const handler: MsgHandler<Req, Res> = { request, response, signers: () => [keeper.authority], handle };
  return handler as unknown as MsgHandler;
}

/** Every Msg of alliance.alliance.Msg and the three legacy proposal contents, keyed by type URL. */
export function allianceMsgHandlers(keeper: AllianceKeeper): Record<string, MsgHandler> {
  const account = () => keeper.deps.staking.prefixes.account;
  const valoper = () => keeper.deps.staking.prefixes.validator;

  return {
    "/alliance.alliance.MsgDelegate": msgHandler(MsgDelegateSchema, MsgDelegateResponseSchema, (ctx, msg) => {
      const amount = coinOf(msg.amount);
      if (amount.amount <= 0n)
        throw statusError("InvalidArgument", "Alliance delegation amount must be more than zero");
      requireAddress(msg.delegatorAddress, account());
      requireAddress(msg.validatorAddress, valoper());
      keeper.delegate(ctx, msg.delegatorAddress, msg.validatorAddress, amount);
      return create(MsgDelegateResponseSchema);
    }),

    "/alliance.alliance.MsgRedelegate": msgHandler(MsgRedelegateSchema, MsgRedelegateResponseSchema, (ctx, msg) => {
      const amount = coinOf(msg.amount);
      if (amount.amount <= 0n) {
        throw statusError("InvalidArgument", "Alliance redelegation amount must be more than zero");
      }
      requireAddress(msg.delegatorAddress, account());
      requireAddress(msg.validatorSrcAddress, valoper());
      requireAddress(msg.validatorDstAddress, valoper());
      keeper.redelegate(ctx, msg.delegatorAddress, msg.validatorSrcAddress, msg.validatorDstAddress, amount);
      return create(MsgRedelegateResponseSchema);
    }),

    "/alliance.alliance.MsgUndelegate": msgHandler(MsgUndelegateSchema, MsgUndelegateResponseSchema, (ctx, msg) => {
      const amount = coinOf(msg.amount);
      if (amount.amount <= 0n) {
        throw statusError("InvalidArgument", "Alliance undelegate amount must be more than zero");
      }
      requireAddress(msg.delegatorAddress, account());
      requireAddress(msg.validatorAddress, valoper());
      keeper.undelegate(ctx, msg.delegatorAddress, msg.validatorAddress, amount);
      return create(MsgUndelegateResponseSchema);
    }),

    "/alliance.alliance.MsgClaimDelegationRewards": msgHandler(
      MsgClaimDelegationRewardsSchema,
      MsgClaimDelegationRewardsResponseSchema,
      (ctx, msg: MsgClaimDelegationRewards) => {
        requireDenom(msg.denom);
        requireAddress(msg.delegatorAddress, account());
        requireAddress(msg.validatorAddress, valoper());
        keeper.claimDelegationRewards(ctx, msg.delegatorAddress, msg.validatorAddress, msg.denom);
        return create(MsgClaimDelegationRewardsResponseSchema);
      },
    ),

    "/alliance.alliance.MsgUpdateParams": msgHandler(
      MsgUpdateParamsSchema,
      MsgUpdateParamsResponseSchema,
      (ctx, msg) => {
        requireAuthorityAddress(keeper, msg.authority);
        const params = msg.params ?? create(ParamsSchema);
        // UNVERIFIED wording: types.ValidatePositiveDuration of v0.4.x is not in the stored sources.
        if (durationNs(params.rewardDelayTime) < 0n) throw plainError("duration should be positive");
        // Mock-only guard: Go accepts a zero interval and then panics dividing by it in every EndBlocker.
        if (durationNs(params.takeRateClaimInterval) <= 0n) {
          throw statusError("InvalidArgument", "take_rate_claim_interval must be positive");
        }
        requireAuthority(keeper, msg.authority);
        keeper.updateParams(
          ctx,
          create(ParamsSchema, {
            rewardDelayTime: params.rewardDelayTime ?? { seconds: 0n, nanos: 0 },
            takeRateClaimInterval: params.takeRateClaimInterval,
            lastTakeRateClaimTime: params.lastTakeRateClaimTime ?? ZERO_TIME,
          }),
        );
        return create(MsgUpdateParamsResponseSchema);
      },
    ),

    "/alliance.alliance.MsgCreateAlliance": msgHandler(
      MsgCreateAllianceSchema,
      MsgCreateAllianceResponseSchema,
      (ctx, msg: MsgCreateAlliance) => {
        requireAuthorityAddress(keeper, msg.authority);
        const settings = validateCreate(msg);
        requireAuthority(keeper, msg.authority);
        keeper.createAlliance(ctx, settings);
        return create(MsgCreateAllianceResponseSchema);
      },
    ),

    "/alliance.alliance.MsgUpdateAlliance": msgHandler(
      MsgUpdateAllianceSchema,
      MsgUpdateAllianceResponseSchema,
      (ctx, msg) => {
        requireAuthorityAddress(keeper, msg.authority);
        const settings = validateUpdate(msg);
        requireAuthority(keeper, msg.authority);
        if (keeper.asset(ctx, settings.denom) === undefined) throw AllianceErrors.unknownAsset();
        keeper.updateAlliance(ctx, { ...settings, rewardWeightRange: updateRange(msg.rewardWeightRange) });
        return create(MsgUpdateAllianceResponseSchema);
      },
    ),

    "/alliance.alliance.MsgDeleteAlliance": msgHandler(
      MsgDeleteAllianceSchema,
      MsgDeleteAllianceResponseSchema,
      (ctx, msg) => {
        requireAuthorityAddress(keeper, msg.authority);
        requireDenom(msg.denom);
        requireAuthority(keeper, msg.authority);
        keeper.deleteAlliance(ctx, msg.denom);
        return create(MsgDeleteAllianceResponseSchema);
      },
    ),

    // Legacy gov v1beta1 contents (keeper/proposal.go): the same checks as the Msgs (their ValidateBasic), gov's
    // title/description checks, and the proposal handler's own status errors.
    "/alliance.alliance.MsgCreateAllianceProposal": authorityHandler(
      keeper,
      MsgCreateAllianceProposalSchema,
      MsgCreateAllianceResponseSchema,
      (ctx, msg) => {
        proposalContent(msg.title, msg.description);
        const settings = validateCreate(msg);
        if (keeper.asset(ctx, settings.denom) !== undefined) {
          throw statusError("AlreadyExists", `Asset with denom: ${settings.denom} already exists`);
        }
        keeper.createAlliance(ctx, settings);
        return create(MsgCreateAllianceResponseSchema);
      },
    ),

    "/alliance.alliance.MsgUpdateAllianceProposal": authorityHandler(
      keeper,
      MsgUpdateAllianceProposalSchema,
      MsgUpdateAllianceResponseSchema,
      (ctx, msg) => {
        proposalContent(msg.title, msg.description);
        const settings = validateUpdate(msg);
        if (keeper.asset(ctx, settings.denom) === undefined) {
          throw statusError("NotFound", `Asset with denom: ${settings.denom} does not exist`);
        }
        keeper.updateAlliance(ctx, { ...settings, rewardWeightRange: updateRange(msg.rewardWeightRange) });
        return create(MsgUpdateAllianceResponseSchema);
      },
    ),

    "/alliance.alliance.MsgDeleteAllianceProposal": authorityHandler(
      keeper,
      MsgDeleteAllianceProposalSchema,
      MsgDeleteAllianceResponseSchema,
      (ctx, msg) => {
        proposalContent(msg.title, msg.description);
        requireDenom(msg.denom);
        const asset = keeper.asset(ctx, msg.denom);
        if (asset === undefined) throw statusError("NotFound", `Asset with denom: ${msg.denom} does not exist`);
        if (asset.totalTokens > 0n) {
          throw statusError(
            "Internal",
            `Asset cannot be deleted because there are still ${asset.totalTokens} delegations associated with it`,
          );
        }
        keeper.deleteAlliance(ctx, msg.denom);
        return create(MsgDeleteAllianceResponseSchema);
      },
    ),
  };
}
