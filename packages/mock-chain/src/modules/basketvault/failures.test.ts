// Every refusal of the basket vault through unmodified cosmjs clients: the codespace, code and log wording the
// chain reports, and the state left exactly as it was (the vault's whole exported state, and the signer's balances
// apart from the fee). Queries fail the way a Go module's gRPC query would.
import { fromHex } from "@cosmjs/encoding";
import type { SigningStargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import * as bv from "@persistence-sdk/proto/persistence/basketvault/v1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import {
  constituent,
  dec,
  expectInvariants,
  FEE,
  msg,
  ok,
  q,
  queryClient,
  send,
  signer,
  testConfig,
} from "./basketvault.test-support.js";

const { UNDERLYING_PER_LST } = bv.RateDirection;
const ST = DEVNET_LSTS.stAtom.denom;
const QA = DEVNET_LSTS.qAtom.denom;
const DA = DEVNET_LSTS.dAtom.denom;
const DAY = 86_400n;

let chain: RunningMockChain;
let comet: Comet38Client;
type Party = { address: string; client: SigningStargateClient };
let authority: Party;
let feeder: Party;
let alice: Party;

beforeAll(async () => {
  chain = await startMockChain();
  comet = await Comet38Client.connect(chain.rpcUrl);
  [authority, feeder, alice] = await Promise.all([signer(chain, 10), signer(chain, 9), signer(chain, 3)]);
});

afterAll(async () => {
  for (const party of [authority, feeder, alice]) party?.client.disconnect();
  comet?.disconnect();
  await chain?.stop();
});

function fingerprint(address: string) {
  return {
    vault: JSON.stringify(chain.chain.exportGenesis().appState.basketvault),
    balances: chain.chain
      .query(BankQuery.method.allBalances, { address })
      .balances.map((c) => [
        c.denom,
        c.denom === "uxprt" ? BigInt(c.amount) + BigInt(FEE.amount[0]!.amount) : c.amount,
      ]),
  };
}

/** Sends `message`, expects it refused with (codespace, code) and `log` in the log, and nothing but the fee spent. */
async function refused(
  party: Party,
  message: ReturnType<typeof msg>,
  codespace: string,
  code: number,
  log: string | RegExp,
): Promise<string> {
  const before = fingerprint(party.address);
  const result = await send(party.client, party.address, message);
  expect(result.code, result.rawLog).toBe(code);
  const indexed = await comet.tx({ hash: fromHex(result.transactionHash) });
  expect(indexed.result.codespace).toBe(codespace);
  const text = (indexed.result.log ?? "").replace(/^failed to execute message; message index: 0: /, "");
  if (typeof log === "string") expect(text).toBe(log);
  else expect(text).toMatch(log);
  const after = fingerprint(party.address);
  expect(after.vault).toBe(before.vault);
  expect(after.balances.map(([denom, amount]) => [denom, denom === "uxprt" ? amount : amount])).toEqual(
    before.balances.map(([denom, amount]) =>
      denom === "uxprt" ? [denom, (amount as bigint) - BigInt(FEE.amount[0]!.amount)] : [denom, amount],
    ),
  );
  expectInvariants(chain);
  return text;
}

async function createBasket(constituents: ReturnType<typeof constituent>[], config = testConfig()) {
  const { response } = await ok(
    authority.client,
    authority.address,
    msg(bv.MsgCreateBasketSchema, {
      authority: authority.address,
      underlyingDenom: "uatom",
      underlyingExponent: 6,
      constituents,
      config,
      rewardDenom: "uxprt",
    }),
    bv.MsgCreateBasketResponseSchema,
  );
  return response.basketId;
}

async function postRates(basketId: bigint, rates: [string, string][]) {
  const sourceTime = q(chain, "nav", { basketId }).time!;
  const { response } = await ok(
    feeder.client,
    feeder.address,
    msg(bv.MsgPostRatesSchema, {
      feeder: feeder.address,
      basketId,
      rates: rates.map(([denom, raw]) => ({ denom, raw: dec(raw), sourceTime })),
    }),
    bv.MsgPostRatesResponseSchema,
  );
  return response.results;
}

