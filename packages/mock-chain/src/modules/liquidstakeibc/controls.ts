// Control operations of x/liquidstakeibc (`ChainControl.invoke("liquidstakeibc/<op>", params)`, the `mock_invoke`
// JSON-RPC method): steer the simulated host chains and the epochs. They run in a block and commit like a tx.
//
//   setHostApr      { chainId, apr }                  the host's yearly reward rate ("0.15")
//   slashHost       { chainId, fraction, validator? } burns a fraction of the module's host delegations (one
//                                                     validator or all); the c-value is updated at once, so it
//                                                     rises (fewer ATOM behind each stkATOM) and a slash beyond
//                                                     the limits switches the chain off
//   setCValue       { chainId, cValue }               devnet UI helper: moves stkATOM's rate by growing or shrinking
//                                                     the host delegations (as instant rewards or a slash would),
//                                                     then re-centres the c-value limits and keeps the chain active
//   advanceEpoch    { identifier?: "day" | "hour" }   ends the current epoch now and runs its hooks (default day)
//   openConnection  { connectionId, chainId, accountPrefix? }   a simulated IBC connection for MsgRegisterHostChain
//   mintLsmShares   { address, chainId, validator, shares }     the user tokenized a host delegation (LSM) and sent
//                                                     the shares over IBC: mints the share voucher and records its
//                                                     trace; returns the ibc/… denom for MsgLiquidStakeLSM
//   hostState       { chainId }                       the host chain and its simulation, JSON
import { Dec, ibcDenom, liquidStakeIbcCValue, liquidStakeIbcCValueLimits } from "@persistence-sdk/core";
import type { Context } from "../../app/module.js";
import { getSimulatedHost, nextLsmRecord, setConnection, setLsmTrace, setSimulatedHost } from "./host-sim.js";
import {
  DAY_EPOCH,
  decOf,
  HOUR_EPOCH,
  intOf,
  type LiquidStakeIbcKeeper,
  splitByDelegations,
  TRANSFER_MODULE_ACCOUNT,
} from "./keeper.js";
import { getHostChain, setHostChain } from "./store.js";

function record(params: unknown, operation: string): Record<string, unknown> {
  if (typeof params !== "object" || params === null) {
    throw new TypeError(`liquidstakeibc/${operation} expects an object of parameters`);
  }
  return params as Record<string, unknown>;
}

function str(input: Record<string, unknown>, key: string, operation: string): string {
  const value = input[key];
  if (typeof value !== "string" || value === "") {
    throw new TypeError(`liquidstakeibc/${operation}: "${key}" must be a non-empty string`);
  }
  return value;
}

function hostChainOf(keeper: LiquidStakeIbcKeeper, ctx: Context, chainId: string, operation: string) {
  const found = keeper.simulated(ctx.store, chainId);
  if (found === undefined) throw new Error(`liquidstakeibc/${operation}: no host chain ${chainId}`);
  return found;
}

function summary(keeper: LiquidStakeIbcKeeper, ctx: Context, chainId: string) {
  const hc = getHostChain(ctx.store, chainId)!;
  return {
    chainId,
    active: hc.active,
    cValue: decOf(hc.cValue).toString(),
    lastCValue: decOf(hc.lastCValue).toString(),
    lowerCValueLimit: decOf(hc.params?.lowerCValueLimit).toString(),
    upperCValueLimit: decOf(hc.params?.upperCValueLimit).toString(),
    totalDelegations: keeper.totalDelegations(hc).toString(),
  };
}

