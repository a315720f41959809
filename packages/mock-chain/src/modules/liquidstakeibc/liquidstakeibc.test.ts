// x/liquidstakeibc pieces: denoms, the simulated host's splits and reward accrual, the devnet's books, and the
// genesis export of a chain with activity (deposits, unbondings, an LSM deposit in flight) importing back unchanged.

import { create } from "@bufbuild/protobuf";
import { Dec, ibcDenom } from "@persistence-sdk/core";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import {
  MsgLiquidStakeLSMSchema,
  MsgLiquidStakeSchema,
  MsgLiquidUnstakeSchema,
  Query,
  type Validator,
  ValidatorSchema,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { afterAll, describe, expect, it } from "vitest";
import { DEVNET_ATOM } from "../../genesis/devnet-assets.js";
import { createChain, type MockChain } from "../../node/chain.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import { msg, pstakeSigner, snapshotJson } from "../liquidstake/pstake.test-support.js";
import { accrue, newSimulatedHost } from "./host-sim.js";
import { hostDenomOfMintDenom, ibcDenomOf, mintDenomOf, splitByDelegations, splitByWeight } from "./keeper.js";

function validator(weight: string, delegated: bigint, delegable = true): Validator {
  return create(ValidatorSchema, {
    operatorAddress: "cosmosvaloper1x",
    weight: Dec.fromString(weight).toProto(),
    delegatedAmount: delegated.toString(),
    delegable,
  });
}

describe("denoms", () => {
  it("derives the voucher, mint and host denoms as the Go HostChain methods do", () => {
    const hc = { portId: "transfer", channelId: "channel-0", hostDenom: "uatom" };
    expect(ibcDenomOf(hc)).toBe(DEVNET_ATOM.denom);
    expect(ibcDenomOf(hc)).toBe(ibcDenom("transfer/channel-0/uatom"));
    expect(mintDenomOf(hc)).toBe("stk/uatom");
    expect(hostDenomOfMintDenom("stk/uatom")).toBe("uatom");
    expect(hostDenomOfMintDenom("uatom")).toBeUndefined();
  });
});

describe("the simulated host", () => {
  it("splits delegations by weight over delegable validators, the remainder to the first", () => {
    expect(splitByWeight(1001n, [validator("0.5", 0n), validator("0.5", 0n)])).toEqual([501n, 500n]);
    expect(splitByWeight(100n, [validator("0.5", 0n, false), validator("0.3", 0n), validator("0.2", 0n)])).toEqual([
      0n,
      60n,
      40n,
    ]);
    expect(splitByWeight(100n, [validator("0", 0n)])).toBeUndefined();
  });

  it("splits undelegations by current delegations and never takes more than a validator has", () => {
    expect(splitByDelegations(10n, [validator("0", 3n), validator("0", 7n)])).toEqual([3n, 7n]);
    const parts = splitByDelegations(7n, [validator("0", 1n), validator("0", 1n), validator("0", 100n)])!;
    expect(parts.reduce((a, b) => a + b, 0n)).toBe(7n);
    expect(parts[0]! <= 1n && parts[1]! <= 1n).toBe(true);
    expect(splitByDelegations(11n, [validator("0", 10n)])).toBeUndefined();
  });

  it("accrues rewards continuously at the yearly rate, carrying fractions", () => {
    const host = newSimulatedHost("h-1", 0n, "0.1");
    const year = 365n * 86_400n * 1_000_000_000n;
    const half = accrue(host, 1_000_000n, year / 2n);
    expect(Dec.fromProto(half.accruedRewards).toString()).toBe("50000.000000000000000000");
    const tiny = accrue(host, 1n, 1_000_000_000n);
    expect(Dec.fromProto(tiny.accruedRewards).isPositive()).toBe(true);
    expect(Dec.fromProto(tiny.accruedRewards).truncateInt()).toBe(0n);
    expect(accrue(half, 1n, year / 2n)).toBe(half);
  });
});

describe("the devnet books", () => {
  it("back every stk/uatom in bank genesis at c-value 0.8, and keep vouchers equal to holdings", () => {
    const chain = createChain();
    const hc = chain.query(Query.method.hostChain, { chainId: "cosmoshub-4" }).hostChain!;
    const minted = BigInt(chain.query(BankQuery.method.supplyOf, { denom: "stk/uatom" }).amount!.amount);
    const delegated = hc.validators.reduce((sum, v) => sum + BigInt(v.delegatedAmount), 0n);
    expect(Dec.fromInt(minted).quo(Dec.fromInt(delegated)).toString()).toBe("0.800000000000000000");
    // 10 accounts × 10,000 ATOM of vouchers, nothing else on Persistence yet.
    expect(chain.query(BankQuery.method.supplyOf, { denom: DEVNET_ATOM.denom }).amount?.amount).toBe("100000000000");
  });
});

describe("genesis export", () => {
  let served: RunningMockChain | undefined;
  afterAll(async () => {
    await served?.stop();
  });

  function moduleView(chain: MockChain): string {
    const chainId = "cosmoshub-4";
    return snapshotJson({
      params: chain.query(Query.method.params, {}),
      chains: chain.query(Query.method.hostChains, {}),
      deposits: chain.query(Query.method.deposits, { chainId }),
      lsm: chain.query(Query.method.lSMDeposits, { chainId }),
      unbondings: chain.query(Query.method.unbondings, { chainId }),
      users: chain.query(Query.method.hostChainUserUnbondings, { chainId }),
      // Accrual follows block time, and the re-imported chain runs 5 s behind (its first block is at the export's
      // time), so accrued rewards are compared apart.
      host: { ...(chain.control.invoke("liquidstakeibc/hostState", { chainId }) as object), accruedRewards: undefined },
    });
  }

  it("imports back to the same module state, simulation included", async () => {
    served = await startMockChain();
    const alice = await pstakeSigner(served.rpcUrl, 2, "direct");
    const stake = await alice.send([
      msg(MsgLiquidStakeSchema, {
        delegatorAddress: alice.address,
        amount: { denom: DEVNET_ATOM.denom, amount: "70000000" },
      }),
    ]);
    expect(stake.code).toBe(0);
    const unstake = await alice.send([
      msg(MsgLiquidUnstakeSchema, {
        delegatorAddress: alice.address,
        amount: { denom: "stk/uatom", amount: "30000000" },
      }),
    ]);
    expect(unstake.code).toBe(0);
    const hc = served.chain.query(Query.method.hostChain, { chainId: "cosmoshub-4" }).hostChain!;
    const shares = served.control.invoke("liquidstakeibc/mintLsmShares", {
      address: alice.address,
      chainId: "cosmoshub-4",
      validator: hc.validators[2]!.operatorAddress,
      shares: "40000000",
    }) as { denom: string };
    served.control.setAutomine(false);
    const lsm = alice.send([
      msg(MsgLiquidStakeLSMSchema, {
        delegatorAddress: alice.address,
        delegations: [{ denom: shares.denom, amount: "40000000" }],
      }),
    ]);
    await new Promise((resolve) => setTimeout(resolve, 100));
    served.control.mine(1);
    expect((await lsm).code).toBe(0);
    alice.client.disconnect();

    const exported = served.chain.exportGenesis();
    const reimported = createChain({ genesis: exported });
    // The re-imported chain's first block runs the BeginBlock the original's next block runs (the LSM deposit goes to
    // the host in both).
    served.control.mine(1);
    const view = moduleView(served.chain);
    expect(JSON.parse(view).lsm.deposits).toEqual([]);
    expect(moduleView(reimported)).toBe(view);
  });
});
