// x/liquidstake pieces and genesis variants: the derived addresses against their known on-chain values, params
// validation and the Go string forms, the epoch tracker, and chains whose genesis reaches the paths the default
// devnet cannot (no quorum, no active validator, the Go default paused params, the instant unstake from the proxy
// balance) driven through cosmjs.
import { create, fromBinary, type JsonValue } from "@bufbuild/protobuf";
import { Dec, liquidUnstakeAmounts } from "@persistence-sdk/core";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import {
  MsgLiquidStakeSchema,
  MsgLiquidUnstakeResponseSchema,
  MsgLiquidUnstakeSchema,
  ParamsSchema,
  Query,
  ValidatorStatus,
  WhitelistedValidatorSchema,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { afterAll, describe, expect, it } from "vitest";
import { createContext } from "../../app/context.js";
import { EventCollector } from "../../app/event-manager.js";
import type { Context, Module } from "../../app/module.js";
import { DEVNET } from "../../genesis/devnet.js";
import { devnetGenesis } from "../../genesis/devnet-genesis.js";
import type { GenesisDocument } from "../../genesis/genesis-document.js";
import type { ChainKeepers } from "../../node/default-modules.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import { InfiniteGasMeter, MemStore } from "../../store/index.js";
import { convertBech32 } from "../staking/addresses.js";
import { liquidStakeDummyFeeAddress, liquidStakeProxyAddress, wasmContractAddress } from "./addresses.js";
import { EpochTracker } from "./epochs.js";
import { devnetLiquidStakeGenesis } from "./genesis.js";
import { defaultLiquidStakeParams, paramsGoString, validateLiquidStakeParams, whitelistGoJson } from "./params.js";
import { AbciQuerier, eventOf, msg, pstakeSigner } from "./pstake.test-support.js";

const VALIDATORS = DEVNET.validatorOperators.map((o) => convertBech32(o.address, DEVNET.prefixes.validator));
/** Valid operator addresses with no validator behind them. */
const MISSING = [0, 1, 2, 3].map((i) => convertBech32(DEVNET.accounts[i]!.address, DEVNET.prefixes.validator));

describe("derived addresses", () => {
  it("reproduces address.Module for the proxy account (core-1's) and wasmd's classic contract address", () => {
    expect(liquidStakeProxyAddress()).toBe("persistence19zwggtdgaspa9tje6mxdap9xjpc4rayf3nd6dt5g3lwkx4y7z6dqmj3hnc");
    expect(wasmContractAddress("wasm", 1n, 1n)).toBe("wasm14hj2tavq8fpesdwxxcu44rty3hh90vhujrvcmstl4zr3txmfvw9s0phg4d");
    expect(liquidStakeDummyFeeAddress()).toMatch(/^persistence1[0-9a-z]{58}$/);
  });
});

describe("params", () => {
  it("validates with the Go wording and order", () => {
    const base = create(ParamsSchema, { ...defaultLiquidStakeParams(), modulePaused: false });
    expect(validateLiquidStakeParams(base)).toBeUndefined();
    const cases: [Partial<typeof base>, string][] = [
      [{ liquidBondDenom: " " }, "liquid bond denom cannot be blank"],
      [{ liquidBondDenom: "1x" }, "invalid denom: 1x"],
      [{ unstakeFeeRate: Dec.fromString("1.5").toProto() }, "unstake fee rate too large: 1.500000000000000000"],
      [{ unstakeFeeRate: "" }, "unstake fee rate must not be nil"],
      [
        { autocompoundFeeRate: Dec.fromString("-0.1").toProto() },
        "autocompound fee rate must not be negative: -0.100000000000000000",
      ],
      [{ minLiquidStakeAmount: "-1" }, "min liquid stake amount must not be negative: -1"],
      [
        { feeAccountAddress: "" },
        "cannot convert fee account address to bech32, invalid address: , err: empty address string is not allowed",
      ],
      [
        {
          whitelistedValidators: [
            {
              $typeName: "pstake.liquidstake.v1beta1.WhitelistedValidator",
              validatorAddress: VALIDATORS[0]!,
              targetWeight: "0",
            },
          ],
        },
        "liquidstake validator target weight must be positive: 0",
      ],
    ];
    for (const [change, error] of cases) expect(validateLiquidStakeParams({ ...base, ...change })).toBe(error);
  });

  it('prints Params.String() as json.MarshalIndent(p, "", "") and the whitelist as json.Marshal', () => {
    const params = create(ParamsSchema, {
      ...defaultLiquidStakeParams(),
      whitelistedValidators: [
        create(WhitelistedValidatorSchema, { validatorAddress: VALIDATORS[0]!, targetWeight: "10000" }),
      ],
    });
    expect(paramsGoString(params)).toBe(
      [
        "{",
        '"liquid_bond_denom": "stk/uxprt",',
        '"whitelisted_validators": [',
        "{",
        `"validator_address": "${VALIDATORS[0]}",`,
        '"target_weight": "10000"',
        "}",
        "],",
        '"unstake_fee_rate": "0.000000000000000000",',
        '"min_liquid_stake_amount": "1000",',
        `"fee_account_address": "${liquidStakeDummyFeeAddress()}",`,
        '"autocompound_fee_rate": "0.050000000000000000",',
        '"module_paused": true',
        "}",
      ].join("\n"),
    );
    expect(whitelistGoJson(params.whitelistedValidators)).toBe(
      `[{"validator_address":"${VALIDATORS[0]}","target_weight":"10000"}]`,
    );
    expect(whitelistGoJson([])).toBe("null");
  });
});

describe("epoch tracker", () => {
  const HOUR = 3_600_000_000_000n;
  function contextAt(store: MemStore, timeNs: bigint, height: bigint): Context {
    return createContext({
      chainId: "test",
      height,
      timeNs,
      store,
      gasMeter: new InfiniteGasMeter(),
      events: new EventCollector(),
      mode: "block",
    });
  }

  it("starts epoch 1 at the start time, ends epochs strictly after their duration, catches up in time order", () => {
    const store = new MemStore();
    const tracker = new EpochTracker("t/");
    const calls: string[] = [];
    const hooks = {
      afterEpochEnd: (_: Context, id: string, n: bigint) => calls.push(`end ${id} ${n}`),
      beforeEpochStart: (_: Context, id: string, n: bigint) => calls.push(`start ${id} ${n}`),
    };
    tracker.init(contextAt(store, 0n, 0n), ["day", "hour"], 10n);
    tracker.tick(contextAt(store, 5n, 1n), hooks);
    expect(calls).toEqual([]);
    tracker.tick(contextAt(store, 10n, 2n), hooks);
    expect(calls).toEqual(["start day 1", "start hour 1"]);
    calls.length = 0;
    tracker.tick(contextAt(store, 10n + HOUR, 3n), hooks);
    expect(calls).toEqual([]);
    tracker.tick(contextAt(store, 11n + HOUR, 4n), hooks);
    expect(calls).toEqual(["end hour 1", "start hour 2"]);
    calls.length = 0;
    // 25 hours later: hours 2..23 end, then day 1 and hour 24 (the same boundary: identifiers in key order), then
    // hour 25.
    tracker.tick(contextAt(store, 11n + 25n * HOUR, 5n), hooks);
    expect(calls.filter((c) => c.startsWith("end")).length).toBe(25);
    expect(calls.indexOf("end day 1")).toBeGreaterThan(calls.indexOf("end hour 23"));
    expect(calls.indexOf("end day 1")).toBeLessThan(calls.indexOf("end hour 24"));
    expect(tracker.get(store, "hour")?.currentEpoch).toBe(26n);
    expect(tracker.get(store, "day")?.currentEpoch).toBe(2n);
  });

  it("drops the writes of a failing hook and goes on", () => {
    const store = new MemStore();
    const tracker = new EpochTracker("t/");
    tracker.init(contextAt(store, 0n, 0n), ["hour"], 0n);
    tracker.tick(contextAt(store, 0n, 1n), {
      beforeEpochStart: (ctx) => {
        ctx.store.set("written", true);
        throw new Error("boom");
      },
    });
    expect(store.get("written")).toBeUndefined();
    expect(tracker.get(store, "hour")?.currentEpoch).toBe(1n);
  });
});

// -----------------------------------------------------------------------------------------------------------------
// Genesis variants through cosmjs

type JsonObject = { [key: string]: JsonValue };

function genesisWith(liquidstake: JsonValue | undefined): GenesisDocument {
  const base = devnetGenesis();
  const appState: Record<string, unknown> = { ...base.appState };
  if (liquidstake === undefined) delete appState.liquidstake;
  else appState.liquidstake = liquidstake;
  return { ...base, appState };
}

function whitelistGenesis(operators: readonly string[]): JsonValue {
  const genesis = devnetLiquidStakeGenesis() as JsonObject;
  const params = genesis.params as JsonObject;
  return {
    params: {
      ...params,
      whitelisted_validators: operators.map((validator_address) => ({ validator_address, target_weight: "2500" })),
    },
    liquid_validators: operators.map((operator_address) => ({ operator_address })),
  };
}

const running: RunningMockChain[] = [];
afterAll(async () => {
  await Promise.all(running.map((chain) => chain.stop()));
});

async function start(options: Parameters<typeof startMockChain>[0]) {
  const chain = await startMockChain(options);
  running.push(chain);
  return { chain, q: await AbciQuerier.connect(chain.rpcUrl), alice: await pstakeSigner(chain.rpcUrl, 2, "direct") };
}

describe("genesis variants", () => {
  it("refuses a liquid stake without the 0.3333 weight quorum (20) and without any active validator (2)", async () => {
    const quorum = await start({ genesis: genesisWith(whitelistGenesis([VALIDATORS[0]!, ...MISSING.slice(0, 3)])) });
    const stake = (s: typeof quorum) =>
      s.alice.send([
        msg(MsgLiquidStakeSchema, { delegatorAddress: s.alice.address, amount: { denom: "uxprt", amount: "5000" } }),
      ]);
    const refused = await stake(quorum);
    expect(refused.code).toBe(20);
    expect(refused.rawLog).toMatch(
      /0\.250000000000000000 < 0\.333300000000000000: active liquid validators weight quorum not reached$/,
    );
    const { liquidValidators } = await quorum.q.query(Query.method.liquidValidators, {});
    expect(liquidValidators.map((v) => [v.status, v.weight]).sort()).toEqual([
      [ValidatorStatus.ACTIVE, "2500"],
      [ValidatorStatus.INACTIVE, "0"],
      [ValidatorStatus.INACTIVE, "0"],
      [ValidatorStatus.INACTIVE, "0"],
    ]);
    quorum.alice.client.disconnect();

    const none = await start({ genesis: genesisWith(whitelistGenesis(MISSING)) });
    const nothing = await stake(none);
    expect(nothing.code).toBe(2);
    expect(nothing.rawLog).toMatch(/active liquid validators not exists$/);
    none.alice.client.disconnect();
  });

  it("without a genesis section runs the Go defaults: stk/uxprt, no validators, module paused", async () => {
    const bare = await start({ genesis: genesisWith(undefined) });
    const { params } = await bare.q.query(Query.method.params, {});
    expect(params?.modulePaused).toBe(true);
    expect(params?.whitelistedValidators).toEqual([]);
    const result = await bare.alice.send([
      msg(MsgLiquidStakeSchema, { delegatorAddress: bare.alice.address, amount: { denom: "uxprt", amount: "5000" } }),
    ]);
    expect(result.code).toBe(21);
    bare.alice.client.disconnect();
  });

  it("pays an unstake at once from the proxy balance when no liquid tokens are delegated", async () => {
    // A test module whose control makes the proxy account undelegate (what a real chain's rebalancing of
    // inactive validators would do), so that matured unbondings sit in the proxy's balance.
    const proxy = liquidStakeProxyAddress();
    const helper = (keepers: ChainKeepers): Module => ({
      name: "pstaketest",
      controls: {
        // Whitelists validators that do not exist, so that no liquid validator is active and autocompound does not
        // restake the matured unbondings.
        delist(ctx) {
          const params = keepers.liquidStake.params(ctx.store);
          keepers.liquidStake.setParams(ctx, {
            ...params,
            whitelistedValidators: MISSING.map((validatorAddress) =>
              create(WhitelistedValidatorSchema, { validatorAddress, targetWeight: "2500" }),
            ),
          });
          return null;
        },
        undelegateProxy(ctx, params) {
          const { validator } = params as { validator: string };
          const delegation = keepers.staking.delegation(ctx.store, proxy, validator)!;
          keepers.staking.undelegate(ctx, proxy, validator, Dec.fromProto(delegation.shares));
          return null;
        },
      },
    });
    const { chain, q } = await start({ modules: (k) => [helper(k)] });
    const staker = await pstakeSigner(chain.rpcUrl, 1, "amino");
    chain.control.invoke("pstaketest/delist", {});
    chain.control.invoke("pstaketest/undelegateProxy", { validator: VALIDATORS[0] });
    chain.control.advanceTime(86_400n);
    for (const validator of VALIDATORS.slice(1)) chain.control.invoke("pstaketest/undelegateProxy", { validator });
    chain.control.advanceTime(1_814_400n - 86_400n + 60n);

    const nas = (await q.query(Query.method.states, {})).netAmountState!;
    expect(nas.totalLiquidTokens).toBe("0");
    expect(BigInt(nas.totalUnbondingBalance)).toBeGreaterThan(0n);
    expect(BigInt(nas.proxyAccBalance)).toBeGreaterThan(0n);
    const amount = 1_000_000n;
    const expected = liquidUnstakeAmounts({
      amount,
      stkxprtTotalSupply: BigInt(nas.stkxprtTotalSupply),
      netAmount: Dec.fromProto(nas.netAmount),
      unstakeFeeRate: Dec.ZERO,
      liquidTokens: [0n, 0n, 0n, 0n],
      proxyAccBalance: BigInt(nas.proxyAccBalance),
    });
    const balance = async () =>
      BigInt((await q.query(BankQuery.method.balance, { address: staker.address, denom: "uxprt" })).balance!.amount);
    const before = await balance();
    const result = await staker.send([
      msg(MsgLiquidUnstakeSchema, {
        delegatorAddress: staker.address,
        amount: { denom: "stk/uxprt", amount: `${amount}` },
      }),
    ]);
    expect(result.code).toBe(0);
    const fee = 100_000n;
    expect(await balance()).toBe(before - fee + expected.unbondedAmount);
    expect(eventOf(result, "liquid_unstake")).toMatchObject({
      unbonding_amount: "0uxprt",
      unbonded_amount: `${expected.unbondedAmount}uxprt`,
      completion_time: "0001-01-01T00:00:00Z",
    });
    const response = fromBinary(MsgLiquidUnstakeResponseSchema, result.msgResponses[0]!.value);
    expect(response.completionTime?.seconds).toBe(-62_135_596_800n);

    // More than the proxy holds: ErrInsufficientProxyAccBalance.
    const all = await staker.send([
      msg(MsgLiquidUnstakeSchema, {
        delegatorAddress: staker.address,
        amount: { denom: "stk/uxprt", amount: "9000000000" },
      }),
    ]);
    expect(all.code).toBe(11);
    staker.client.disconnect();
  });
});
