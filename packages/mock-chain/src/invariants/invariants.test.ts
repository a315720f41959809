// The randomised invariant run at CI size (fixed seeds, a few hundred blocks), and proof that the checks are not
// vacuous: each group catches a book broken on purpose, and the replay catches a failed tx that leaves a trace.
// The long run (thousands of blocks) is the same function with more blocks: see bench/invariants.ts.
import { Dec } from "@persistence-sdk/core";
import type { AllianceAsset } from "@persistence-sdk/proto/alliance/alliance";
import { MsgVoteResponseSchema, MsgVoteSchema, VoteOption } from "@persistence-sdk/proto/cosmos/gov/v1beta1";
import type { Validator } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Deposit } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { describe, expect, it } from "vitest";
import { msgHandler } from "../app/handlers.js";
import { ChainError, type Context } from "../app/module.js";
import { devnetGenesis } from "../genesis/devnet-genesis.js";
import { devnetAllianceGenesis } from "../modules/alliance/index.js";
import { AllianceKeys } from "../modules/alliance/keys.js";
import { BasketVaultKeys } from "../modules/basketvault/keys.js";
import { setCommunityPool } from "../modules/distribution/store.js";
import { LsibcKeys } from "../modules/liquidstakeibc/store.js";
import { StakingKeys } from "../modules/staking/keys.js";
import { createChain, type MockChain } from "../node/chain.js";
import { checkInvariants, type InvariantGroup } from "./checks.js";
import { Inspector } from "./inspect.js";
import { InvariantViolationError, type RandomisedRunResult, runRandomisedChain } from "./runner.js";
import { txMessage } from "./signer.js";

function summary(result: RandomisedRunResult): string {
  return `seed ${result.seed}: ${result.blocks} blocks, ${result.actionsAttempted} actions (${result.actionsSucceeded} ok, ${result.actionsFailed} failed, ${result.actionsRejected} refused), ${result.invariantChecks} checks, ${result.replays} replays, ${Math.round(result.elapsedMs)} ms`;
}

describe("the randomised run", () => {
  for (const seed of [1, 2]) {
    it(`holds every invariant after every block (seed ${seed})`, async () => {
      const result = await runRandomisedChain({ seed, blocks: 100, replayFailures: 0.5 });
      console.info(summary(result));
      expect(result.violations).toEqual([]);
      expect(result.blocks).toBe(100);
      expect(result.actionsSucceeded).toBeGreaterThan(0);
      expect(result.actionsFailed).toBeGreaterThan(0);
      expect(result.replays).toBeGreaterThan(0);
      expect(result.checks["basket.value-per-share"]).toBeGreaterThan(0);
      expect(result.checks["liquidstake.value-per-token"]).toBeGreaterThan(0);
      expect(result.invariantChecks).toBeGreaterThanOrEqual(101 * 8);
    }, 240_000);
  }

  it("holds them with the Persistence fork's Alliance math (v0.3.4: reward split rw/Σrw, Rounder 10^-6)", async () => {
    const genesis = devnetGenesis();
    const alliance = devnetAllianceGenesis({ mathVersion: "v0.3.4" });
    let math = "";
    const result = await runRandomisedChain({
      seed: 3,
      blocks: 60,
      replayFailures: 0.5,
      chainOptions: { genesis: { ...genesis, appState: { ...genesis.appState, alliance } } },
      onBlock: (block, chain, inspect) => {
        if (block.index === 1) math = inspect((ctx) => chain.keepers.alliance.mathVersion(ctx));
      },
    });
    console.info(summary(result));
    expect(math).toBe("v0.3.4");
    expect(result.violations).toEqual([]);
  }, 240_000);

  it("is reproducible: the same seed gives the same run", async () => {
    const a = await runRandomisedChain({ seed: 42, blocks: 25, replayFailures: 0 });
    const b = await runRandomisedChain({ seed: 42, blocks: 25, replayFailures: 0 });
    const shape = (r: RandomisedRunResult) => ({ ...r, elapsedMs: 0 });
    expect(shape(a)).toEqual(shape(b));
  }, 120_000);
});

/** A devnet chain with the inspector, for breaking books by hand. */
function inspected(): { chain: MockChain; check: () => string[]; run: (fn: (ctx: Context) => void) => void } {
  const inspector = new Inspector();
  const chain = createChain({ modules: () => [inspector.module()] });
  chain.control.mine(2);
  return {
    chain,
    check: () => inspector.inspect(chain, (ctx) => checkInvariants(ctx, chain.keepers)).map((v) => v.invariant),
    run: (fn) => {
      chain.control.invoke("invariants/run", fn);
    },
  };
}

