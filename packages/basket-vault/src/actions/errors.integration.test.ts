// Error paths against the mock chain, for both signer kinds: bad input and states the chain would refuse (wrong
// denom, zero or negative amounts, stale rates, a paused or halted basket, more shares than held, a slippage
// tolerance out of range, wrong prefixes) are typed errors BEFORE anything is signed or sent (the height and the
// mempool do not move); what only the chain can refuse arrives as a typed BasketVaultTxError found by the simulation.
// Also the authority, guardian and feeder actions: pause/unpause, resolveRate, updateBasket, updateParams.
import { type Client, NoSignerError, sendTx } from "@persistence-sdk/client";
import { Dec } from "@persistence-sdk/core";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildCutBatch } from "../builders/buildCutBatch.js";
import { BasketVaultError, BasketVaultTxError, basketVaultTxErrorOf } from "../errors.js";
import { getBasketPosition } from "../previews/getBasketPosition.js";
import { previewDeposit } from "../previews/previewDeposit.js";
import { getBasket } from "../queries/getBasket.js";
import { getBasketNav } from "../queries/getBasketNav.js";
import { getBasketVaultParams } from "../queries/getBasketVaultParams.js";
import { getPreviewDeposit } from "../queries/getPreviewDeposit.js";
import { getRedeemRequest } from "../queries/getRedeemRequest.js";
import {
  ACCOUNT,
  ATOM_BASKET,
  authorityClient,
  constituent,
  D_ATOM,
  d,
  devnetClient,
  feederClient,
  freshAccount,
  Q_ATOM,
  ST_ATOM,
  startChain,
  testSettings,
  withPrefix,
} from "../testing.test-support.js";
import { cancelRedeem } from "./cancelRedeem.js";
import { claim } from "./claim.js";
import { createBasket } from "./createBasket.js";
import { cutBatch } from "./cutBatch.js";
import { deposit } from "./deposit.js";
import { instantRedeem } from "./instantRedeem.js";
import { pause } from "./pause.js";
import { postRates } from "./postRates.js";
import { requestRedeem } from "./requestRedeem.js";
import { resolveRate } from "./resolveRate.js";
import { unpause } from "./unpause.js";
import { updateBasket } from "./updateBasket.js";
import { updateParams } from "./updateParams.js";

let chain: RunningMockChain;
let reader: Client;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
});

afterAll(async () => {
  await chain?.stop();
});

/** Height and mempool: what must not move when something is refused before signing. */
function activity() {
  return { height: chain.chain.status().latestHeight, mempool: chain.chain.numUnconfirmedTxs().count };
}

/** Expects `run` to be refused before signing, with `code` (and `reason` for BasketVaultErrors). */
async function refusedBeforeSigning(run: () => Promise<unknown>, code: string, reason?: string): Promise<Error> {
  const before = activity();
  const error = await run().catch((e: unknown) => e);
  expect(error, `expected ${code}`).toBeInstanceOf(Error);
  expect((error as { code?: string }).code).toBe(code);
  if (reason !== undefined) {
    expect(error).toBeInstanceOf(BasketVaultError);
    expect((error as BasketVaultError).reason).toBe(reason);
  }
  expect((error as { fix?: string }).fix?.length).toBeGreaterThan(10);
  expect(activity()).toEqual(before);
  return error as Error;
}

/** Expects the chain to refuse in the simulation (nothing signed or paid), typed. */
async function refusedByChain(run: () => Promise<unknown>, reason: string): Promise<BasketVaultTxError> {
  const before = activity();
  const error = await run().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(BasketVaultTxError);
  expect((error as BasketVaultTxError).reason).toBe(reason);
  expect((error as BasketVaultTxError).phase).toBe("simulate");
  expect(activity()).toEqual(before);
  return error as BasketVaultTxError;
}

