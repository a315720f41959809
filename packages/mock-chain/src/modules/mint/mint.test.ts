import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import {
  ParamsSchema,
  type QueryAnnualProvisionsResponse,
  type QueryInflationResponse,
  type QueryParamsResponse,
} from "@persistence-sdk/proto/cosmos/mint/v1beta1";
import { describe, expect, it } from "vitest";
import { devnetTestChain } from "../staking/test-chain.test-support.js";
import { nextInflationRate } from "./minter.js";

const Q = "/cosmos.mint.v1beta1.Query/";
const ascii = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe("x/mint begin blocker", () => {
  it("mints annual provisions / blocks_per_year each block and hands them to distribution", () => {
    const chain = devnetTestChain({ inflation: true });
    const supplyBefore = chain.bank.getSupply(chain.query, "uxprt");
    expect(supplyBefore).toBe(8_002_000_000_000n);
    chain.mine();
    // 5% of 8,002,000,000,000 = 400,100,000,000 a year; / 6,311,520 blocks = 63,392.4 → 63,392 this block.
    const mint = chain.blockEvents.find((e) => e.type === "mint")!;
    expect(Object.fromEntries(mint.attributes.map((a) => [a.key, a.value]))).toEqual({
      bonded_ratio: "0.499875031242189452", // 4e12 / 8.002e12, truncated by QuoInt
      inflation: "0.050000000000000000",
      annual_provisions: "400100000000.000000000000000000",
      amount: "63392",
    });
    expect(chain.bank.getSupply(chain.query, "uxprt")).toBe(supplyBefore + 63_392n);
    // The next block's provision follows the grown supply.
    chain.mine();
    const annual = chain.queryPath<QueryAnnualProvisionsResponse>(`${Q}AnnualProvisions`, {});
    expect(Dec.fromProto(ascii(annual.annualProvisions)).toString()).toBe("400100003169.600000000000000000");
  });

  it("serves inflation and annual provisions as the ASCII of their 10^18-scaled integers, and the params", () => {
    const chain = devnetTestChain({ inflation: true });
    chain.mine();
    const inflation = chain.queryPath<QueryInflationResponse>(`${Q}Inflation`, {});
    expect(ascii(inflation.inflation)).toBe("50000000000000000");
    const params = chain.queryPath<QueryParamsResponse>(`${Q}Params`, {});
    expect(params.params).toMatchObject({ mintDenom: "uxprt", blocksPerYear: 6_311_520n });
  });

  it("mints nothing at zero inflation", () => {
    const chain = devnetTestChain();
    const supply = chain.bank.getSupply(chain.query, "uxprt");
    chain.mine(3);
    expect(chain.bank.getSupply(chain.query, "uxprt")).toBe(supply);
  });
});

describe("NextInflationRate", () => {
  // The SDK's defaults: rate change 13%, bounds 7%..20%, goal 67%, 6,311,520 blocks a year.
  const params = create(ParamsSchema, {
    mintDenom: "uxprt",
    inflationRateChange: Dec.fromString("0.13").toProto(),
    inflationMax: Dec.fromString("0.20").toProto(),
    inflationMin: Dec.fromString("0.07").toProto(),
    goalBonded: Dec.fromString("0.67").toProto(),
    blocksPerYear: 6_311_520n,
  });
  const next = (inflation: string, bondedRatio: string) =>
    nextInflationRate(params, Dec.fromString(inflation), Dec.fromString(bondedRatio)).toString();

  it("rises by 13%/blocks_per_year when nothing is bonded", () => {
    expect(next("0.07", "0")).toBe("0.070000020597257079");
  });

  it("stays put at the goal and falls when over-bonded", () => {
    expect(next("0.10", "0.67")).toBe("0.100000000000000000");
    expect(next("0.15", "1")).toBe("0.149999989855082334");
  });

  it("is clamped to the bounds", () => {
    expect(next("0.20", "0.5")).toBe("0.200000000000000000");
    expect(next("0.07", "1")).toBe("0.070000000000000000");
  });
});