describe("the checks catch broken books", () => {
  const cases: [InvariantGroup | string, string, (chain: MockChain) => (ctx: Context) => void][] = [
    [
      "bank.supply",
      "a balance credited without minting",
      (chain) => (ctx) => {
        const user = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";
        chain.keepers.bank.setBalance(ctx, user, "uxprt", chain.keepers.bank.getBalance(ctx, user, "uxprt") + 1n);
      },
    ],
    [
      "non-negative",
      "a negative idle holding",
      () => (ctx) => {
        const key = BasketVaultKeys.basket(1n);
        const basket = ctx.store.get<{ constituents: { idle: string }[] }>(key)!;
        ctx.store.set(key, {
          ...basket,
          constituents: basket.constituents.map((c, i) => (i === 0 ? { ...c, idle: "-5" } : c)),
        });
      },
    ],
    [
      "staking.pools",
      "a validator's tokens raised without funding the bonded pool",
      () => (ctx) => {
        const [key, validator] = ctx.store.iterate<Validator>(StakingKeys.validatorPrefix).next().value!;
        ctx.store.set(key, { ...validator, tokens: (BigInt(validator.tokens) + 1n).toString() });
      },
    ],
    [
      "distribution.module-balance",
      "a community pool larger than the module holds",
      () => (ctx) => setCommunityPool(ctx.store, [{ denom: "uxprt", amount: Dec.fromInt(10n ** 9n) }]),
    ],
    [
      "alliance.module-balance",
      "an asset's total tokens raised above what the module holds",
      () => (ctx) => {
        const [key, asset] = ctx.store.iterate<AllianceAsset>(AllianceKeys.assetPrefix).next().value!;
        ctx.store.set(key, { ...asset, totalTokens: (BigInt(asset.totalTokens) + 10n ** 9n).toString() });
      },
    ],
    [
      "alliance.total-tokens",
      "a delegation's shares doubled",
      () => (ctx) => {
        const [key, delegation] = ctx.store.iterate<{ shares: string }>(AllianceKeys.delegationPrefix).next().value!;
        ctx.store.set(key, { ...delegation, shares: (BigInt(delegation.shares) * 2n).toString() });
      },
    ],
    [
      "alliance.validator-shares",
      "a validator's shares of an asset raised",
      () => (ctx) => {
        type Info = { validator: { validatorShares: { denom: string; amount: string }[] } };
        const [key, state] = ctx.store.iterate<Info>(AllianceKeys.validatorPrefix).next().value as [string, Info];
        const shares = state.validator.validatorShares.map((c, i) =>
          i === 0 ? { ...c, amount: (BigInt(c.amount) + 10n ** 30n).toString() } : c,
        );
        ctx.store.set(key, { ...state, validator: { ...state.validator, validatorShares: shares } });
      },
    ],
    [
      "basket.module-balance",
      "idle holdings the module account does not have",
      () => (ctx) => {
        const key = BasketVaultKeys.basket(1n);
        const basket = ctx.store.get<{ constituents: { idle: string }[] }>(key)!;
        ctx.store.set(key, {
          ...basket,
          constituents: basket.constituents.map((c) => ({ ...c, idle: (BigInt(c.idle) + 10n ** 12n).toString() })),
        });
      },
    ],
    [
      "basket.targets",
      "targets that do not sum to one",
      () => (ctx) => {
        const key = BasketVaultKeys.basket(1n);
        const basket = ctx.store.get<{ constituents: { targetWeight: string }[] }>(key)!;
        ctx.store.set(key, { ...basket, constituents: basket.constituents.map((c) => ({ ...c, targetWeight: "1" })) });
      },
    ],
    [
      "basket.shares",
      "a holder's reward snapshot dropped",
      () => (ctx) => {
        const [key] = ctx.store.iterate(BasketVaultKeys.snapshotPrefix).next().value!;
        ctx.store.delete(key);
      },
    ],
    [
      "liquidstake.backing",
      "stkXPRT whose delegations vanished",
      (chain) => (ctx) => {
        const proxy = chain.keepers.liquidStake.proxyAddress;
        for (const d of chain.keepers.staking.delegatorDelegations(ctx.store, proxy)) {
          for (const [key, value] of [
            ...ctx.store.iterate<{ delegatorAddress: string; validatorAddress: string }>("staking/"),
          ]) {
            if (value?.delegatorAddress === proxy && value.validatorAddress === d.validatorAddress)
              ctx.store.delete(key);
          }
        }
      },
    ],
    [
      "liquidstakeibc.deposits",
      "a deposit record larger than the deposit account",
      () => (ctx) => {
        for (const [key, deposit] of [...ctx.store.iterate<Deposit>(LsibcKeys.deposit)]) {
          ctx.store.set(key, {
            ...deposit,
            amount: { ...deposit.amount!, amount: (BigInt(deposit.amount!.amount) + 7n).toString() },
          });
        }
      },
    ],
  ];

  it("starts from a devnet that satisfies every check", () => {
    const { chain, check } = inspected();
    expect(check()).toEqual([]);
    chain.close();
  });

  for (const [invariant, what, corrupt] of cases) {
    it(`${invariant}: ${what}`, () => {
      const { chain, check, run } = inspected();
      run(corrupt(chain));
      expect(check()).toContain(invariant);
      chain.close();
    });
  }
});

describe("the replay of failed txs", () => {
  it("catches a failing message that changed state before it failed", async () => {
    // A handler that breaks the store's rule (never mutate what `get` returns) and then fails: the mutation reaches
    // the committed state although the tx failed.
    const leaky = msgHandler(MsgVoteSchema, MsgVoteResponseSchema, (ctx) => {
      const basket = ctx.store.get<{ highWaterMark: string }>(BasketVaultKeys.basket(1n))!;
      basket.highWaterMark = "1";
      throw new ChainError("gov", 2, "unknown proposal");
    });
    const run = runRandomisedChain({
      seed: 5,
      blocks: 30,
      replayFailures: 1,
      chainOptions: {
        modules: () => [{ name: "leaky", msgHandlers: { [`/${MsgVoteSchema.typeName}`]: leaky } }],
      },
      extraActions: {
        "leaky.vote": {
          weight: 30,
          generate: (_rng, view) => {
            const voter = view.accounts.get(3)!.address;
            return {
              kind: "leaky.vote",
              signer: 3,
              messages: [txMessage(MsgVoteSchema, { proposalId: 1n, voter, option: VoteOption.YES })],
            };
          },
        },
      },
    });
    await expect(run).rejects.toThrow(InvariantViolationError);
    await expect(run).rejects.toThrow(/tx\.no-trace[\s\S]*highWaterMark/);
  }, 120_000);
});
