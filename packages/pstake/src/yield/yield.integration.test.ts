// LST yield from c-value history on the mock chain: stkXPRT's mint rate moves with the hourly autocompound, stkATOM's
// c-value with the daily restaked rewards; two observations at two heights (queried with `height`) and their block
// times give APR and APY through core's yield functions.
import type { Client } from "@persistence-sdk/client";
import { Dec, lstStakingYield } from "@persistence-sdk/core";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getHostChainExchangeRate } from "../queries/getHostChainExchangeRate.js";
import { getLiquidStakeRates } from "../queries/getLiquidStakeRates.js";
import { blockTimeAt, devnetClient, HOST, startChain } from "../testing.test-support.js";
import { computeLstYield } from "./computeLstYield.js";
import { getLstYield } from "./getLstYield.js";
import { observeLstRate } from "./observeLstRate.js";

let chain: RunningMockChain;
let reader: Client;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
});

afterAll(async () => {
  await chain.stop();
});

const height = () => BigInt(chain.chain.status().latestHeight);

describe("LST yield", () => {
  it("stkXPRT: the mint rate at two heights, their block times, and core's APR/APY", async () => {
    const from = height();
    for (let i = 0; i < 6; i++) chain.control.advanceTime(3_600n);
    const to = height();

    const start = await observeLstRate(reader, { source: { module: "liquidstake" }, height: from });
    const end = await observeLstRate(reader, { source: { module: "liquidstake" }, height: to });
    expect(start.height).toBe(from);
    expect(
      "mintRate" in start && start.mintRate.equals((await getLiquidStakeRates(reader, { height: from })).mintRate),
    ).toBe(true);
    expect(start.blockTime).toEqual(await blockTimeAt(reader, from));
    expect(start.time).toBe(start.blockTime.seconds);

    const result = await getLstYield(reader, { source: { module: "liquidstake" }, fromHeight: from, toHeight: to });
    expect(result.start).toEqual(start);
    expect(result.end).toEqual(end);
    const expected = lstStakingYield(start, end);
    expect(result.apr.toString()).toBe(expected.apr.toString());
    expect(result.apy.toString()).toBe(expected.apy.toString());
    expect(result.elapsedSeconds).toBe(end.time - start.time);
    // The mint rate fell (autocompound), so the yield is positive and below the chain's inflation-derived cap.
    expect(result.growth.isPositive()).toBe(true);
    expect(result.apr.gt(Dec.ZERO) && result.apr.lt(Dec.ONE)).toBe(true);
    expect(result.apy.gte(result.apr)).toBe(true);
    expect((await getLstYield(reader, { source: { module: "liquidstake" }, fromHeight: from })).end.height).toBe(
      height(),
    );
  });

  it("stkATOM: the c-value falls as the day epochs restake the host's rewards", async () => {
    const from = height();
    chain.control.advanceTime(3n * 86_400n);
    chain.control.advanceTime(3_601n);
    const source = { module: "liquidstakeibc", chainId: HOST } as const;
    const result = await getLstYield(reader, { source, fromHeight: from });
    const before = await getHostChainExchangeRate(reader, { chainId: HOST, height: from });
    const after = await getHostChainExchangeRate(reader, { chainId: HOST });
    expect("cValue" in result.start && result.start.cValue.equals(before.cValue)).toBe(true);
    expect("cValue" in result.end && result.end.cValue.equals(after.cValue)).toBe(true);
    expect(after.cValue.lt(before.cValue)).toBe(true);
    // The simulated host pays 15% a year; pSTAKE keeps 5% of it and caps restaking at 20% a year.
    expect(result.apr.gt(Dec.fromString("0.05")) && result.apr.lt(Dec.fromString("0.2"))).toBe(true);
    expect(computeLstYield(result.start, result.end).apr.toString()).toBe(result.apr.toString());
  });

  it("refuses a bad source, an end before the start, and observations in opposite directions", async () => {
    await expect(observeLstRate(reader, { source: { module: "nope" } as never })).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      field: "source",
    });
    await expect(getLstYield(reader, { source: { module: "liquidstake" }, fromHeight: -1n })).rejects.toMatchObject({
      field: "fromHeight",
    });
    const t = { time: 100n, cValue: Dec.fromString("0.8") };
    expect(() => computeLstYield(t, { time: 50n, cValue: Dec.fromString("0.79") })).toThrow(/after the start/);
    expect(() => computeLstYield(t, { time: 200n, redemptionRate: Dec.fromString("1.3") })).toThrow(
      /opposite directions/,
    );
  });
});
