// MsgCreateValidator and MsgEditValidator (x/staking msg_server.go, commission.go, validator.go Description rules).
import { create } from "@bufbuild/protobuf";
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { toHex } from "@cosmjs/encoding";
import { Dec } from "@persistence-sdk/core";
import { PubKeySchema as Ed25519PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/ed25519";
import {
  BondStatus,
  type CommissionRates,
  CommissionSchema,
  type Description,
  DescriptionSchema,
  type MsgCreateValidator,
  MsgCreateValidatorResponseSchema,
  MsgCreateValidatorSchema,
  type MsgEditValidator,
  MsgEditValidatorResponseSchema,
  MsgEditValidatorSchema,
  type Validator,
  ValidatorSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context, MsgHandler } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { convertBech32, requireBech32 } from "./addresses.js";
import { readCoin } from "./coins.js";
import { delegate } from "./delegation.js";
import { StakingErrors } from "./errors.js";
import { coinsString, StakingEvents } from "./events.js";
import type { StakingDeps } from "./expected-keepers.js";
import { getStakingParams } from "./params.js";
import { nsFromTimestamp, timestampFromNs } from "./validator-set.js";
import {
  consensusAddressOf,
  getValidator,
  getValidatorByConsensusAddress,
  setValidator,
  setValidatorByConsensusAddress,
} from "./validator-store.js";

const DO_NOT_MODIFY = "[do-not-modify]";
type DescriptionField = "moniker" | "identity" | "website" | "securityContact" | "details";
const DESCRIPTION_LIMITS: [DescriptionField, string, number][] = [
  ["moniker", "moniker", 70],
  ["identity", "identity", 3000],
  ["website", "website", 140],
  ["securityContact", "security contact", 140],
  ["details", "details", 280],
];
const NANOS_PER_DAY = 86_400n * 1_000_000_000n;

function isEmptyDescription(description: Description | undefined): boolean {
  return DESCRIPTION_LIMITS.every(([field]) => (description?.[field] ?? "") === "");
}

/** `Description.EnsureLength`. */
function ensureDescriptionLength(description: Description): Description {
  for (const [field, name, max] of DESCRIPTION_LIMITS) {
    const length = new TextEncoder().encode(description[field]).length;
    if (length > max) throw sdkError(18, `invalid ${name} length; got: ${length}, max: ${max}`);
  }
  return description;
}

function decOrZero(text: string): Dec {
  return text === "" ? Dec.ZERO : Dec.fromProto(text);
}

/** `CommissionRates.Validate`. */
function validateCommissionRates(rates: CommissionRates): void {
  const rate = decOrZero(rates.rate);
  const maxRate = decOrZero(rates.maxRate);
  const maxChangeRate = decOrZero(rates.maxChangeRate);
  if (maxRate.isNegative()) throw StakingErrors.commissionNegative();
  if (maxRate.gt(Dec.ONE)) throw StakingErrors.commissionHuge();
  if (rate.isNegative()) throw StakingErrors.commissionNegative();
  if (rate.gt(maxRate)) throw StakingErrors.commissionGTMaxRate();
  if (maxChangeRate.isNegative()) throw StakingErrors.commissionChangeRateNegative();
  if (maxChangeRate.gt(maxRate)) throw StakingErrors.commissionChangeRateGTMaxRate();
}

/** MsgCreateValidator: registers a validator and bonds its self-delegation. */
export function createValidatorHandler(
  deps: StakingDeps,
): MsgHandler<typeof MsgCreateValidatorSchema, typeof MsgCreateValidatorResponseSchema> {
  return {
    request: MsgCreateValidatorSchema,
    response: MsgCreateValidatorResponseSchema,
    signers: (msg: MsgCreateValidator) => [msg.delegatorAddress],
    handle(ctx, msg) {
      const valBytes = requireBech32(msg.validatorAddress, deps.prefixes.validator, "validator");
      const delBytes = requireBech32(msg.delegatorAddress, deps.prefixes.account, "delegator");
      if (toHex(valBytes) !== toHex(delBytes)) {
        throw sdkError(7, "validator address is invalid");
      }
      if (msg.pubkey === undefined) throw StakingErrors.emptyValidatorPubKey();
      const value = readCoin(msg.value);
      if (value === undefined || value.amount <= 0n) throw sdkError(18, "invalid delegation amount");
      if (isEmptyDescription(msg.description)) throw sdkError(18, "empty description");
      const rates = msg.commission;
      if (rates === undefined || (rates.rate === "" && rates.maxRate === "" && rates.maxChangeRate === "")) {
        throw sdkError(18, "empty commission");
      }
      validateCommissionRates(rates);
      const minSelfDelegation = /^[0-9]+$/.test(msg.minSelfDelegation) ? BigInt(msg.minSelfDelegation) : 0n;
      if (minSelfDelegation <= 0n) {
        throw sdkError(18, "minimum self delegation must be a positive integer");
      }
      if (value.amount < minSelfDelegation) throw StakingErrors.selfDelegationBelowMinimum();

      const params = getStakingParams(ctx.store);
      const minRate = Dec.fromProto(params.minCommissionRate);
      if (decOrZero(rates.rate).lt(minRate)) {
        throw StakingErrors.commissionLTMinRate(
          `cannot set validator commission to less than minimum rate of ${minRate.toString()}`,
        );
      }
      if (getValidator(ctx.store, msg.validatorAddress) !== undefined) throw StakingErrors.validatorOwnerExists();
      const pubKey = anyUnpack(msg.pubkey, Ed25519PubKeySchema);
      if (pubKey === undefined) {
        throw StakingErrors.validatorPubKeyTypeNotSupported(`got: ${msg.pubkey.typeUrl}, expected: [ed25519]`);
      }
      if (getValidatorByConsensusAddress(ctx.store, consensusAddressOf(pubKey.key)) !== undefined) {
        throw StakingErrors.validatorPubKeyExists();
      }
      if (value.denom !== params.bondDenom) {
        throw sdkError(18, `invalid coin denomination: got ${value.denom}, expected ${params.bondDenom}`);
      }
      const description = ensureDescriptionLength(msg.description ?? create(DescriptionSchema));

      const validator = create(ValidatorSchema, {
        operatorAddress: msg.validatorAddress,
        consensusPubkey: msg.pubkey,
        jailed: false,
        status: BondStatus.UNBONDED,
        tokens: "0",
        delegatorShares: Dec.ZERO.toProto(),
        description,
        unbondingHeight: 0n,
        unbondingTime: timestampFromNs(0n),
        commission: create(CommissionSchema, { commissionRates: rates, updateTime: timestampFromNs(ctx.time.ns) }),
        minSelfDelegation: minSelfDelegation.toString(),
      });
      setValidator(ctx.store, validator);
      setValidatorByConsensusAddress(ctx.store, validator);
      deps.hooks.afterValidatorCreated(ctx, msg.validatorAddress);

      const selfDelegator = convertBech32(msg.validatorAddress, deps.prefixes.account);
      delegate(deps, ctx, selfDelegator, value.amount, BondStatus.UNBONDED, validator, true);
      ctx.events.emit(StakingEvents.createValidator, {
        validator: msg.validatorAddress,
        amount: coinsString([value]),
      });
      return create(MsgCreateValidatorResponseSchema);
    },
  };
}

/** `UpdateValidatorCommission` with `Commission.ValidateNewRate`: once per 24h, within max rate and max change. */
function updatedCommission(ctx: Context, validator: Validator, newRate: Dec) {
  const commission = validator.commission ?? create(CommissionSchema);
  const rates = commission.commissionRates;
  const rate = decOrZero(rates?.rate ?? "");
  const maxRate = decOrZero(rates?.maxRate ?? "");
  const maxChangeRate = decOrZero(rates?.maxChangeRate ?? "");
  if (ctx.time.ns - nsFromTimestamp(commission.updateTime) < NANOS_PER_DAY) throw StakingErrors.commissionUpdateTime();
  if (newRate.isNegative()) throw StakingErrors.commissionNegative();
  if (newRate.gt(maxRate)) throw StakingErrors.commissionGTMaxRate();
  if (newRate.sub(rate).gt(maxChangeRate)) throw StakingErrors.commissionGTMaxChangeRate();
  const minRate = Dec.fromProto(getStakingParams(ctx.store).minCommissionRate);
  if (newRate.lt(minRate)) {
    throw StakingErrors.commissionLTMinRate(
      `cannot set validator commission to less than minimum rate of ${minRate.toString()}`,
    );
  }
  return {
    ...commission,
    commissionRates: { ...rates!, rate: newRate.toProto() },
    updateTime: timestampFromNs(ctx.time.ns),
  };
}

/** MsgEditValidator: description fields ("[do-not-modify]" keeps one), commission rate, minimum self-delegation. */
export function editValidatorHandler(
  deps: StakingDeps,
): MsgHandler<typeof MsgEditValidatorSchema, typeof MsgEditValidatorResponseSchema> {
  return {
    request: MsgEditValidatorSchema,
    response: MsgEditValidatorResponseSchema,
    signers: (msg: MsgEditValidator) => [convertBech32(msg.validatorAddress, deps.prefixes.account)],
    handle(ctx, msg) {
      requireBech32(msg.validatorAddress, deps.prefixes.validator, "validator");
      if (isEmptyDescription(msg.description)) throw sdkError(18, "empty description");
      const newRate = msg.commissionRate === "" ? undefined : Dec.fromProto(msg.commissionRate);
      if (newRate !== undefined) {
        if (newRate.gt(Dec.ONE) || newRate.isNegative()) {
          throw sdkError(18, "commission rate must be between 0 and 1 (inclusive)");
        }
        const minRate = Dec.fromProto(getStakingParams(ctx.store).minCommissionRate);
        if (newRate.lt(minRate)) {
          throw sdkError(18, `commission rate cannot be less than the min commission rate ${minRate.toString()}`);
        }
      }
      let validator = getValidator(ctx.store, msg.validatorAddress);
      if (validator === undefined) throw StakingErrors.noValidatorFound();

      const update = msg.description!;
      const merged = { ...validator.description! };
      for (const [field] of DESCRIPTION_LIMITS) {
        if (update[field] !== DO_NOT_MODIFY) merged[field] = update[field];
      }
      validator = { ...validator, description: ensureDescriptionLength(merged) };

      if (newRate !== undefined) {
        const commission = updatedCommission(ctx, validator, newRate);
        deps.hooks.beforeValidatorModified(ctx, msg.validatorAddress);
        validator = { ...validator, commission };
      }
      if (msg.minSelfDelegation !== "") {
        const minSelf = BigInt(msg.minSelfDelegation);
        if (minSelf <= BigInt(validator.minSelfDelegation)) throw StakingErrors.minSelfDelegationDecreased();
        if (minSelf > BigInt(validator.tokens)) throw StakingErrors.selfDelegationBelowMinimum();
        validator = { ...validator, minSelfDelegation: minSelf.toString() };
      }
      setValidator(ctx.store, validator);
      ctx.events.emit(StakingEvents.editValidator, {
        commission_rate: decOrZero(validator.commission?.commissionRates?.rate ?? "").toString(),
        min_self_delegation: validator.minSelfDelegation,
      });
      return create(MsgEditValidatorResponseSchema);
    },
  };
}
