// Every query checks its input before anything is sent, and turns the node's "not found" and "unknown path" answers
// into typed errors (or `undefined` where absence is an answer).
import { type CometLike, createClient } from "@persistence-sdk/client";
import { describe, expect, it } from "vitest";
import { persistenceMockDevnetPstake } from "../chains.js";
import { UnknownHostChainError } from "../errors.js";
import { FAST, VALIDATOR } from "../testing.test-support.js";
import { getDepositAccountBalance } from "./getDepositAccountBalance.js";
import { getHostChain } from "./getHostChain.js";
import { getHostChainDeposits } from "./getHostChainDeposits.js";
import { getHostChainExchangeRate } from "./getHostChainExchangeRate.js";
import { getHostChainLsmDeposits } from "./getHostChainLsmDeposits.js";
import { getHostChainRedelegations } from "./getHostChainRedelegations.js";
import { getHostChainRedelegationTxs } from "./getHostChainRedelegationTxs.js";
import { getHostChains } from "./getHostChains.js";
import { getHostChainUnbonding } from "./getHostChainUnbonding.js";
import { getHostChainUnbondings } from "./getHostChainUnbondings.js";
import { getHostChainUserUnbondings } from "./getHostChainUserUnbondings.js";
import { getHostChainValidatorUnbondings } from "./getHostChainValidatorUnbondings.js";
import { getLiquidStakeIbcParams } from "./getLiquidStakeIbcParams.js";
import { getLiquidStakeIbcUserUnbondings } from "./getLiquidStakeIbcUserUnbondings.js";
import { getLiquidUnstakeUnbondings } from "./getLiquidUnstakeUnbondings.js";

/** A node answering every query with `answer`, recording the paths asked. */
function node(answer: { code: number; log: string }) {
  const paths: string[] = [];
  const comet: CometLike = {
    async abciQuery({ path }) {
      paths.push(path);
      return { code: answer.code, codespace: "sdk", log: answer.log, value: new Uint8Array() };
    },
    async broadcastTxSync() {
      throw new Error("not scripted");
    },
    async txSearch() {
      return { txs: [], totalCount: 0 };
    },
    disconnect() {},
  };
  return { paths, client: createClient({ rpcUrl: "http://fake", chain: persistenceMockDevnetPstake, comet, ...FAST }) };
}

describe("input checks before any query", () => {
  it.each([
    ["getHostChain", (c: never) => getHostChain(c, { chainId: "" }), "chainId"],
    ["getHostChainDeposits", (c: never) => getHostChainDeposits(c, { chainId: "has space" }), "chainId"],
    ["getHostChainLsmDeposits", (c: never) => getHostChainLsmDeposits(c, { chainId: 5 as never }), "chainId"],
    ["getHostChainUnbondings", (c: never) => getHostChainUnbondings(c, { chainId: "" }), "chainId"],
    ["getHostChainUnbonding", (c: never) => getHostChainUnbonding(c, { chainId: "c-1", epoch: -1n }), "epoch"],
    ["getHostChainUserUnbondings", (c: never) => getHostChainUserUnbondings(c, { chainId: "" }), "chainId"],
    ["getHostChainValidatorUnbondings", (c: never) => getHostChainValidatorUnbondings(c, { chainId: "" }), "chainId"],
    ["getDepositAccountBalance", (c: never) => getDepositAccountBalance(c, { chainId: "" }), "chainId"],
    ["getHostChainExchangeRate", (c: never) => getHostChainExchangeRate(c, { chainId: "" }), "chainId"],
    ["getHostChainRedelegations", (c: never) => getHostChainRedelegations(c, { chainId: "" }), "chainId"],
    ["getHostChainRedelegationTxs", (c: never) => getHostChainRedelegationTxs(c, { chainId: "" }), "chainId"],
    [
      "getLiquidStakeIbcUserUnbondings",
      (c: never) => getLiquidStakeIbcUserUnbondings(c, { delegator: VALIDATOR }),
      "delegator",
    ],
    [
      "getLiquidUnstakeUnbondings",
      (c: never) => getLiquidUnstakeUnbondings(c, { delegator: "cosmos1xyz" }),
      "delegator",
    ],
  ])("%s", async (_name, run, field) => {
    const { paths, client } = node({ code: 0, log: "" });
    await expect(run(client as never)).rejects.toMatchObject({ field });
    expect(paths).toEqual([]);
  });
});

describe("node answers", () => {
  it("an unknown host chain is UnknownHostChainError; an epoch without unbonding is undefined", async () => {
    const { client } = node({ code: 22, log: "key not found" });
    await expect(getHostChain(client, { chainId: "osmosis-1" })).rejects.toBeInstanceOf(UnknownHostChainError);
    await expect(getHostChainDeposits(client, { chainId: "osmosis-1" })).rejects.toBeInstanceOf(UnknownHostChainError);
    expect(await getHostChainUnbonding(client, { chainId: "osmosis-1", epoch: 4n })).toBeUndefined();
  });

  it("a chain without x/liquidstakeibc (core-1 since v12) says so for every query", async () => {
    const { client } = node({ code: 6, log: "unknown query path" });
    for (const run of [
      () => getHostChains(client),
      () => getLiquidStakeIbcParams(client),
      () => getHostChainUserUnbondings(client, { chainId: "cosmoshub-4" }),
      () =>
        getLiquidStakeIbcUserUnbondings(client, { delegator: "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6" }),
    ]) {
      await expect(run()).rejects.toMatchObject({
        code: "QUERY_FAILED",
        message: expect.stringMatching(/does not run x\/liquidstakeibc/),
      });
    }
  });
});