/** The controls of x/liquidstakeibc. Results are JSON-safe. */
export function liquidStakeIbcControls(keeper: LiquidStakeIbcKeeper) {
  return {
    setHostApr(ctx: Context, params: unknown) {
      const input = record(params, "setHostApr");
      const chainId = str(input, "chainId", "setHostApr");
      const apr = Dec.fromString(str(input, "apr", "setHostApr"), "apr");
      if (apr.isNegative()) throw new RangeError("liquidstakeibc/setHostApr: apr must not be negative");
      const { host } = hostChainOf(keeper, ctx, chainId, "setHostApr");
      keeper.accrueRewards(ctx);
      setSimulatedHost(ctx.store, { ...(getSimulatedHost(ctx.store, chainId) ?? host), apr: apr.toProto() });
      return { chainId, apr: apr.toString() };
    },

    slashHost(ctx: Context, params: unknown) {
      const input = record(params, "slashHost");
      const chainId = str(input, "chainId", "slashHost");
      const fraction = Dec.fromString(str(input, "fraction", "slashHost"), "fraction");
      if (fraction.isNegative() || fraction.gt(Dec.ONE)) {
        throw new RangeError("liquidstakeibc/slashHost: fraction must be between 0 and 1");
      }
      const validator = typeof input.validator === "string" ? input.validator : undefined;
      const { hc } = hostChainOf(keeper, ctx, chainId, "slashHost");
      if (validator !== undefined && !hc.validators.some((v) => v.operatorAddress === validator)) {
        throw new Error(`liquidstakeibc/slashHost: ${validator} is not a validator of ${chainId}`);
      }
      let slashed = 0n;
      const validators = hc.validators.map((v) => {
        if (validator !== undefined && v.operatorAddress !== validator) return v;
        const existing = intOf(v.delegatedAmount);
        const burned = fraction.mulInt(existing).truncateInt();
        slashed += burned;
        ctx.events.emit("slashing", {
          chain_id: chainId,
          validator_address: v.operatorAddress,
          existing_delegation: existing.toString(),
          updated_delegation: (existing - burned).toString(),
          slashed_amount: `${burned}${hc.hostDenom}`,
        });
        return {
          ...v,
          delegatedAmount: (existing - burned).toString(),
          exchangeRate: decOf(v.exchangeRate).mul(Dec.ONE.sub(fraction)).toProto(),
        };
      });
      setHostChain(ctx.store, { ...hc, validators });
      keeper.updateCValue(ctx, chainId);
      return { ...summary(keeper, ctx, chainId), slashed: slashed.toString() };
    },

    setCValue(ctx: Context, params: unknown) {
      const input = record(params, "setCValue");
      const chainId = str(input, "chainId", "setCValue");
      const target = Dec.fromString(str(input, "cValue", "setCValue"), "cValue");
      if (!target.isPositive()) throw new RangeError("liquidstakeibc/setCValue: cValue must be positive");
      const { hc } = hostChainOf(keeper, ctx, chainId, "setCValue");
      const { minted, liquidStaked } = keeper.cValueInputs(ctx, hc);
      if (minted === 0n) throw new Error(`liquidstakeibc/setCValue: no ${hc.hostDenom} is liquid staked yet`);
      const wanted = Dec.fromInt(minted).quo(target).truncateInt();
      const delta = wanted - liquidStaked;
      const delegated = keeper.totalDelegations(hc);
      if (delegated + delta < 0n)
        throw new RangeError("liquidstakeibc/setCValue: the host delegations cannot go that low");
      let validators = hc.validators;
      if (delta >= 0n) {
        // Rewards restaked straight into the first delegated validator's delegation.
        const first = Math.max(
          0,
          validators.findIndex((v) => intOf(v.delegatedAmount) > 0n),
        );
        validators = validators.map((v, i) =>
          i === first ? { ...v, delegatedAmount: (intOf(v.delegatedAmount) + delta).toString() } : v,
        );
      } else {
        const parts = splitByDelegations(-delta, validators)!;
        validators = validators.map((v, i) => ({
          ...v,
          delegatedAmount: (intOf(v.delegatedAmount) - (parts[i] ?? 0n)).toString(),
        }));
      }
      const moved = { ...hc, validators };
      const inputs = keeper.cValueInputs(ctx, moved);
      const cValue = liquidStakeIbcCValue({ mintedAmount: inputs.minted, liquidStakedAmount: inputs.liquidStaked });
      const limits = liquidStakeIbcCValueLimits({
        cValue,
        mintedAmount: inputs.minted,
        liquidStakedAmount: inputs.liquidStaked,
        totalDelegations: inputs.parts.totalDelegations,
        autoCompoundFactor: decOf(hc.autoCompoundFactor),
      });
      setHostChain(ctx.store, {
        ...moved,
        lastCValue: hc.cValue,
        cValue: cValue.toProto(),
        active: true,
        params:
          limits === undefined || moved.params === undefined
            ? moved.params
            : {
                ...moved.params,
                lowerCValueLimit: limits.lowerCValueLimit.toProto(),
                upperCValueLimit: limits.upperCValueLimit.toProto(),
              },
      });
      return summary(keeper, ctx, chainId);
    },

    advanceEpoch(ctx: Context, params: unknown) {
      const input = params === undefined || params === null ? {} : record(params, "advanceEpoch");
      const identifier = input.identifier === undefined ? DAY_EPOCH : String(input.identifier);
      if (identifier !== DAY_EPOCH && identifier !== HOUR_EPOCH) {
        throw new RangeError(`liquidstakeibc/advanceEpoch: identifier must be "day" or "hour", got ${identifier}`);
      }
      keeper.accrueRewards(ctx);
      const info = keeper.epochs.force(ctx, identifier, {
        afterEpochEnd: (c, id, epoch) => keeper.afterEpochEnd(c, id, epoch),
        beforeEpochStart: (c, id, epoch) => keeper.beforeEpochStart(c, id, epoch),
      });
      return { identifier, currentEpoch: info.currentEpoch.toString() };
    },

    openConnection(ctx: Context, params: unknown) {
      const input = record(params, "openConnection");
      const connectionId = str(input, "connectionId", "openConnection");
      const chainId = str(input, "chainId", "openConnection");
      const accountPrefix = typeof input.accountPrefix === "string" ? input.accountPrefix : "cosmos";
      setConnection(ctx.store, { connectionId, chainId, accountPrefix });
      return { connectionId, chainId, accountPrefix };
    },

    mintLsmShares(ctx: Context, params: unknown) {
      const input = record(params, "mintLsmShares");
      const address = str(input, "address", "mintLsmShares");
      const chainId = str(input, "chainId", "mintLsmShares");
      const validator = str(input, "validator", "mintLsmShares");
      const shares = BigInt(str(input, "shares", "mintLsmShares"));
      if (shares <= 0n) throw new RangeError("liquidstakeibc/mintLsmShares: shares must be positive");
      const { hc } = hostChainOf(keeper, ctx, chainId, "mintLsmShares");
      const baseDenom = `${validator}/${nextLsmRecord(ctx.store)}`;
      const path = `${hc.portId}/${hc.channelId}`;
      const denom = ibcDenom(`${path}/${baseDenom}`);
      setLsmTrace(ctx.store, denom, { path, baseDenom });
      const coins = [{ denom, amount: shares }];
      keeper.bank.mintCoins(ctx, TRANSFER_MODULE_ACCOUNT, coins);
      keeper.bank.sendCoinsFromModuleToAccount(ctx, TRANSFER_MODULE_ACCOUNT, address, coins);
      return { denom, baseDenom, path, shares: shares.toString() };
    },

    hostState(ctx: Context, params: unknown) {
      const chainId = str(record(params, "hostState"), "chainId", "hostState");
      const { host } = hostChainOf(keeper, ctx, chainId, "hostState");
      return {
        ...summary(keeper, ctx, chainId),
        apr: Dec.fromProto(host.apr).toString(),
        accruedRewards: Dec.fromProto(host.accruedRewards).toString(),
        rewardsAccountBalance: host.rewardsAccountBalance.toString(),
        unbondingSeconds: host.unbondingSeconds.toString(),
      };
    },
  };
}