function depositMsg(basketId: bigint, denom: string, amount: bigint, minSharesOut = 0n, sender = alice.address) {
  return msg(bv.MsgDepositSchema, {
    sender,
    basketId,
    amount: { denom, amount: amount.toString() },
    minSharesOut: minSharesOut.toString(),
    receiver: "",
  });
}

async function deposit(basketId: bigint, denom: string, amount: bigint) {
  return (await ok(alice.client, alice.address, depositMsg(basketId, denom, amount), bv.MsgDepositResponseSchema))
    .response;
}

describe("deposits refused", () => {
  let id: bigint;

  beforeAll(async () => {
    id = await createBasket(
      [constituent(ST, UNDERLYING_PER_LST, "0", "0.6", "3000000"), constituent(QA, UNDERLYING_PER_LST, "0", "1")],
      testConfig({ minNavForWeightChecks: "1000000", band: dec("0.1") }),
    );
    await postRates(id, [
      [ST, "1.25"],
      [QA, "1.40"],
    ]);
    await deposit(id, ST, 1_000_000n); // below min_nav_for_weight_checks: no weight check yet
  });

  it("refuses an unknown basket (basketvault 3) and an unknown constituent (basketvault 4)", async () => {
    await refused(alice, depositMsg(99n, ST, 1000n), "basketvault", 3, "basket 99: basket not found");
    const log = await refused(alice, depositMsg(id, DA, 1000n), "basketvault", 4, /unknown constituent$/);
    expect(log).toContain("not a constituent of this basket");
  });

  it("refuses a deposit over the weight cap: w_after ≤ min(max_weight, target + band) (basketvault 10)", async () => {
    // A = 1.25 ATOM ≥ min_nav: stATOM's weight would stay 1 > min(0.6, 0.5 + 0.1).
    const log = await refused(alice, depositMsg(id, ST, 100n), "basketvault", 10, /weight cap exceeded$/);
    expect(log).toContain("above its weight limit");
    expect(log).toContain("0.600000000000000000");
  });

  it("refuses a deposit over the value cap (basketvault 9)", async () => {
    // (1,000,000 + 2,000,000)·1.25 = 3,750,000 > cap 3,000,000
    const log = await refused(alice, depositMsg(id, ST, 2_000_000n), "basketvault", 9, /cap exceeded$/);
    expect(log).toContain("Deposit at most 1400000");
  });

  it("refuses fewer shares than min_shares_out (basketvault 11), and a deposit that mints nothing", async () => {
    const preview = q(chain, "previewDeposit", { basketId: id, amount: { denom: QA, amount: "1000000" } });
    await refused(
      alice,
      depositMsg(id, QA, 1_000_000n, BigInt(preview.shares) + 1n),
      "basketvault",
      11,
      /fewer shares than minSharesOut.*: slippage$/,
    );
    await ok(
      alice.client,
      alice.address,
      depositMsg(id, QA, 1_000_000n, BigInt(preview.shares)),
      bv.MsgDepositResponseSchema,
    );
  });

  it("refuses invalid coins (sdk 10), a bad address (sdk 7) and a missing balance (sdk 5)", async () => {
    await refused(alice, depositMsg(id, ST, 0n), "sdk", 10, `0${ST}: invalid coins`);
    await refused(
      alice,
      msg(bv.MsgDepositSchema, {
        sender: alice.address,
        basketId: id,
        amount: { denom: QA, amount: "10" },
        minSharesOut: "0",
        receiver: "cosmos1xyz",
      }),
      "sdk",
      7,
      /^invalid receiver address: .*: invalid address$/,
    );
    // The authority holds no LSTs.
    await refused(
      authority,
      depositMsg(id, QA, 100n, 0n, authority.address),
      "sdk",
      5,
      `spendable balance 0${QA} is smaller than 100${QA}: insufficient funds`,
    );
  });

  it("refuses a stale rate (basketvault 5) while requests go on", async () => {
    const stale = await createBasket([constituent(ST, UNDERLYING_PER_LST)], testConfig({ maxStalenessSeconds: DAY }));
    await postRates(stale, [[ST, "1.25"]]);
    const shares = BigInt((await deposit(stale, ST, 1_000_000n)).shares);
    chain.control.advanceTime(DAY + 1n);
    expect(q(chain, "nav", { basketId: stale }).ratesFresh).toBe(false);
    const log = await refused(alice, depositMsg(stale, ST, 1000n), "basketvault", 5, /stale rate$/);
    expect(log).toContain(`the rate of ${ST} is stale`);
    await refused(
      alice,
      msg(bv.MsgInstantRedeemSchema, {
        owner: alice.address,
        basketId: stale,
        shares: "1000",
        outDenom: ST,
        minOut: "0",
      }),
      "basketvault",
      5,
      /stale rate$/,
    );
    await refused(
      feeder,
      msg(bv.MsgCutBatchSchema, { sender: feeder.address, basketId: stale }),
      "basketvault",
      5,
      /stale rate$/,
    );
    await ok(
      alice.client,
      alice.address,
      msg(bv.MsgRequestRedeemSchema, {
        owner: alice.address,
        basketId: stale,
        shares: (shares / 2n).toString(),
        mode: bv.RedeemMode.PRO_RATA,
        minValueOut: "0",
      }),
      bv.MsgRequestRedeemResponseSchema,
    );
  });
});

