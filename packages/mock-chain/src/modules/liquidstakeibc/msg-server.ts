// x/liquidstakeibc's Msg service (pstake-native v2.16 x/liquidstakeibc/keeper/msg_server.go), each handler preceded
// by the message's ValidateBasic (types/msgs.go). Amounts are core's (mint with the c-value and the deposit fee,
// unstake with the reciprocal of the c-value, redeem by dividing by it); the host side is the simulation.
import { create } from "@bufbuild/protobuf";
import {
  Dec,
  liquidStakeIbcAutoCompoundFactor,
  liquidStakeIbcCurrentUnbondingEpoch,
  liquidStakeIbcLsmMintAmounts,
  liquidStakeIbcMintAmounts,
  liquidStakeIbcRedeemAmounts,
  liquidStakeIbcUnstakeAmounts,
} from "@persistence-sdk/core";
import type { Coin as ProtoCoin } from "@persistence-sdk/proto/cosmos/base/v1beta1";
import {
  Deposit_DepositState,
  DepositSchema,
  type HostChain,
  HostChainFlagsSchema,
  HostChainLSParamsSchema,
  HostChainSchema,
  ICAAccount_ChannelState,
  ICAAccountSchema,
  type KVUpdate,
  LSMDeposit_LSMDepositState,
  LSMDepositSchema,
  MsgLiquidStakeLSMResponseSchema,
  MsgLiquidStakeLSMSchema,
  MsgLiquidStakeResponseSchema,
  MsgLiquidStakeSchema,
  MsgLiquidUnstakeResponseSchema,
  MsgLiquidUnstakeSchema,
  MsgRedeemResponseSchema,
  MsgRedeemSchema,
  type MsgRegisterHostChain,
  MsgRegisterHostChainResponseSchema,
  MsgRegisterHostChainSchema,
  MsgUpdateHostChainResponseSchema,
  MsgUpdateHostChainSchema,
  MsgUpdateParamsResponseSchema,
  MsgUpdateParamsSchema,
  type Params,
  RewardParamsSchema,
  Unbonding_UnbondingState,
  UnbondingSchema,
  UserUnbondingSchema,
  type Validator,
  ValidatorSchema,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { msgHandler } from "../../app/handlers.js";
import { ChainError, type Context, type MsgHandler } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { type Coin, denomError } from "../bank/coins.js";
import { withChainErrors } from "../liquidstake/core-errors.js";
import { plainError } from "../liquidstake/errors.js";
import { decodeBech32 } from "../staking/addresses.js";
import { LiquidStakeIbcErrors as Errors, govInvalidSigner } from "./errors.js";
import {
  getConnection,
  getLsmTrace,
  interchainAccountAddress,
  newSimulatedHost,
  setSimulatedHost,
} from "./host-sim.js";
import {
  coinOf,
  DAY_EPOCH,
  DEPOSIT_MODULE_ACCOUNT,
  decOf,
  hostDenomOfMintDenom,
  ibcDenomOf,
  intOf,
  LIQUID_STAKE_IBC_MODULE,
  type LiquidStakeIbcKeeper,
  mintDenomOf,
  UNDELEGATION_MODULE_ACCOUNT,
} from "./keeper.js";
import {
  depositFor,
  getHostChain,
  getLsmDeposit,
  getUnbonding,
  getUserUnbonding,
  setDeposit,
  setHostChain,
  setLsmDeposit,
  setUnbonding,
  setUserUnbonding,
} from "./store.js";

/** types.MaxFee: every fee is a fraction from 0 to 0.5. */
const MAX_FEE = Dec.fromString("0.5");
const IBC_HASH = /^ibc\/[0-9A-Fa-f]{64}$/;

function coinString(coin: Coin): string {
  return `${coin.amount}${coin.denom}`;
}

function requireAccount(keeper: LiquidStakeIbcKeeper, address: string, wrap: (detail: string) => string): void {
  const decoded = decodeBech32(address, keeper.bech32Prefix);
  if (typeof decoded === "string") throw sdkError(7, wrap(decoded));
}

/** A Coin's amount as math.Int (0 when unset). */
function readAmount(coin: ProtoCoin | undefined): bigint {
  const text = coin?.amount ?? "";
  return /^-?[0-9]+$/.test(text) ? BigInt(text) : 0n;
}

/** `!Amount.IsValid() || !Amount.IsPositive()` → ErrInvalidCoins wrapping Coin.String(). */
function requirePositiveCoin(coin: ProtoCoin | undefined): Coin {
  const denom = coin?.denom ?? "";
  const amount = readAmount(coin);
  if (denomError(denom) !== undefined || amount <= 0n) throw sdkError(10, `${amount}${denom}`);
  return { denom, amount };
}

function messageEvent(ctx: Context, sender?: string): void {
  ctx.events.emit(
    "message",
    sender === undefined ? { module: LIQUID_STAKE_IBC_MODULE } : { module: LIQUID_STAKE_IBC_MODULE, sender },
  );
}

function checkAuthority(keeper: LiquidStakeIbcKeeper, ctx: Context, authority: string): Params {
  const params = keeper.params(ctx.store);
  if (authority !== keeper.authority && authority !== params.adminAddress) {
    throw govInvalidSigner("tx signer is not a module authority");
  }
  return params;
}

function parseDec(text: string): Dec | undefined {
  try {
    return Dec.fromString(text, "value");
  } catch {
    return undefined;
  }
}

function checkFee(value: Dec, name: string): void {
  if (value.isNegative() || value.gt(MAX_FEE)) {
    throw sdkError(
      18,
      `${name} fee quantity must be greater or equal than zero and less than equal ${MAX_FEE.toString()}`,
    );
  }
}

/** MsgRegisterHostChain.ValidateBasic. */
function validateRegister(keeper: LiquidStakeIbcKeeper, msg: MsgRegisterHostChain): void {
  requireAccount(keeper, msg.authority, (e) => `invalid authority address ${JSON.stringify(msg.authority)}: ${e}`);
  if (msg.connectionId === "") throw sdkError(18, "connection id cannot be empty");
  if (!msg.connectionId.startsWith("connection")) {
    throw sdkError(18, `invalid connection id: ${msg.connectionId}, must begin with 'connection'`);
  }
  const denom = denomError(msg.hostDenom);
  if (denom !== undefined) throw sdkError(18, `invalid host denom: ${denom}`);
  if (!msg.channelId.startsWith("channel")) {
    throw sdkError(18, `invalid channel id: ${msg.channelId}, must begin with 'channel'`);
  }
  checkFee(decOf(msg.depositFee), "deposit");
  checkFee(decOf(msg.restakeFee), "restake");
  checkFee(decOf(msg.unstakeFee), "unstake");
  checkFee(decOf(msg.redemptionFee), "redemption");
  if (intOf(msg.minimumDeposit) <= 0n) throw sdkError(18, "minimum deposit should be greater than zero");
  if (msg.unbondingFactor <= 0n) throw sdkError(18, "unbonding factor should be greater than zero");
  if (msg.autoCompoundFactor <= 0n) throw sdkError(18, "autocompound factor should be greater than zero");
}

/** The JSON of a Validator as MsgUpdateHostChain's add_validator carries it (Go json tags, decimal Decs). */
function validatorFromJson(value: string): Validator | undefined {
  let json: Record<string, unknown>;
  try {
    json = JSON.parse(value) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  if (typeof json !== "object" || json === null) return undefined;
  const text = (key: string, fallback: string) => (typeof json[key] === "string" ? (json[key] as string) : fallback);
  try {
    return create(ValidatorSchema, {
      operatorAddress: text("operator_address", ""),
      status: text("status", ""),
      weight: Dec.fromString(text("weight", "0")).toProto(),
      delegatedAmount: BigInt(text("delegated_amount", "0")).toString(),
      exchangeRate: Dec.fromString(text("exchange_rate", "1")).toProto(),
      unbondingEpoch: BigInt(typeof json.unbonding_epoch === "number" ? json.unbonding_epoch : 0),
      delegable: json.delegable === true,
    });
  } catch {
    return undefined;
  }
}

/** MsgUpdateHostChain.ValidateBasic for one update: an error, or undefined. */
function validateUpdate(update: KVUpdate): ChainError | undefined {
  const decValue = () => parseDec(update.value);
  const bech32 = (address: string) => {
    const decoded = decodeBech32(address, address.split("1")[0] ?? "");
    return typeof decoded === "string" ? plainError(decoded) : undefined;
  };
  switch (update.key) {
    case "add_validator": {
      const validator = validatorFromJson(update.value);
      if (validator === undefined) return plainError("unable to unmarshal validator update string");
      return bech32(validator.operatorAddress);
    }
    case "remove_validator":
    case "validator_update":
    case "force_update_validator":
      return bech32(update.value);
    case "validator_weight": {
      const [validator, weight] = update.value.split(",", 2);
      if (weight === undefined) return plainError("unable to parse validator update string");
      const invalid = bech32(validator ?? "");
      if (invalid !== undefined) return invalid;
      const parsed = parseDec(weight);
      if (parsed === undefined) return plainError(`failed to set decimal string: ${weight}`);
      if (parsed.gt(Dec.ONE) || parsed.isNegative()) return plainError("weight should be, 0 <= weight <= 1");
      return undefined;
    }
    case "deposit_fee":
    case "restake_fee":
    case "redemption_fee":
    case "unstake_fee": {
      const fee = decValue();
      if (fee === undefined) return plainError("unable to parse string to sdk.Dec");
      if (fee.isNegative() || fee.gt(MAX_FEE)) {
        const name = update.key.replace("_fee", "");
        return sdkError(18, `invalid ${name} fee value should be 0 <= fee <= ${MAX_FEE.toString()}`);
      }
      return undefined;
    }
    case "lsm_validator_cap": {
      const cap = decValue();
      if (cap === undefined) return plainError("unable to parse string to sdk.Dec");
      if (cap.isNegative() || cap.gt(Dec.ONE))
        return sdkError(18, "invalid validator cap value should be 0 <= cap <= 1");
      return undefined;
    }
    case "lsm_bond_factor": {
      const factor = decValue();
      if (factor === undefined) return plainError("unable to parse string to sdk.Dec");
      if (factor.isNegative() && !factor.equals(Dec.fromInt(-1n))) {
        return sdkError(18, "invalid validator bond factor value should be bond_factor == -1 || bond_factor >= 0");
      }
      return undefined;
    }
    case "max_entries":
      if (!/^[0-9]+$/.test(update.value))
        return plainError(`strconv.ParseUint: parsing "${update.value}": invalid syntax`);
      if (BigInt(update.value) === 0n) {
        return plainError(`max entries undelegation/redelegation cannot be zero or lesser, found ${update.value}`);
      }
      return undefined;
    case "upper_c_value_limit":
    case "lower_c_value_limit": {
      const limit = decValue();
      if (limit === undefined) return plainError("unable to parse string to sdk.Dec");
      if (limit.isNegative()) return sdkError(18, "invalid c_value upper limit value");
      return undefined;
    }
    case "redelegation_acceptable_delta":
      if (!/^-?[0-9]+$/.test(update.value)) {
        return plainError(`unable to parse redeleagtion acceptable delta string ${update.value} to sdk.Int`);
      }
      if (BigInt(update.value) <= 0n) {
        return plainError(
          `acceptable skew in validator delegations cannot be less that equal to zero, found ${update.value}`,
        );
      }
      return undefined;
    case "min_deposit":
      if (!/^-?[0-9]+$/.test(update.value)) return sdkError(18, "");
      if (BigInt(update.value) <= 0n) return plainError("invalid minimum deposit value less or equal than zero");
      return undefined;
    case "active":
      return ["true", "false", "1", "0", "t", "f", "TRUE", "FALSE", "True", "False", "T", "F"].includes(update.value)
        ? undefined
        : plainError("unable to parse string to bool");
    case "set_withdraw_address":
      return update.value === "" ? undefined : plainError("expected value for key:SetWithdrawAddress is empty");
    case "autocompound_factor": {
      const factor = decValue();
      if (factor === undefined) return plainError("unable to parse string to sdk.Dec");
      if (!factor.isPositive()) return plainError("invalid autocompound factor value less or equal than zero");
      return undefined;
    }
    case "flags":
      try {
        JSON.parse(update.value);
        return undefined;
      } catch {
        return plainError("unable to unmarshal flags update string");
      }
    case "reward_params": {
      let params: { denom?: unknown };
      try {
        params = JSON.parse(update.value) as { denom?: unknown };
      } catch {
        return plainError("unable to unmarshal reward params update string");
      }
      const denom = denomError(typeof params.denom === "string" ? params.denom : "");
      return denom === undefined ? undefined : plainError(`invalid rewards denom: ${denom}`);
    }
    case "force_transfer_deposits":
      return update.value === "" ? undefined : plainError('invalid force transfer deposits, expected "" ');
    case "force_unbond":
    case "force_ica_transfer":
    case "force_ica_transfer_rewards":
      return undefined;
    default:
      return plainError(`invalid or unexpected update key: ${update.key}`);
  }
}

const BOOLS: Readonly<Record<string, boolean>> = {
  "1": true,
  t: true,
  T: true,
  TRUE: true,
  true: true,
  True: true,
  "0": false,
  f: false,
  F: false,
  FALSE: false,
  false: false,
  False: false,
};

/** Applies one KV update to `hc` (UpdateHostChain's switch); returns the updated chain. */
function applyUpdate(keeper: LiquidStakeIbcKeeper, ctx: Context, hc: HostChain, update: KVUpdate): HostChain {
  const params = hc.params ?? create(HostChainLSParamsSchema);
  const withParams = (changes: Partial<typeof params>) => ({ ...hc, params: { ...params, ...changes } });
  const dec = () => Dec.fromString(update.value).toProto();
  switch (update.key) {
    case "add_validator": {
      const validator = validatorFromJson(update.value)!;
      if (hc.validators.some((v) => v.operatorAddress === validator.operatorAddress)) {
        throw plainError(`validator ${validator.operatorAddress} already registered on ${hc.chainId}`);
      }
      return { ...hc, validators: [...hc.validators, validator] };
    }
    case "remove_validator": {
      const index = hc.validators.findIndex((v) => v.operatorAddress === update.value);
      if (index === -1) throw Errors.validatorNotFound();
      const validator = hc.validators[index]!;
      if (intOf(validator.delegatedAmount) > 0n || decOf(validator.weight).isPositive()) {
        throw plainError(
          `validator ${validator.operatorAddress} can't be removed, it either has weight or staked tokens`,
        );
      }
      return { ...hc, validators: hc.validators.filter((_, i) => i !== index) };
    }
    case "validator_update":
    case "force_update_validator":
      // An interchain query of the validator; the simulated host has nothing newer to report.
      if (!hc.validators.some((v) => v.operatorAddress === update.value)) throw Errors.validatorNotFound();
      return hc;
    case "validator_weight": {
      const [operator, weight] = update.value.split(",", 2) as [string, string];
      const validator = hc.validators.find((v) => v.operatorAddress === operator);
      if (validator === undefined) {
        throw plainError(`invalid validator weight update values: validator ${operator} not found`);
      }
      const next = Dec.fromString(weight);
      ctx.events.emit("validator_weight_update", {
        chain_id: hc.chainId,
        validator_address: operator,
        validator_old_weight: decOf(validator.weight).toString(),
        validator_new_weight: next.toString(),
      });
      return {
        ...hc,
        validators: hc.validators.map((v) => (v.operatorAddress === operator ? { ...v, weight: next.toProto() } : v)),
      };
    }
    case "deposit_fee":
      return withParams({ depositFee: dec() });
    case "restake_fee":
      return withParams({ restakeFee: dec() });
    case "redemption_fee":
      return withParams({ redemptionFee: dec() });
    case "unstake_fee":
      return withParams({ unstakeFee: dec() });
    case "lsm_validator_cap":
      return withParams({ lsmValidatorCap: dec() });
    case "lsm_bond_factor":
      return withParams({ lsmBondFactor: dec() });
    case "max_entries":
      return withParams({ maxEntries: Number(update.value) });
    case "upper_c_value_limit": {
      const limit = Dec.fromString(update.value);
      if (limit.lte(decOf(params.lowerCValueLimit))) {
        throw plainError("upper c value limit can't be less than lower c value limit: %!w(<nil>)");
      }
      return withParams({ upperCValueLimit: limit.toProto() });
    }
    case "lower_c_value_limit": {
      const limit = Dec.fromString(update.value);
      if (limit.gte(decOf(params.upperCValueLimit))) {
        throw plainError("lower c value limit can't be higher than upper c value limit: %!w(<nil>)");
      }
      return withParams({ lowerCValueLimit: limit.toProto() });
    }
    case "redelegation_acceptable_delta":
      return withParams({ redelegationAcceptableDelta: BigInt(update.value).toString() });
    case "min_deposit":
      return { ...hc, minimumDeposit: BigInt(update.value).toString() };
    case "active":
      return { ...hc, active: BOOLS[update.value] ?? false };
    case "set_withdraw_address":
      // MsgSetWithdrawAddress over ICA: the simulated host already sends rewards to the rewards account.
      return hc;
    case "autocompound_factor":
      return { ...hc, autoCompoundFactor: liquidStakeIbcAutoCompoundFactor(Dec.fromString(update.value)).toProto() };
    case "flags": {
      const flags = JSON.parse(update.value) as { lsm?: unknown };
      return { ...hc, flags: create(HostChainFlagsSchema, { lsm: flags.lsm === true }) };
    }
    case "reward_params": {
      const reward = JSON.parse(update.value) as { denom?: string; destination?: string };
      return {
        ...hc,
        rewardParams: create(RewardParamsSchema, { denom: reward.denom ?? "", destination: reward.destination ?? "" }),
      };
    }
    case "force_transfer_deposits": {
      const denom = ibcDenomOf(hc);
      const amount = keeper.bank.getBalance(ctx, keeper.moduleAddress(DEPOSIT_MODULE_ACCOUNT), denom);
      if (amount > 0n) {
        keeper.bank.sendCoinsFromModuleToModule(ctx, DEPOSIT_MODULE_ACCOUNT, UNDELEGATION_MODULE_ACCOUNT, [
          { denom, amount },
        ]);
      }
      return hc;
    }
    case "force_unbond":
    case "force_ica_transfer":
    case "force_ica_transfer_rewards":
      throw plainError(`${update.key} is not simulated by the mock chain's host chains`);
    default:
      throw plainError(`invalid or unexpected update key: ${update.key}`);
  }
}

/** The Msg handlers of x/liquidstakeibc, keyed by type URL. */
export function liquidStakeIbcMsgHandlers(keeper: LiquidStakeIbcKeeper): Record<string, MsgHandler> {
  return {
    "/pstake.liquidstakeibc.v1beta1.MsgRegisterHostChain": msgHandler(
      MsgRegisterHostChainSchema,
      MsgRegisterHostChainResponseSchema,
      (ctx, msg) => {
        validateRegister(keeper, msg);
        checkAuthority(keeper, ctx, msg.authority);
        const connection = getConnection(ctx.store, msg.connectionId);
        if (connection === undefined) {
          const id = msg.connectionId;
          throw plainError(
            `chain id not found for connection "${id}": "client state not found for connection "${id}": "invalid connection id, "${id}" not found""`,
          );
        }
        const chainId = connection.chainId;
        if (getHostChain(ctx.store, chainId) !== undefined) {
          throw plainError(`host chain with id "${chainId}" already exists`);
        }
        if (keeper.hostChainByHostDenom(ctx.store, msg.hostDenom) !== undefined) {
          throw plainError(`host chain with host denom "${msg.hostDenom}" already exists`);
        }
        // The interchain accounts open at once on the simulated connection.
        const account = (owner: string) =>
          create(ICAAccountSchema, {
            address: interchainAccountAddress(connection, owner),
            balance: { denom: msg.hostDenom, amount: "0" },
            owner,
            channelState: ICAAccount_ChannelState.ICA_CHANNEL_CREATED,
          });
        const hc = create(HostChainSchema, {
          chainId,
          connectionId: msg.connectionId,
          channelId: msg.channelId,
          portId: msg.portId,
          params: create(HostChainLSParamsSchema, {
            depositFee: decOf(msg.depositFee).toProto(),
            restakeFee: decOf(msg.restakeFee).toProto(),
            unstakeFee: decOf(msg.unstakeFee).toProto(),
            redemptionFee: decOf(msg.redemptionFee).toProto(),
            lsmValidatorCap: Dec.ZERO.toProto(),
            lsmBondFactor: Dec.fromInt(-1n).toProto(),
            maxEntries: 0,
            redelegationAcceptableDelta: "0",
            upperCValueLimit: Dec.fromString("1.01").toProto(),
            lowerCValueLimit: Dec.fromString("0.99").toProto(),
          }),
          hostDenom: msg.hostDenom,
          minimumDeposit: intOf(msg.minimumDeposit).toString(),
          cValue: Dec.ONE.toProto(),
          lastCValue: Dec.ZERO.toProto(),
          unbondingFactor: msg.unbondingFactor,
          active: false,
          delegationAccount: account(`${chainId}.delegate`),
          rewardsAccount: account(`${chainId}.rewards`),
          validators: [],
          autoCompoundFactor: liquidStakeIbcAutoCompoundFactor(msg.autoCompoundFactor).toProto(),
          flags: create(HostChainFlagsSchema, { lsm: false }),
        });
        setHostChain(ctx.store, hc);
        setSimulatedHost(ctx.store, newSimulatedHost(chainId, ctx.time.ns));
        setDeposit(
          ctx.store,
          create(DepositSchema, {
            chainId,
            amount: { denom: ibcDenomOf(hc), amount: "0" },
            epoch: keeper.currentEpoch(ctx.store, DAY_EPOCH),
            state: Deposit_DepositState.DEPOSIT_PENDING,
            ibcSequenceId: "",
          }),
        );
        return create(MsgRegisterHostChainResponseSchema);
      },
    ),

    "/pstake.liquidstakeibc.v1beta1.MsgUpdateHostChain": msgHandler(
      MsgUpdateHostChainSchema,
      MsgUpdateHostChainResponseSchema,
      (ctx, msg) => {
        requireAccount(
          keeper,
          msg.authority,
          (e) => `invalid authority address ${JSON.stringify(msg.authority)}: ${e}`,
        );
        for (const update of msg.updates) {
          const invalid = validateUpdate(update);
          if (invalid !== undefined) throw invalid;
        }
        checkAuthority(keeper, ctx, msg.authority);
        let hc = getHostChain(ctx.store, msg.chainId);
        if (hc === undefined) {
          throw plainError(`invalid chain id "${msg.chainId}", host chain is not registered`);
        }
        for (const update of msg.updates) {
          hc = applyUpdate(keeper, ctx, hc, update);
          setHostChain(ctx.store, hc);
        }
        return create(MsgUpdateHostChainResponseSchema);
      },
    ),

    "/pstake.liquidstakeibc.v1beta1.MsgLiquidStake": msgHandler(
      MsgLiquidStakeSchema,
      MsgLiquidStakeResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.delegatorAddress, () => msg.delegatorAddress);
        const amount = requirePositiveCoin(msg.amount);
        if (amount.denom.startsWith("ibc/") && !IBC_HASH.test(amount.denom)) {
          throw plainError(
            `invalid denom trace hash ${amount.denom.slice(4)}: invalid denomination for cross-chain transfer`,
          );
        }

        const hc = keeper.hostChainByIbcDenom(ctx.store, amount.denom);
        if (hc === undefined) throw Errors.invalidHostChain(`host chain with ibc denom ${amount.denom} not registered`);
        if (!hc.active) throw Errors.hostChainInactive();
        const minimum = intOf(hc.minimumDeposit);
        if (amount.amount < minimum) {
          throw Errors.minDeposit(`expected amount more than ${minimum}, got ${amount.amount}`);
        }
        const { mintAmount, fee, received } = withChainErrors(
          () =>
            liquidStakeIbcMintAmounts({
              amount: amount.amount,
              cValue: decOf(hc.cValue),
              depositFee: decOf(hc.params?.depositFee),
              minimumDeposit: minimum,
            }),
          {
            AMOUNT_BELOW_MINIMUM: () => Errors.minDeposit(`expected amount more than ${minimum}, got ${amount.amount}`),
          },
        );
        try {
          keeper.bank.sendCoinsFromAccountToModule(ctx, msg.delegatorAddress, DEPOSIT_MODULE_ACCOUNT, [amount]);
        } catch (error) {
          throw Errors.failedDeposit(
            `failed to deposit tokens to module account ${DEPOSIT_MODULE_ACCOUNT}: ${(error as Error).message}`,
          );
        }
        const epoch = keeper.currentEpoch(ctx.store, DAY_EPOCH);
        const deposit = depositFor(ctx.store, hc.chainId, epoch);
        if (deposit === undefined) {
          throw Errors.depositNotFound(`deposit not found for chain ${hc.chainId} and epoch ${epoch}`);
        }
        setDeposit(ctx.store, {
          ...deposit,
          amount: coinOf(ibcDenomOf(hc), intOf(deposit.amount?.amount) + amount.amount),
        });
        mintAndPay(keeper, ctx, hc, msg.delegatorAddress, mintAmount, fee, received);

        ctx.events.emit("liquid_stake", {
          chain_id: hc.chainId,
          address: msg.delegatorAddress,
          input_amount: coinString({ denom: hc.hostDenom, amount: amount.amount }),
          output_amount: coinString({ denom: mintDenomOf(hc), amount: received }),
          pstake_deposit_fee: coinString({ denom: mintDenomOf(hc), amount: fee }),
        });
        messageEvent(ctx, msg.delegatorAddress);
        return create(MsgLiquidStakeResponseSchema);
      },
    ),

    "/pstake.liquidstakeibc.v1beta1.MsgLiquidStakeLSM": msgHandler(
      MsgLiquidStakeLSMSchema,
      MsgLiquidStakeLSMResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.delegatorAddress, () => msg.delegatorAddress);
        const delegations = msg.delegations.map((coin) => ({ denom: coin.denom, amount: readAmount(coin) }));
        const shown = delegations.map(coinString).join(",");
        if (delegations.some((d) => denomError(d.denom) !== undefined) || delegations.length === 0) {
          throw sdkError(10, shown);
        }
        if (delegations.some((d) => d.amount <= 0n)) throw sdkError(10, shown);
        // ValidateIBCDenom: an "ibc/" denom needs a valid hash; other denoms pass here and fail below as not LSM.
        for (const d of delegations) {
          if (d.denom.startsWith("ibc/") && !IBC_HASH.test(d.denom)) throw sdkError(10, d.amount.toString());
        }

        for (const delegation of delegations) {
          const trace = getLsmTrace(ctx.store, delegation.denom);
          if (trace === undefined) {
            throw Errors.invalidLsmDenom(`IBC denom ${delegation.denom} doesn't belong to a LSM token`);
          }
          const channelId = trace.path.startsWith("transfer/") ? trace.path.slice("transfer/".length) : trace.path;
          const hc = keeper.hostChainByChannel(ctx.store, channelId);
          if (hc === undefined) {
            throw new ChainError("sdk", 22, "key not found", `host chain with channel id ${channelId} not registered`);
          }
          if (!hc.active) throw Errors.hostChainInactive();
          if (hc.flags?.lsm !== true) throw Errors.lsmNotEnabled();
          const operator = trace.baseDenom.split("/")[0] ?? "";
          const validator = hc.validators.find((v) => v.operatorAddress === operator);
          if (validator === undefined) {
            throw new ChainError(
              "sdk",
              22,
              "key not found",
              `validator ${operator} is not part of the module active set for chain ${hc.chainId}`,
            );
          }
          if (validator.status !== "BOND_STATUS_BONDED") {
            throw Errors.lsmValidatorInvalidState(
              `validator ${operator} is not in the bonded state, it is in ${validator.status}`,
            );
          }
          if (decOf(validator.weight).isZero()) {
            throw Errors.validatorNotFound(
              `validator ${operator} is not in the validator set, weight is ${decOf(validator.weight)}`,
            );
          }
          if (keeper.bank.getBalance(ctx, msg.delegatorAddress, delegation.denom) < delegation.amount) {
            throw sdkError(5, "not enough tokenized delegation funds");
          }
          const minimum = intOf(hc.minimumDeposit);
          const amounts = withChainErrors(
            () =>
              liquidStakeIbcLsmMintAmounts({
                lsmTokens: delegation.amount,
                exchangeRate: decOf(validator.exchangeRate),
                cValue: decOf(hc.cValue),
                depositFee: decOf(hc.params?.depositFee),
                minimumDeposit: minimum,
              }),
            {
              AMOUNT_BELOW_MINIMUM: () =>
                Errors.minDeposit(
                  `expected amount for delegation ${delegation.denom} more than ${minimum}, got ${delegation.amount}`,
                ),
            },
          );
          if (getLsmDeposit(ctx.store, hc.chainId, msg.delegatorAddress, trace.baseDenom) !== undefined) {
            throw Errors.lsmDepositProcessing(
              `already processing LSM deposit for token ${trace.baseDenom} and delegator ${msg.delegatorAddress}`,
            );
          }
          setLsmDeposit(
            ctx.store,
            create(LSMDepositSchema, {
              chainId: hc.chainId,
              amount: amounts.depositAmount.toString(),
              shares: Dec.fromInt(delegation.amount).toProto(),
              denom: trace.baseDenom,
              ibcDenom: delegation.denom,
              delegatorAddress: msg.delegatorAddress,
              state: LSMDeposit_LSMDepositState.DEPOSIT_PENDING,
              ibcSequenceId: "",
            }),
          );
          if (amounts.mintAmount > 0n) {
            try {
              keeper.bank.mintCoins(ctx, LIQUID_STAKE_IBC_MODULE, [
                { denom: mintDenomOf(hc), amount: amounts.mintAmount },
              ]);
            } catch (error) {
              throw Errors.mintFailed(
                `failed to mint coins in module ${LIQUID_STAKE_IBC_MODULE}: ${(error as Error).message}`,
              );
            }
          }
          try {
            keeper.bank.sendCoinsFromAccountToModule(ctx, msg.delegatorAddress, DEPOSIT_MODULE_ACCOUNT, [delegation]);
          } catch (error) {
            throw Errors.failedDeposit(
              `failed to deposit tokens to module account ${DEPOSIT_MODULE_ACCOUNT}: ${(error as Error).message}`,
            );
          }
          payMinted(keeper, ctx, hc, msg.delegatorAddress, amounts.fee, amounts.received);
          ctx.events.emit("liquid_stake_lsm", {
            chain_id: hc.chainId,
            address: msg.delegatorAddress,
            input_amount: coinString({ denom: hc.hostDenom, amount: amounts.depositAmount }),
            output_amount: coinString({ denom: mintDenomOf(hc), amount: amounts.received }),
            pstake_deposit_fee: coinString({ denom: mintDenomOf(hc), amount: amounts.fee }),
          });
          messageEvent(ctx, msg.delegatorAddress);
        }
        return create(MsgLiquidStakeLSMResponseSchema);
      },
    ),

    "/pstake.liquidstakeibc.v1beta1.MsgLiquidUnstake": msgHandler(
      MsgLiquidUnstakeSchema,
      MsgLiquidUnstakeResponseSchema,
      (ctx, msg) => {
        requireAccount(keeper, msg.delegatorAddress, () => msg.delegatorAddress);
        const amount = requirePositiveCoin(msg.amount);

        const hostDenom = hostDenomOfMintDenom(amount.denom);
        if (hostDenom === undefined) {
          throw Errors.invalidHostChain(`could not parse chain host denom from ${amount.denom}`);
        }
        const hc = keeper.hostChainByHostDenom(ctx.store, hostDenom);
        if (hc === undefined) throw Errors.invalidHostChain(`host chain with host denom ${hostDenom} not registered`);
        if (!hc.active) throw Errors.hostChainInactive();
        const minimum = intOf(hc.minimumDeposit);
        const belowMinimum = () => Errors.minDeposit(`expected amount more than ${minimum}, got ${amount.amount}`);
        if (amount.amount < minimum) throw belowMinimum();
        if (amount.denom !== mintDenomOf(hc)) {
          throw Errors.invalidDenom(`expected ${mintDenomOf(hc)}, got ${amount.denom}`);
        }
        const cValue = decOf(hc.cValue);
        const unstakeFee = decOf(hc.params?.unstakeFee);
        const { fee, unstakeAmount, unbondAmount } = withChainErrors(
          () => liquidStakeIbcUnstakeAmounts({ amount: amount.amount, cValue, unstakeFee, minimumDeposit: minimum }),
          { AMOUNT_BELOW_MINIMUM: belowMinimum },
        );

        keeper.bank.sendCoinsFromAccountToModule(ctx, msg.delegatorAddress, UNDELEGATION_MODULE_ACCOUNT, [amount]);
        if (fee > 0n) {
          keeper.bank.sendCoinsFromModuleToAccount(
            ctx,
            UNDELEGATION_MODULE_ACCOUNT,
            keeper.params(ctx.store).feeAddress,
            [{ denom: amount.denom, amount: fee }],
          );
        }

        const epoch = liquidStakeIbcCurrentUnbondingEpoch(
          hc.unbondingFactor,
          keeper.currentEpoch(ctx.store, DAY_EPOCH),
        );
        const queued = getUnbonding(ctx.store, hc.chainId, epoch);
        const stkCoin = (value: bigint) => ({ denom: mintDenomOf(hc), amount: value.toString() });
        const hostCoin = (value: bigint) => ({ denom: hc.hostDenom, amount: value.toString() });
        const user = getUserUnbonding(ctx.store, hc.chainId, msg.delegatorAddress, epoch);
        setUserUnbonding(
          ctx.store,
          create(UserUnbondingSchema, {
            chainId: hc.chainId,
            epochNumber: epoch,
            address: msg.delegatorAddress,
            stkAmount: stkCoin(intOf(user?.stkAmount?.amount) + unstakeAmount),
            unbondAmount: hostCoin(intOf(user?.unbondAmount?.amount) + unbondAmount),
          }),
        );
        const epochUnbond = intOf(queued?.unbondAmount?.amount);
        setUnbonding(
          ctx.store,
          create(UnbondingSchema, {
            chainId: hc.chainId,
            epochNumber: epoch,
            matureTime: queued?.matureTime ?? { seconds: -62_135_596_800n, nanos: 0 },
            burnAmount: stkCoin(intOf(queued?.burnAmount?.amount) + unstakeAmount),
            unbondAmount: hostCoin(epochUnbond + unbondAmount),
            ibcSequenceId: queued?.ibcSequenceId ?? "",
            state: queued?.state ?? Unbonding_UnbondingState.UNBONDING_PENDING,
          }),
        );
        const totalDelegations = keeper.totalDelegations(hc);
        withChainErrors(
          () =>
            liquidStakeIbcUnstakeAmounts({
              amount: amount.amount,
              cValue,
              unstakeFee,
              minimumDeposit: minimum,
              totalDelegations,
              epochUnbondAmount: epochUnbond,
            }),
          {
            INSUFFICIENT_LIQUIDITY: () =>
              Errors.notEnoughDelegations(
                `delegated amount ${totalDelegations} is less than the total undelegation ${epochUnbond + unbondAmount}${hc.hostDenom} for epoch ${epoch}`,
              ),
          },
        );

        ctx.events.emit("liquid_unstake", {
          chain_id: hc.chainId,
          address: msg.delegatorAddress,
          input_amount: coinString({ denom: mintDenomOf(hc), amount: amount.amount }),
          output_amount: coinString({ denom: hc.hostDenom, amount: unbondAmount }),
          pstake_unstake_fee: coinString({ denom: mintDenomOf(hc), amount: fee }),
          undelegation_epoch: epoch.toString(),
        });
        messageEvent(ctx, msg.delegatorAddress);
        return create(MsgLiquidUnstakeResponseSchema);
      },
    ),

    "/pstake.liquidstakeibc.v1beta1.MsgRedeem": msgHandler(MsgRedeemSchema, MsgRedeemResponseSchema, (ctx, msg) => {
      requireAccount(keeper, msg.delegatorAddress, () => msg.delegatorAddress);
      const amount = requirePositiveCoin(msg.amount);

      const hostDenom = hostDenomOfMintDenom(amount.denom);
      if (hostDenom === undefined)
        throw Errors.invalidHostChain(`could not parse chain host denom from ${amount.denom}`);
      const hc = keeper.hostChainByHostDenom(ctx.store, hostDenom);
      if (hc === undefined) throw Errors.invalidHostChain(`host chain with host denom ${hostDenom} not registered`);
      if (!hc.active) throw Errors.hostChainInactive();
      if (amount.denom !== mintDenomOf(hc))
        throw Errors.invalidDenom(`expected ${mintDenomOf(hc)}, got ${amount.denom}`);

      try {
        keeper.bank.sendCoinsFromAccountToModule(ctx, msg.delegatorAddress, LIQUID_STAKE_IBC_MODULE, [amount]);
      } catch (error) {
        throw Errors.mintFailed(
          `failed to send instant redeemed coins from account ${msg.delegatorAddress} to module ${LIQUID_STAKE_IBC_MODULE}: ${(error as Error).message}`,
        );
      }
      const { fee, burnAmount, redeemAmount } = liquidStakeIbcRedeemAmounts({
        amount: amount.amount,
        cValue: decOf(hc.cValue),
        redemptionFee: decOf(hc.params?.redemptionFee),
      });
      const feeAddress = keeper.params(ctx.store).feeAddress;
      if (fee > 0n) {
        try {
          keeper.bank.sendCoinsFromModuleToAccount(ctx, LIQUID_STAKE_IBC_MODULE, feeAddress, [
            { denom: amount.denom, amount: fee },
          ]);
        } catch (error) {
          throw Errors.failedDeposit(
            `failed to send instant redemption fee to module fee address ${feeAddress}: ${(error as Error).message}`,
          );
        }
      }
      if (keeper.adjustDepositsForRedemption(ctx, hc, redeemAmount) !== undefined) {
        throw Errors.redeemFailed("could not adjust current deposits for redemption");
      }
      if (redeemAmount > 0n) {
        try {
          keeper.bank.sendCoinsFromModuleToAccount(ctx, DEPOSIT_MODULE_ACCOUNT, msg.delegatorAddress, [
            { denom: ibcDenomOf(hc), amount: redeemAmount },
          ]);
        } catch (error) {
          throw Errors.redeemFailed(
            `failed to send instant redeemed coins from module ${DEPOSIT_MODULE_ACCOUNT} to account ${msg.delegatorAddress}: ${(error as Error).message}`,
          );
        }
      }
      if (burnAmount > 0n) {
        keeper.bank.burnCoins(ctx, LIQUID_STAKE_IBC_MODULE, [{ denom: amount.denom, amount: burnAmount }]);
      }
      ctx.events.emit("redeem", {
        chain_id: hc.chainId,
        address: msg.delegatorAddress,
        input_amount: coinString({ denom: mintDenomOf(hc), amount: amount.amount }),
        output_amount: coinString({ denom: hc.hostDenom, amount: redeemAmount }),
        pstake_redeem_fee: coinString({ denom: mintDenomOf(hc), amount: fee }),
      });
      messageEvent(ctx, msg.delegatorAddress);
      return create(MsgRedeemResponseSchema);
    }),

    "/pstake.liquidstakeibc.v1beta1.MsgUpdateParams": msgHandler(
      MsgUpdateParamsSchema,
      MsgUpdateParamsResponseSchema,
      (ctx, msg) => {
        requireAccount(
          keeper,
          msg.authority,
          (e) => `invalid authority address ${JSON.stringify(msg.authority)}: ${e}`,
        );
        const params = msg.params;
        for (const [name, address] of [
          ["admin", params?.adminAddress ?? ""],
          ["fee", params?.feeAddress ?? ""],
        ] as const) {
          const decoded = decodeBech32(address, keeper.bech32Prefix);
          if (typeof decoded === "string") throw plainError(`invalid ${name} address: ${decoded}`);
        }
        checkAuthority(keeper, ctx, msg.authority);
        keeper.setParams(ctx.store, params!);
        ctx.events.emit("message", { module: LIQUID_STAKE_IBC_MODULE });
        ctx.events.emit("update_params", {
          authority: msg.authority,
          updated_params: `admin_address:${JSON.stringify(params!.adminAddress)} fee_address:${JSON.stringify(params!.feeAddress)} `,
        });
        return create(MsgUpdateParamsResponseSchema);
      },
    ),
  };
}

