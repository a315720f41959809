// x/liquidstakeibc genesis: the proto GenesisState (params, host chains, deposits, unbondings, user and validator
// unbondings) as genesis.json carries it, plus mock-only keys for the simulation (see host-sim.ts):
//
//   simulated_connections   [{ connection_id, chain_id, account_prefix }]
//   simulated_host_chains   [{ chain_id, apr, unbonding_seconds, accrued_rewards?, last_accrual_ns?,
//                              rewards_account_balance?, back_minted_supply? }]
//   mock_lsm_deposits, mock_lsm_traces, mock_epochs (export only needs: LSM deposits are not in the proto genesis)
//
// `back_minted_supply: true` makes the host chain's books agree with the bank genesis: the stk supply found in bank
// genesis is backed by host delegations of supply / c_value (split over the validators by weight), and the c-value
// and its limits are then recomputed from those books with core, exactly as the hourly update would.
import { create, type JsonValue } from "@bufbuild/protobuf";
import { toBech32 } from "@cosmjs/encoding";
import {
  Dec,
  liquidStakeIbcAutoCompoundFactor,
  liquidStakeIbcCValue,
  liquidStakeIbcCValueLimits,
} from "@persistence-sdk/core";
import {
  GenesisStateSchema,
  HostChainFlagsSchema,
  HostChainLSParamsSchema,
  HostChainSchema,
  ICAAccount_ChannelState,
  ICAAccountSchema,
  type LSMDeposit,
  LSMDepositSchema,
  ParamsSchema,
  ValidatorSchema,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import type { Context } from "../../app/module.js";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_ATOM, DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import type { Coin } from "../bank/coins.js";
import { derivedModuleAddressBytes } from "../liquidstake/addresses.js";
import { epochFromJson, epochsToJson } from "../liquidstake/genesis.js";
import { fromGenesisJson, toGenesisJson } from "../staking/genesis-json.js";
import {
  allConnections,
  allLsmTraces,
  allSimulatedHosts,
  getSimulatedHost,
  HOST_UNBONDING_SECONDS,
  hostValidatorAddress,
  interchainAccountAddress,
  newSimulatedHost,
  type SimulatedConnection,
  setConnection,
  setLsmTrace,
  setSimulatedHost,
} from "./host-sim.js";
import { DAY_EPOCH, decOf, HOUR_EPOCH, type LiquidStakeIbcKeeper, mintDenomOf, splitByWeight } from "./keeper.js";
import {
  allDeposits,
  allHostChains,
  allUnbondings,
  allUserUnbondings,
  allValidatorUnbondings,
  getHostChain,
  LsibcKeys,
  setDeposit,
  setHostChain,
  setLsmDeposit,
  setUnbonding,
  setUserUnbonding,
  setValidatorUnbonding,
} from "./store.js";

type JsonObject = { [key: string]: JsonValue };

const MOCK_KEYS = [
  "simulated_connections",
  "simulated_host_chains",
  "mock_lsm_deposits",
  "mock_lsm_traces",
  "mock_epochs",
] as const;

function list(value: JsonValue | undefined): JsonObject[] {
  return Array.isArray(value) ? (value as JsonObject[]) : [];
}

function text(value: JsonValue | undefined, fallback: string): string {
  return typeof value === "string" ? value : typeof value === "number" ? String(value) : fallback;
}

/** Makes the host books of `chainId` back the stk supply at the declared c-value (see the file comment). */
function backMintedSupply(keeper: LiquidStakeIbcKeeper, ctx: Context, chainId: string): void {
  const hc = getHostChain(ctx.store, chainId);
  if (hc === undefined) throw new Error(`liquidstakeibc genesis: back_minted_supply for unknown chain ${chainId}`);
  const declared = decOf(hc.cValue);
  if (!declared.isPositive()) throw new Error(`liquidstakeibc genesis: ${chainId} needs a positive c_value`);
  const minted = keeper.bank.getSupply(ctx, mintDenomOf(hc));
  const backing = Dec.fromInt(minted).quo(declared).truncateInt();
  const parts = splitByWeight(backing, hc.validators);
  if (parts === undefined) throw new Error(`liquidstakeibc genesis: ${chainId} has no delegable weighted validator`);
  const withBooks = {
    ...hc,
    validators: hc.validators.map((v, i) => ({ ...v, delegatedAmount: (parts[i] ?? 0n).toString() })),
  };
  setHostChain(ctx.store, withBooks);
  const { minted: supply, liquidStaked, parts: staked } = keeper.cValueInputs(ctx, withBooks);
  const cValue = liquidStakeIbcCValue({ mintedAmount: supply, liquidStakedAmount: liquidStaked });
  const limits = liquidStakeIbcCValueLimits({
    cValue,
    mintedAmount: supply,
    liquidStakedAmount: liquidStaked,
    totalDelegations: staked.totalDelegations,
    autoCompoundFactor: decOf(hc.autoCompoundFactor),
  });
  setHostChain(ctx.store, {
    ...withBooks,
    cValue: cValue.toProto(),
    lastCValue: cValue.toProto(),
    params:
      limits === undefined || withBooks.params === undefined
        ? withBooks.params
        : {
            ...withBooks.params,
            lowerCValueLimit: limits.lowerCValueLimit.toProto(),
            upperCValueLimit: limits.upperCValueLimit.toProto(),
          },
  });
}

export function initLiquidStakeIbcGenesis(keeper: LiquidStakeIbcKeeper, ctx: Context, section: unknown): void {
  const json = (section ?? {}) as JsonObject;
  const state: JsonObject = { ...json };
  for (const key of MOCK_KEYS) delete state[key];
  const genesis = fromGenesisJson(GenesisStateSchema, state);

  keeper.setParams(ctx.store, genesis.params ?? create(ParamsSchema));
  for (const hc of genesis.hostChains) setHostChain(ctx.store, hc);
  for (const deposit of genesis.deposits) setDeposit(ctx.store, deposit);
  for (const unbonding of genesis.unbondings) setUnbonding(ctx.store, unbonding);
  for (const user of genesis.userUnbondings) setUserUnbonding(ctx.store, user);
  for (const validator of genesis.validatorUnbondings) setValidatorUnbonding(ctx.store, validator);

  for (const connection of list(json.simulated_connections)) {
    setConnection(ctx.store, {
      connectionId: text(connection.connection_id, ""),
      chainId: text(connection.chain_id, ""),
      accountPrefix: text(connection.account_prefix, "cosmos"),
    });
  }
  for (const deposit of list(json.mock_lsm_deposits)) {
    setLsmDeposit(ctx.store, fromGenesisJson(LSMDepositSchema, deposit) as LSMDeposit);
  }
  for (const trace of list(json.mock_lsm_traces)) {
    setLsmTrace(ctx.store, text(trace.ibc_denom, ""), {
      path: text(trace.path, ""),
      baseDenom: text(trace.base_denom, ""),
    });
  }

  if (Array.isArray(json.mock_epochs))
    for (const info of json.mock_epochs) keeper.epochs.set(ctx.store, epochFromJson(info));
  keeper.epochs.init(ctx, [DAY_EPOCH, HOUR_EPOCH], ctx.time.ns);

  const backed: string[] = [];
  for (const entry of list(json.simulated_host_chains)) {
    const chainId = text(entry.chain_id, "");
    const host = newSimulatedHost(chainId, ctx.time.ns, text(entry.apr, "0.15"));
    setSimulatedHost(ctx.store, {
      ...host,
      unbondingSeconds: BigInt(text(entry.unbonding_seconds, HOST_UNBONDING_SECONDS.toString())),
      accruedRewards: Dec.fromString(text(entry.accrued_rewards, "0")).toProto(),
      lastAccrualNs: BigInt(text(entry.last_accrual_ns, ctx.time.ns.toString())),
      rewardsAccountBalance: BigInt(text(entry.rewards_account_balance, "0")),
    });
    if (entry.back_minted_supply === true) backed.push(chainId);
  }
  // Every host chain gets a simulation, with the defaults where genesis has none.
  for (const hc of allHostChains(ctx.store)) {
    if (getSimulatedHost(ctx.store, hc.chainId) === undefined) {
      setSimulatedHost(ctx.store, newSimulatedHost(hc.chainId, ctx.time.ns));
    }
  }
  for (const chainId of backed) backMintedSupply(keeper, ctx, chainId);
}

export function exportLiquidStakeIbcGenesis(keeper: LiquidStakeIbcKeeper, ctx: Context): JsonValue {
  const state = create(GenesisStateSchema, {
    params: keeper.params(ctx.store),
    hostChains: allHostChains(ctx.store),
    deposits: allDeposits(ctx.store),
    unbondings: allUnbondings(ctx.store),
    userUnbondings: allUserUnbondings(ctx.store),
    validatorUnbondings: allValidatorUnbondings(ctx.store),
  });
  const lsmDeposits = Array.from(ctx.store.iterate<LSMDeposit>(LsibcKeys.lsmDeposit), ([, d]) =>
    toGenesisJson(LSMDepositSchema, d),
  );
  return {
    ...toGenesisJson(GenesisStateSchema, state),
    simulated_connections: allConnections(ctx.store).map((c) => ({
      connection_id: c.connectionId,
      chain_id: c.chainId,
      account_prefix: c.accountPrefix,
    })),
    simulated_host_chains: allSimulatedHosts(ctx.store).map((h) => ({
      chain_id: h.chainId,
      apr: Dec.fromProto(h.apr).toString(),
      unbonding_seconds: h.unbondingSeconds.toString(),
      accrued_rewards: Dec.fromProto(h.accruedRewards).toString(),
      last_accrual_ns: h.lastAccrualNs.toString(),
      rewards_account_balance: h.rewardsAccountBalance.toString(),
    })),
    mock_lsm_deposits: lsmDeposits,
    mock_lsm_traces: allLsmTraces(ctx.store).map(([ibcDenom, trace]) => ({
      ibc_denom: ibcDenom,
      path: trace.path,
      base_denom: trace.baseDenom,
    })),
    mock_epochs: epochsToJson(keeper.epochs.all(ctx.store)),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The default devnet

/** The simulated cosmoshub-4 connection of the devnet (connection-0 / channel-0 / transfer). */
export const DEVNET_HOST_CONNECTION: SimulatedConnection = {
  connectionId: "connection-0",
  chainId: DEVNET_ATOM.hostChainId,
  accountPrefix: "cosmos",
};

/** The devnet's ATOM balance of each test account 0..9: 10,000 ATOM (the IBC voucher). */
export const DEVNET_ATOM_BALANCE = 10_000n * 1_000_000n;

/** How the devnet's cosmoshub-4 is registered. */
export const DEVNET_HOST_CHAIN = {
  chainId: DEVNET_ATOM.hostChainId,
  hostDenom: DEVNET_ATOM.hostDenom,
  channelId: "channel-0",
  portId: "transfer",
  /** Fractions, as on core-1's stkATOM: no deposit or unstake fee, 5% of rewards, 0.5% for instant redemption. */
  depositFee: "0",
  restakeFee: "0.05",
  unstakeFee: "0",
  redemptionFee: "0.005",
  /** 0.01 ATOM. */
  minimumDeposit: 10_000n,
  /** Unbondings are sent every 4 days, as on core-1. */
  unbondingFactor: 4n,
  /** Rewards capped at 20% a year. */
  autoCompoundFactor: 20n,
  cValue: DEVNET_LSTS.stkAtom.genesisRate,
  /** The simulated Cosmos Hub's staking reward rate. */
  apr: "0.15",
  validatorCount: 4,
} as const;

/** The liquidstakeibc fee address of the devnet: address.Module("liquidstakeibc", "-FeeAcc") (mock-only choice). */
export function devnetLiquidStakeIbcFeeAddress(prefix: string = DEVNET.bech32Prefix): string {
  return toBech32(prefix, derivedModuleAddressBytes("liquidstakeibc", "-FeeAcc"), 1023);
}

/** The ATOM (ibc/…) balances the devnet's test accounts hold at genesis. */
export function devnetLiquidStakeIbcBalances(): { readonly address: string; readonly coins: Coin[] }[] {
  return DEVNET.accounts.map((account) => ({
    address: account.address,
    coins: [{ denom: DEVNET_ATOM.denom, amount: DEVNET_ATOM_BALANCE }],
  }));
}

/**
 * x/liquidstakeibc's part of the default devnet: cosmoshub-4 registered on connection-0/channel-0 (uatom, whose
 * voucher is DEVNET_ATOM.denom), active, LSM enabled, four simulated Cosmos Hub validators at weight 0.25, the
 * authority as admin, and host books backing whatever stk/uatom bank genesis holds at c-value 0.8
 * (DEVNET_LSTS.stkAtom.genesisRate) — accounts 0..9 hold 1,000 stkATOM each from the Alliance devnet.
 */
export function devnetLiquidStakeIbcGenesis(): JsonValue {
  const c = DEVNET_HOST_CHAIN;
  const connection = DEVNET_HOST_CONNECTION;
  const account = (owner: string) =>
    create(ICAAccountSchema, {
      address: interchainAccountAddress(connection, owner),
      balance: { denom: c.hostDenom, amount: "0" },
      owner,
      channelState: ICAAccount_ChannelState.ICA_CHANNEL_CREATED,
    });
  const cValue = Dec.fromString(c.cValue);
  const hostChain = create(HostChainSchema, {
    chainId: c.chainId,
    connectionId: connection.connectionId,
    params: create(HostChainLSParamsSchema, {
      depositFee: Dec.fromString(c.depositFee).toProto(),
      restakeFee: Dec.fromString(c.restakeFee).toProto(),
      unstakeFee: Dec.fromString(c.unstakeFee).toProto(),
      redemptionFee: Dec.fromString(c.redemptionFee).toProto(),
      lsmValidatorCap: Dec.fromString("0.5").toProto(),
      lsmBondFactor: Dec.fromInt(-1n).toProto(),
      maxEntries: 7,
      redelegationAcceptableDelta: "0",
      upperCValueLimit: Dec.fromString("1.01").toProto(),
      lowerCValueLimit: Dec.fromString("0.99").toProto(),
    }),
    hostDenom: c.hostDenom,
    channelId: c.channelId,
    portId: c.portId,
    delegationAccount: account(`${c.chainId}.delegate`),
    rewardsAccount: account(`${c.chainId}.rewards`),
    validators: Array.from({ length: c.validatorCount }, (_, i) =>
      create(ValidatorSchema, {
        operatorAddress: hostValidatorAddress(c.chainId, connection.accountPrefix, i),
        status: "BOND_STATUS_BONDED",
        weight: Dec.ONE.quoInt(BigInt(c.validatorCount)).toProto(),
        delegatedAmount: "0",
        exchangeRate: Dec.ONE.toProto(),
        unbondingEpoch: 0n,
        delegable: true,
      }),
    ),
    minimumDeposit: c.minimumDeposit.toString(),
    cValue: cValue.toProto(),
    lastCValue: cValue.toProto(),
    unbondingFactor: c.unbondingFactor,
    active: true,
    autoCompoundFactor: liquidStakeIbcAutoCompoundFactor(c.autoCompoundFactor).toProto(),
    flags: create(HostChainFlagsSchema, { lsm: true }),
  });
  const state = create(GenesisStateSchema, {
    params: create(ParamsSchema, {
      adminAddress: DEVNET.authority.address,
      feeAddress: devnetLiquidStakeIbcFeeAddress(),
    }),
    hostChains: [hostChain],
  });
  return {
    ...toGenesisJson(GenesisStateSchema, state),
    simulated_connections: [
      {
        connection_id: connection.connectionId,
        chain_id: connection.chainId,
        account_prefix: connection.accountPrefix,
      },
    ],
    simulated_host_chains: [
      {
        chain_id: c.chainId,
        apr: c.apr,
        unbonding_seconds: HOST_UNBONDING_SECONDS.toString(),
        back_minted_supply: true,
      },
    ],
  };
}