describe.each(["direct", "amino"] as const)("signed %s", (mode) => {
  let client: Client;
  let address: string;
  let authority: Client;
  let feeder: Client;
  let basketId: bigint;

  beforeAll(async () => {
    ({ client, address } = await freshAccount(chain, mode));
    authority = await authorityClient(chain, mode);
    feeder = await feederClient(chain, mode);
    // A basket of its own, with a one-hour staleness so that rates can go stale without waiting a day.
    ({ basketId } = await createBasket(authority, {
      underlyingDenom: "uatom",
      underlyingExponent: 6,
      constituents: [constituent(ST_ATOM), constituent(Q_ATOM), constituent(D_ATOM)],
      config: testSettings({ maxStalenessSeconds: 3_600n, epochSeconds: 3_600n }),
      rewardDenom: "uxprt",
    }));
    await postRates(feeder, {
      basketId,
      rates: [
        { denom: ST_ATOM, raw: d("1.25") },
        { denom: Q_ATOM, raw: d("1.4") },
        { denom: D_ATOM, raw: d("1.1") },
      ],
    });
    await deposit(client, { basketId, amount: { denom: ST_ATOM, amount: 10_000_000n } });
  });

  it("a denom that is not a constituent (deposit, single and instant redemptions)", async () => {
    const error = await refusedBeforeSigning(
      () => deposit(client, { basketId, amount: { denom: "uxprt", amount: 1_000n } }),
      "UNKNOWN_CONSTITUENT",
      "UNKNOWN_CONSTITUENT",
    );
    expect((error as BasketVaultError).fix).toContain(ST_ATOM);
    await refusedBeforeSigning(
      () => requestRedeem(client, { basketId, shares: 1_000n, mode: "SINGLE", outDenom: "stk/uatom" }),
      "UNKNOWN_CONSTITUENT",
      "UNKNOWN_CONSTITUENT",
    );
    await refusedBeforeSigning(
      () => instantRedeem(client, { basketId, shares: 1_000n, outDenom: "uxprt" }),
      "UNKNOWN_CONSTITUENT",
      "UNKNOWN_CONSTITUENT",
    );
  });

  it("zero and negative amounts, and ids that are not ids", async () => {
    await refusedBeforeSigning(
      () => deposit(client, { basketId, amount: { denom: ST_ATOM, amount: 0n } }),
      "INVALID_AMOUNT",
    );
    await refusedBeforeSigning(
      () => deposit(client, { basketId, amount: { denom: ST_ATOM, amount: -5n } }),
      "NEGATIVE_AMOUNT",
    );
    await refusedBeforeSigning(
      () => requestRedeem(client, { basketId, shares: 0n, mode: "PRO_RATA" }),
      "INVALID_AMOUNT",
    );
    await refusedBeforeSigning(
      () => instantRedeem(client, { basketId, shares: -1n, outDenom: ST_ATOM }),
      "NEGATIVE_AMOUNT",
    );
    await refusedBeforeSigning(() => cancelRedeem(client, { requestId: 0n }), "INVALID_ARGUMENT");
    await refusedBeforeSigning(
      () => deposit(client, { basketId: 999n, amount: { denom: ST_ATOM, amount: 1n } }),
      "NOT_FOUND",
      "BASKET_NOT_FOUND",
    );
  });

  it("share amounts above the balance, and a deposit above the balance", async () => {
    const held = (await getBasketPosition(client, { basketId, yield: false })).shares;
    const error = await refusedBeforeSigning(
      () => requestRedeem(client, { basketId, shares: held + 1n, mode: "PRO_RATA" }),
      "INSUFFICIENT_FUNDS",
      "INSUFFICIENT_SHARES",
    );
    expect(error.message).toContain(held.toString());
    await refusedBeforeSigning(
      () => instantRedeem(client, { basketId, shares: held + 1n, outDenom: ST_ATOM }),
      "INSUFFICIENT_FUNDS",
      "INSUFFICIENT_SHARES",
    );
    await refusedBeforeSigning(
      () => deposit(client, { basketId, amount: { denom: Q_ATOM, amount: 1_000_000_001n } }),
      "INSUFFICIENT_FUNDS",
      "INSUFFICIENT_FUNDS",
    );
  });

  it("a slippage tolerance out of range, and a guard the state does not meet", async () => {
    const amount = { denom: ST_ATOM, amount: 1_000n };
    await refusedBeforeSigning(() => deposit(client, { basketId, amount, slippage: Dec.ONE }), "RATE_OUT_OF_RANGE");
    await refusedBeforeSigning(() => deposit(client, { basketId, amount, slippage: d("-0.01") }), "RATE_OUT_OF_RANGE");
    await refusedBeforeSigning(
      () => requestRedeem(client, { basketId, shares: 1n, mode: "PRO_RATA", slippage: d("1.5") }),
      "RATE_OUT_OF_RANGE",
    );
    await refusedBeforeSigning(() => deposit(client, { basketId, amount, slippage: 0.01 as never }), "INVALID_DECIMAL");
    const { shares } = await previewDeposit(client, { basketId, amount });
    await refusedBeforeSigning(
      () => deposit(client, { basketId, amount, minSharesOut: shares + 1n }),
      "SLIPPAGE",
      "SLIPPAGE",
    );
  });

  it("addresses of another chain", async () => {
    await refusedBeforeSigning(
      () =>
        deposit(client, { basketId, amount: { denom: ST_ATOM, amount: 1n }, receiver: withPrefix(ACCOUNT, "cosmos") }),
      "WRONG_ADDRESS_PREFIX",
    );
    await refusedBeforeSigning(
      () => requestRedeem(client, { basketId, shares: 1n, mode: "PRO_RATA", receiver: withPrefix(ACCOUNT, "osmo") }),
      "WRONG_ADDRESS_PREFIX",
    );
    await refusedBeforeSigning(
      () => getBasketPosition(reader, { basketId, owner: withPrefix(address, "cosmos") }),
      "WRONG_ADDRESS_PREFIX",
    );
  });

  it("requests: someone else's, not PENDING, not CLAIMABLE, nothing to claim, unknown", async () => {
    const { requestId } = await requestRedeem(client, { basketId, shares: 1_000n, mode: "PRO_RATA" });
    const other = await freshAccount(chain, mode);
    await refusedBeforeSigning(() => cancelRedeem(other.client, { requestId }), "UNAUTHORIZED", "NOT_REQUEST_OWNER");
    await refusedBeforeSigning(
      () => claim(client, { requestIds: [requestId] }),
      "INVALID_ARGUMENT",
      "INVALID_REQUEST_STATUS",
    );
    await refusedBeforeSigning(() => claim(client, { basketId }), "INVALID_ARGUMENT", "NOTHING_TO_CLAIM");
    await cancelRedeem(client, { requestId });
    await refusedBeforeSigning(() => cancelRedeem(client, { requestId }), "INVALID_ARGUMENT", "INVALID_REQUEST_STATUS");
    await refusedBeforeSigning(() => cancelRedeem(client, { requestId: 99_999n }), "NOT_FOUND", "REQUEST_NOT_FOUND");
  });

  it("a cut before the epoch is refused before signing; sent anyway, the simulation refuses it, typed", async () => {
    await refusedBeforeSigning(() => cutBatch(client, { basketId }), "INVALID_ARGUMENT", "EPOCH_NOT_ELAPSED");
    const error = await refusedByChain(
      () =>
        sendTx(client, { messages: [buildCutBatch(client, { sender: address, basketId })] }).catch((e: unknown) => {
          throw basketVaultTxErrorOf(e);
        }),
      "EPOCH_NOT_ELAPSED",
    );
    expect(error.code).toBe("INVALID_ARGUMENT");
  });

  it("stale rates: deposits, instant redemptions and cuts are refused before signing; requests still work", async () => {
    chain.control.advanceTime(7_200n);
    const nav = await getBasketNav(reader, { basketId });
    expect(nav.ratesFresh).toBe(false);
    await refusedBeforeSigning(
      () => deposit(client, { basketId, amount: { denom: ST_ATOM, amount: 1_000n } }),
      "STALE_RATE",
      "STALE_RATE",
    );
    await refusedBeforeSigning(
      () => instantRedeem(client, { basketId, shares: 1_000n, outDenom: ST_ATOM }),
      "STALE_RATE",
      "STALE_RATE",
    );
    await refusedBeforeSigning(() => cutBatch(client, { basketId }), "STALE_RATE", "STALE_RATE");
    // The chain's own preview refuses in the same terms.
    await expect(
      getPreviewDeposit(reader, { basketId, amount: { denom: ST_ATOM, amount: 1_000n } }),
    ).rejects.toMatchObject({
      reason: "STALE_RATE",
    });
    const { requestId } = await requestRedeem(client, { basketId, shares: 1_000n, mode: "PRO_RATA" });
    expect((await getRedeemRequest(reader, { requestId })).status).toBe("PENDING");
    await cancelRedeem(client, { requestId });
    await postRates(feeder, {
      basketId,
      rates: [
        { denom: ST_ATOM, raw: d("1.25") },
        { denom: Q_ATOM, raw: d("1.4") },
        { denom: D_ATOM, raw: d("1.1") },
      ],
    });
    expect((await deposit(client, { basketId, amount: { denom: ST_ATOM, amount: 1_000n } })).shares).toBeGreaterThan(
      0n,
    );
  });

  it("a paused basket: refused before signing; the guardian pauses, the authority unpauses, typed chain refusals", async () => {
    const paused = await pause(authority, { basketId });
    expect(paused.guardian).toBe((await getBasket(reader, { basketId })).config.guardian);
    expect((await getBasketNav(reader, { basketId })).status).toBe("PAUSED");
    await refusedBeforeSigning(
      () => deposit(client, { basketId, amount: { denom: ST_ATOM, amount: 1_000n } }),
      "BASKET_PAUSED",
      "BASKET_PAUSED",
    );
    await refusedBeforeSigning(
      () => instantRedeem(client, { basketId, shares: 1_000n, outDenom: ST_ATOM }),
      "BASKET_PAUSED",
      "BASKET_PAUSED",
    );
    await refusedByChain(() => pause(authority, { basketId }), "BASKET_PAUSED");
    await refusedByChain(() => pause(client, { basketId }), "UNAUTHORIZED_GUARDIAN");
    await refusedByChain(() => unpause(client, { basketId }), "INVALID_AUTHORITY");
    await unpause(authority, { basketId });
    await refusedByChain(() => unpause(authority, { basketId }), "BASKET_NOT_PAUSED");
    expect((await getBasketNav(reader, { basketId })).status).toBe("ACTIVE");
  });

  it("a halted constituent: a large drop halts the basket until the authority resolves it", async () => {
    const { results } = await postRates(feeder, { basketId, rates: [{ denom: Q_ATOM, raw: d("1.2") }] });
    expect(results[0]).toMatchObject({ denom: Q_ATOM, outcome: "HALTED" });
    expect(results[0]!.postedRate.toString()).toBe("1.200000000000000000");
    const nav = await getBasketNav(reader, { basketId });
    expect(nav.halted).toBe(true);
    expect(nav.constituents.find((c) => c.denom === Q_ATOM)).toMatchObject({ status: "HALTED" });
    await refusedBeforeSigning(
      () => deposit(client, { basketId, amount: { denom: ST_ATOM, amount: 1_000n } }),
      "CONSTITUENT_HALTED",
      "CONSTITUENT_HALTED",
    );
    const position = await getBasketPosition(client, { basketId, yield: false });
    expect(position.operable).toBe(false);
    await refusedByChain(() => resolveRate(authority, { basketId, denom: ST_ATOM, accept: true }), "NOT_HALTED");
    await refusedByChain(() => resolveRate(client, { basketId, denom: Q_ATOM, accept: true }), "INVALID_AUTHORITY");
    const resolved = await resolveRate(authority, { basketId, denom: Q_ATOM, accept: false });
    expect(resolved.rate.toString()).toBe("1.400000000000000000");
    expect((await getBasketNav(reader, { basketId })).halted).toBe(false);
    expect((await deposit(client, { basketId, amount: { denom: ST_ATOM, amount: 1_000n } })).shares).toBeGreaterThan(
      0n,
    );
  });

  it("only feeders post rates and only the authority creates baskets (typed chain refusals)", async () => {
    await refusedByChain(
      () => postRates(client, { basketId, rates: [{ denom: ST_ATOM, raw: d("1.25") }] }),
      "UNAUTHORIZED_FEEDER",
    );
    await refusedByChain(
      () =>
        createBasket(client, {
          underlyingDenom: "uatom",
          underlyingExponent: 6,
          constituents: [constituent(ST_ATOM)],
          config: testSettings(),
          rewardDenom: "uxprt",
        }),
      "INVALID_AUTHORITY",
    );
  });

  it("updateBasket winds a constituent down (no deposits), updateParams replaces the params", async () => {
    const basket = await getBasket(reader, { basketId });
    const updated = await updateBasket(authority, {
      basketId,
      constituents: [constituent(ST_ATOM), constituent(Q_ATOM)],
      config: basket.config,
    });
    expect(updated).toMatchObject({ added: [], windingDown: [D_ATOM], reinstated: [] });
    const after = await getBasket(reader, { basketId });
    expect(after.constituents.find((c) => c.denom === D_ATOM)).toMatchObject({ status: "WINDING_DOWN" });
    expect(after.constituents.find((c) => c.denom === D_ATOM)!.targetWeight.isZero()).toBe(true);
    await refusedBeforeSigning(
      () => deposit(client, { basketId, amount: { denom: D_ATOM, amount: 1_000n } }),
      "CONSTITUENT_WINDING_DOWN",
      "CONSTITUENT_WINDING_DOWN",
    );
    const reinstated = await updateBasket(authority, {
      basketId,
      constituents: [constituent(ST_ATOM), constituent(Q_ATOM), constituent(D_ATOM)],
      config: after.config,
    });
    expect(reinstated.reinstated).toEqual([D_ATOM]);

    const params = await getBasketVaultParams(reader);
    await updateParams(authority, { params: { ...params, maxClaimRequestIds: params.maxClaimRequestIds + 1 } });
    expect((await getBasketVaultParams(reader)).maxClaimRequestIds).toBe(params.maxClaimRequestIds + 1);
    await updateParams(authority, { params });
    await refusedByChain(() => updateParams(client, { params }), "INVALID_AUTHORITY");
  });
});

describe("without a signer", () => {
  it("actions say so before anything is sent", async () => {
    const before = activity();
    const error = await deposit(reader, { basketId: ATOM_BASKET, amount: { denom: ST_ATOM, amount: 1n } }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(NoSignerError);
    await expect(getBasketPosition(reader, { basketId: ATOM_BASKET })).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      field: "owner",
    });
    expect(activity()).toEqual(before);
  });
});