/** Mints `mintAmount` stk to the module, then pays the staker and the fee address (LiquidStake's tail). */
function mintAndPay(
  keeper: LiquidStakeIbcKeeper,
  ctx: Context,
  hc: HostChain,
  staker: string,
  mintAmount: bigint,
  fee: bigint,
  received: bigint,
): void {
  if (mintAmount > 0n) {
    try {
      keeper.bank.mintCoins(ctx, LIQUID_STAKE_IBC_MODULE, [{ denom: mintDenomOf(hc), amount: mintAmount }]);
    } catch (error) {
      throw Errors.mintFailed(`failed to mint coins in module ${LIQUID_STAKE_IBC_MODULE}: ${(error as Error).message}`);
    }
  }
  payMinted(keeper, ctx, hc, staker, fee, received);
}

/** Sends the minted stk: `received` to the staker, `fee` to params.fee_address. */
function payMinted(
  keeper: LiquidStakeIbcKeeper,
  ctx: Context,
  hc: HostChain,
  staker: string,
  fee: bigint,
  received: bigint,
): void {
  const denom = mintDenomOf(hc);
  if (received > 0n) {
    try {
      keeper.bank.sendCoinsFromModuleToAccount(ctx, LIQUID_STAKE_IBC_MODULE, staker, [{ denom, amount: received }]);
    } catch (error) {
      throw Errors.mintFailed(
        `failed to send coins from module ${LIQUID_STAKE_IBC_MODULE} to account ${staker}: ${(error as Error).message}`,
      );
    }
  }
  if (fee > 0n) {
    const feeAddress = keeper.params(ctx.store).feeAddress;
    try {
      keeper.bank.sendCoinsFromModuleToAccount(ctx, LIQUID_STAKE_IBC_MODULE, feeAddress, [{ denom, amount: fee }]);
    } catch (error) {
      throw Errors.failedDeposit(
        `failed to send protocol fee to pStake fee address ${feeAddress}: ${(error as Error).message}`,
      );
    }
  }
}