describe("halts, pauses and removals", () => {
  let id: bigint;

  beforeAll(async () => {
    id = await createBasket([constituent(ST, UNDERLYING_PER_LST), constituent(QA, UNDERLYING_PER_LST)]);
    await postRates(id, [
      [ST, "1.25"],
      [QA, "1.40"],
    ]);
    await deposit(id, ST, 1_000_000n);
  });

  it("refuses deposits, instant redemptions and cuts while a constituent is HALTED (basketvault 6)", async () => {
    const [result] = await postRates(id, [[QA, "1.12"]]); // −20 % > max_down 10 %
    expect(result!.outcome).toBe(bv.RateOutcome.HALTED);
    const log = await refused(alice, depositMsg(id, ST, 1000n), "basketvault", 6, /constituent halted$/);
    expect(log).toContain(`${QA} is halted by a large rate drop`);
    await refused(
      alice,
      msg(bv.MsgInstantRedeemSchema, { owner: alice.address, basketId: id, shares: "1000", outDenom: ST, minOut: "0" }),
      "basketvault",
      6,
      /constituent halted$/,
    );
    chain.control.advanceTime(DAY);
    await refused(
      feeder,
      msg(bv.MsgCutBatchSchema, { sender: feeder.address, basketId: id }),
      "basketvault",
      6,
      /constituent halted$/,
    );
    const queries = await queryClient(chain);
    const failure = await queries.fail(bv.Query, "previewDeposit", {
      basketId: id,
      amount: { denom: ST, amount: "1000" },
    });
    expect(failure).toMatch(/^Query failed with \(6\): .*constituent halted: unknown request$/s);
    queries.disconnect();
    // A second post is skipped while halted; only the authority settles it.
    const [skipped] = await postRates(id, [[QA, "1.40"]]);
    expect(skipped!.outcome).toBe(bv.RateOutcome.SKIPPED);
    await refused(
      alice,
      msg(bv.MsgResolveRateSchema, { authority: alice.address, basketId: id, denom: QA, accept: true }),
      "basketvault",
      2,
      `invalid authority; expected ${authority.address}, got ${alice.address}: expected gov account as only signer for proposal message`,
    );
    await refused(
      authority,
      msg(bv.MsgResolveRateSchema, { authority: authority.address, basketId: id, denom: ST, accept: true }),
      "basketvault",
      22,
      /constituent not halted$/,
    );
    await ok(
      authority.client,
      authority.address,
      msg(bv.MsgResolveRateSchema, { authority: authority.address, basketId: id, denom: QA, accept: false }),
      bv.MsgResolveRateResponseSchema,
    );
  });

  it("refuses deposits into a paused basket (basketvault 8); only the guardian pauses, only the authority unpauses", async () => {
    await refused(
      alice,
      msg(bv.MsgPauseSchema, { guardian: alice.address, basketId: id }),
      "basketvault",
      15,
      `${alice.address} is not the guardian of basket ${id}: not the guardian of the basket`,
    );
    await ok(
      authority.client,
      authority.address,
      msg(bv.MsgPauseSchema, { guardian: authority.address, basketId: id }),
      bv.MsgPauseResponseSchema,
    );
    await refused(
      authority,
      msg(bv.MsgPauseSchema, { guardian: authority.address, basketId: id }),
      "basketvault",
      8,
      /already paused: basket paused$/,
    );
    await refused(alice, depositMsg(id, ST, 1000n), "basketvault", 8, /the basket is not active.*: basket paused$/);
    await refused(
      alice,
      msg(bv.MsgUnpauseSchema, { authority: alice.address, basketId: id }),
      "basketvault",
      2,
      /expected gov account/,
    );
    await ok(
      authority.client,
      authority.address,
      msg(bv.MsgUnpauseSchema, { authority: authority.address, basketId: id }),
      bv.MsgUnpauseResponseSchema,
    );
    await refused(
      authority,
      msg(bv.MsgUnpauseSchema, { authority: authority.address, basketId: id }),
      "basketvault",
      23,
      /basket not paused$/,
    );
  });

  it("refuses deposits of a WINDING_DOWN constituent (basketvault 7) and unauthorized feeders (basketvault 14)", async () => {
    const basket = q(chain, "basket", { basketId: id }).basket!;
    await ok(
      authority.client,
      authority.address,
      msg(bv.MsgUpdateBasketSchema, {
        authority: authority.address,
        basketId: id,
        constituents: [constituent(ST, UNDERLYING_PER_LST)],
        config: basket.config,
      }),
      bv.MsgUpdateBasketResponseSchema,
    );
    const updated = q(chain, "basket", { basketId: id }).basket!;
    expect(updated.constituents.map((c) => [c.status, c.targetWeight])).toEqual([
      [bv.ConstituentStatus.OK, dec("1")],
      [bv.ConstituentStatus.WINDING_DOWN, "0"],
    ]);
    const log = await refused(alice, depositMsg(id, QA, 1000n), "basketvault", 7, /constituent winding down$/);
    expect(log).toContain("is being removed and takes no deposits");
    const sourceTime = q(chain, "nav", { basketId: id }).time!;
    await refused(
      alice,
      msg(bv.MsgPostRatesSchema, {
        feeder: alice.address,
        basketId: id,
        rates: [{ denom: ST, raw: dec("1.26"), sourceTime }],
      }),
      "basketvault",
      14,
      `${alice.address} is not a feeder of basket ${id}: not a feeder of the basket`,
    );
    await refused(
      alice,
      msg(bv.MsgPostMetricsSchema, {
        feeder: alice.address,
        basketId: id,
        metrics: [{ denom: ST, apr: dec("0.1"), liquidity: "1" }],
      }),
      "basketvault",
      14,
      /not a feeder of the basket$/,
    );
  });
});

