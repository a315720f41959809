// The liquidstakeibc unbonding life cycle on the mock chain's schedule: unstakes (one direct, one amino-only signer)
// join an unbonding epoch; when that `day` epoch ends the undelegation goes to the host and the epoch's unbonding
// matures after the host's 21 days; then the users are paid exactly the previewed ATOM. The claim date comes from
// core's estimate before the undelegation and from the chain's mature time after it.
import type { Client } from "@persistence-sdk/client";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { expectedIbcClaimTime } from "../previews/expectedIbcClaimTime.js";
import { previewLiquidUnstakeIbc } from "../previews/previewLiquidUnstakeIbc.js";
import { getHostChainUnbonding } from "../queries/getHostChainUnbonding.js";
import { getLiquidStakeIbcUserUnbondings } from "../queries/getLiquidStakeIbcUserUnbondings.js";
import {
  ATOM,
  balanceOf,
  calmHour,
  devnetClient,
  freshAccount,
  HOST,
  latestNs,
  STK_ATOM,
  startChain,
  supplyOf,
} from "../testing.test-support.js";
import { addDuration } from "../time.js";
import type { ChainTimestamp } from "../types.js";
import { liquidStakeIbc } from "./liquidStakeIbc.js";
import { liquidUnstakeIbc } from "./liquidUnstakeIbc.js";

let chain: RunningMockChain;
let reader: Client;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
});

afterAll(async () => {
  await chain.stop();
});

function secondsUntil(time: ChainTimestamp): bigint {
  return time.seconds - latestNs(chain) / 1_000_000_000n;
}

describe("liquidstakeibc claims", () => {
  it("pays each user the previewed ATOM once the epoch's host unbonding matures, on the estimated date", async () => {
    calmHour(chain);
    // Start a `day` epoch now, so that its start time is known: the latest block's.
    const { currentEpoch } = chain.control.invoke("liquidstakeibc/advanceEpoch", { identifier: "day" }) as {
      currentEpoch: string;
    };
    const ns = latestNs(chain);
    const dayEpoch = {
      currentEpoch: BigInt(currentEpoch),
      currentEpochStartTime: { seconds: ns / 1_000_000_000n, nanos: Number(ns % 1_000_000_000n) },
    };

    const users = await Promise.all([freshAccount(chain, "direct"), freshAccount(chain, "amino")]);
    const unstakes = [];
    for (const [i, { client, address }] of users.entries()) {
      const staked = await liquidStakeIbc(client, {
        amount: { denom: ATOM, amount: 2_000_000_000n + BigInt(i) * 7_777n },
      });
      const amount = { denom: STK_ATOM, amount: staked.received.amount / 2n };
      const preview = await previewLiquidUnstakeIbc(client, { amount, dayEpoch });
      expect(preview.expectedClaim.basis).toBe("epochSchedule");
      const result = await liquidUnstakeIbc(client, { amount });
      expect(result.unbondAmount).toEqual(preview.unbondAmount);
      expect(result.unbondingEpoch).toBe(preview.unbondingEpoch);
      unstakes.push({ address, preview, atomBefore: await balanceOf(reader, address, ATOM) });
    }
    const [first, second] = unstakes;
    const epoch = first!.preview.unbondingEpoch;
    expect(second!.preview.unbondingEpoch).toBe(epoch);
    const estimate = first!.preview.expectedClaim;
    expect(await expectedIbcClaimTime(reader, { chainId: HOST, epoch, dayEpoch })).toEqual(estimate);

    // Until the unbonding epoch ends, nothing is sent.
    chain.control.advanceTime(secondsUntil(estimate.undelegationTime!) - 10n);
    expect((await getHostChainUnbonding(reader, { chainId: HOST, epoch }))?.state).toBe("pending");

    // The first block after the epoch's end sends the undelegation and burns the stkATOM; it matures 21 days later.
    const supplyBefore = await supplyOf(reader, STK_ATOM);
    chain.control.advanceTime(secondsUntil(estimate.undelegationTime!) + 1n);
    const sent = await getHostChainUnbonding(reader, { chainId: HOST, epoch });
    expect(sent).toMatchObject({ state: "maturing" });
    expect(sent!.unbondAmount.amount).toBe(first!.preview.unbondAmount.amount + second!.preview.unbondAmount.amount);
    expect(await supplyOf(reader, STK_ATOM)).toBe(
      supplyBefore - first!.preview.unstakeAmount.amount - second!.preview.unstakeAmount.amount,
    );
    // The estimate is the epoch boundary; the chain acts in the first block after it (here 1 s later).
    expect(sent!.matureTime).toEqual(addDuration(estimate.claimableTime, { seconds: 1n }));
    const known = await expectedIbcClaimTime(reader, { chainId: HOST, epoch });
    expect(known).toMatchObject({ basis: "matureTime", claimableTime: sent!.matureTime, undelegationTime: undefined });

    // At the mature time itself nothing moves yet; the first block after it brings the tokens back (claimable)...
    chain.control.advanceTime(secondsUntil(sent!.matureTime!));
    expect((await getHostChainUnbonding(reader, { chainId: HOST, epoch }))?.state).toBe("maturing");
    chain.control.mine(1);
    expect((await getHostChainUnbonding(reader, { chainId: HOST, epoch }))?.state).toBe("claimable");
    for (const { address, atomBefore } of unstakes) expect(await balanceOf(reader, address, ATOM)).toBe(atomBefore);
    // ...and the next block pays every user of the epoch exactly what the preview said.
    chain.control.mine(1);
    for (const { address, preview, atomBefore } of unstakes) {
      expect(await balanceOf(reader, address, ATOM)).toBe(atomBefore + preview.unbondAmount.amount);
      expect(await getLiquidStakeIbcUserUnbondings(reader, { delegator: address })).toEqual([]);
    }
    expect(await getHostChainUnbonding(reader, { chainId: HOST, epoch })).toBeUndefined();
  });
});