describe("governance refused", () => {
  it("refuses a non-authority signer of every governance Msg (basketvault 2)", async () => {
    const config = testConfig();
    const governance = [
      msg(bv.MsgCreateBasketSchema, {
        authority: alice.address,
        underlyingDenom: "uatom",
        underlyingExponent: 6,
        constituents: [constituent(ST, UNDERLYING_PER_LST)],
        config,
        rewardDenom: "uxprt",
      }),
      msg(bv.MsgUpdateBasketSchema, {
        authority: alice.address,
        basketId: 1n,
        constituents: [constituent(ST, UNDERLYING_PER_LST)],
        config,
      }),
      msg(bv.MsgUpdateParamsSchema, { authority: alice.address, params: q(chain, "params", {}).params }),
    ];
    for (const message of governance) {
      await refused(
        alice,
        message,
        "basketvault",
        2,
        /^invalid authority; expected .*: expected gov account as only signer for proposal message$/,
      );
    }
  });

  it("refuses invalid baskets and params (basketvault 16, 24)", async () => {
    const create = (constituents: ReturnType<typeof constituent>[], config = testConfig()) =>
      msg(bv.MsgCreateBasketSchema, {
        authority: authority.address,
        underlyingDenom: "uatom",
        underlyingExponent: 6,
        constituents,
        config,
        rewardDenom: "uxprt",
      });
    await refused(
      authority,
      create([constituent(ST, bv.RateDirection.UNSPECIFIED)]),
      "basketvault",
      16,
      /direction must be set/,
    );
    await refused(
      authority,
      create([constituent(ST, UNDERLYING_PER_LST, "0.6", "1"), constituent(QA, UNDERLYING_PER_LST, "0.6", "1")]),
      "basketvault",
      16,
      /weights cannot sum to 1 within their bounds/,
    );
    await refused(
      authority,
      create([constituent(ST, UNDERLYING_PER_LST, "0.7", "0.6")]),
      "basketvault",
      16,
      /min_weight 0.700000000000000000 is above max_weight/,
    );
    await refused(
      authority,
      create(
        [constituent(ST, UNDERLYING_PER_LST)],
        testConfig({ fees: { ...testConfig().fees!, instantFee: dec("1") } }),
      ),
      "basketvault",
      16,
      "fees.instant_fee must be below 1, got 1.000000000000000000: invalid basket",
    );
    await refused(
      authority,
      create([constituent(ST, UNDERLYING_PER_LST), constituent(ST, UNDERLYING_PER_LST)]),
      "basketvault",
      16,
      /is listed twice/,
    );
    await refused(
      authority,
      create([constituent(ST, UNDERLYING_PER_LST)], testConfig({ epochSeconds: 60n })),
      "basketvault",
      16,
      "epoch_seconds must be at least 3600, got 60: invalid basket",
    );
    const params = q(chain, "params", {}).params!;
    await refused(
      authority,
      msg(bv.MsgUpdateParamsSchema, { authority: authority.address, params: { ...params, maxConstituents: 0 } }),
      "basketvault",
      24,
      "max_constituents must be at least 1: invalid params",
    );
  });
});

describe("redemptions refused", () => {
  let id: bigint;
  let shares: bigint;

  beforeAll(async () => {
    id = await createBasket([constituent(ST, UNDERLYING_PER_LST), constituent(QA, UNDERLYING_PER_LST)]);
    await postRates(id, [
      [ST, "1.25"],
      [QA, "1.40"],
    ]);
    shares = BigInt((await deposit(id, ST, 1_000_000n)).shares);
  });

  const request = (basketId: bigint, amount: bigint, mode = bv.RedeemMode.PRO_RATA, outDenom = "") =>
    msg(bv.MsgRequestRedeemSchema, {
      owner: alice.address,
      basketId,
      shares: amount.toString(),
      mode,
      outDenom,
      minValueOut: "0",
    });

  it("refuses bad modes (sdk 18), more shares than held (sdk 5) and an unknown out_denom (basketvault 4)", async () => {
    await refused(
      alice,
      request(id, 1000n, bv.RedeemMode.PRO_RATA, ST),
      "sdk",
      18,
      "out_denom must be empty for PRO_RATA: invalid request",
    );
    await refused(
      alice,
      request(id, 1000n, bv.RedeemMode.SINGLE),
      "sdk",
      18,
      "out_denom must be set for SINGLE: invalid request",
    );
    await refused(
      alice,
      request(id, 1000n, bv.RedeemMode.UNSPECIFIED),
      "sdk",
      18,
      "mode must be PRO_RATA or SINGLE: invalid request",
    );
    await refused(alice, request(id, 0n), "sdk", 18, "shares must be positive: invalid request");
    await refused(alice, request(id, shares + 1n), "sdk", 5, /insufficient funds$/);
    await refused(alice, request(id, 1000n, bv.RedeemMode.SINGLE, DA), "basketvault", 4, /unknown constituent$/);
  });

  it("refuses a cut before the epoch (basketvault 20), cancels by others (19) and claims of unfinished requests (18)", async () => {
    const { response } = await ok(
      alice.client,
      alice.address,
      request(id, shares / 10n),
      bv.MsgRequestRedeemResponseSchema,
    );
    await refused(
      feeder,
      msg(bv.MsgCutBatchSchema, { sender: feeder.address, basketId: id }),
      "basketvault",
      20,
      /the next cut is allowed from .*: epoch not elapsed$/,
    );
    await refused(
      feeder,
      msg(bv.MsgCancelRedeemSchema, { owner: feeder.address, requestId: response.requestId }),
      "basketvault",
      19,
      `request ${response.requestId} belongs to ${alice.address}, not ${feeder.address}: not the owner of the redeem request`,
    );
    await refused(
      alice,
      msg(bv.MsgClaimSchema, { owner: alice.address, requestIds: [response.requestId] }),
      "basketvault",
      18,
      `request ${response.requestId} is PENDING; only a CLAIMABLE request can be claimed: redeem request in wrong status`,
    );
    await refused(
      alice,
      msg(bv.MsgClaimSchema, { owner: alice.address, requestIds: [] }),
      "sdk",
      18,
      "request_ids must not be empty: invalid request",
    );
    await refused(
      alice,
      msg(bv.MsgCancelRedeemSchema, { owner: alice.address, requestId: 999n }),
      "basketvault",
      17,
      "request 999: redeem request not found",
    );
    await ok(
      alice.client,
      alice.address,
      msg(bv.MsgCancelRedeemSchema, { owner: alice.address, requestId: response.requestId }),
      bv.MsgCancelRedeemResponseSchema,
    );
    await refused(
      alice,
      msg(bv.MsgCancelRedeemSchema, { owner: alice.address, requestId: response.requestId }),
      "basketvault",
      18,
      /is CANCELLED; only a PENDING request can be cancelled/,
    );
  });

  it("refuses an instant redemption the idle buffer cannot pay (basketvault 12) or below min_out (11)", async () => {
    const log = await refused(
      alice,
      msg(bv.MsgInstantRedeemSchema, {
        owner: alice.address,
        basketId: id,
        shares: (shares / 2n).toString(),
        outDenom: QA,
        minOut: "0",
      }),
      "basketvault",
      12,
      /insufficient idle liquidity$/,
    );
    expect(log).toContain(`Instant redemptions pay at most 0 ${QA} now`);
    await refused(
      alice,
      msg(bv.MsgInstantRedeemSchema, {
        owner: alice.address,
        basketId: id,
        shares: (shares / 1000n).toString(),
        outDenom: ST,
        minOut: "1000000",
      }),
      "basketvault",
      11,
      /less than minOut.*: slippage$/,
    );
  });

  it("fails queries the way a Go module's gRPC server does", async () => {
    const queries = await queryClient(chain);
    expect(await queries.fail(bv.Query, "basket", { basketId: 999n })).toMatch(
      "Query failed with (22): rpc error: code = NotFound desc = basket 999 not found: key not found",
    );
    expect(await queries.fail(bv.Query, "request", { requestId: 999n })).toMatch(/request 999 not found/);
    expect(await queries.fail(bv.Query, "batch", { batchId: 999n })).toMatch(/batch 999 not found/);
    expect(await queries.fail(bv.Query, "requestsByOwner", { owner: "cosmos1xyz" })).toMatch(/invalid owner address/);
    expect(
      await queries.fail(bv.Query, "previewRedeem", {
        basketId: id,
        shares: "1000",
        mode: bv.RedeemMode.SINGLE,
        outDenom: DA,
      }),
    ).toMatch(/not a constituent of this basket.*: unknown constituent: unknown request/s);
    queries.disconnect();
  });
});
