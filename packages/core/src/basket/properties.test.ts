// Invariants of basket-vault.md §10 that the pure math holds, checked on random inputs with fast-check.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { Dec } from "../dec.js";
import { SdkError } from "../errors.js";
import { basketDeposit, basketDepositShares, basketFeeValue } from "./deposit.js";
import { basketApplyRatePost } from "./guards.js";
import { basketNav, basketNavDown, basketPricePerShare } from "./nav.js";
import { basketPerformanceFee } from "./performance.js";
import { basketNavRate } from "./rate.js";
import {
  type BasketCutState,
  basketCompleteBatch,
  basketCutBatch,
  basketCutRequest,
  basketInstantRedeem,
  basketProRataOut,
  basketRedemptionValue,
  basketSingleOut,
  basketValueAtPrice,
} from "./redeem.js";
import { basketAccrueRewardIndex, basketPendingRewards } from "./rewards.js";
import { basketQuantizeTargets, basketTargetWeights, basketWaterFill } from "./tilt.js";
import type { BasketConstituent, BasketState } from "./types.js";

const RUNS = { numRuns: 500 };
const ONE = 10n ** 18n;
const NOW = { seconds: 1_700_000_000n, nanos: 0 };

// ---- generators -----------------------------------------------------------------------------------------------

/** A normalised rate from 0.1 to 3, at full 18-decimal precision. */
const arbRate = fc.bigInt({ min: ONE / 10n, max: 3n * ONE }).map((a) => Dec.fromAtomics(a));
/** A fee rate from 0 to 5 %. */
const arbFee = fc.bigInt({ min: 0n, max: ONE / 20n }).map((a) => Dec.fromAtomics(a));
const arbAmount = fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 6n }), fc.bigInt({ min: 0n, max: 10n ** 14n }));

const arbConstituent = fc
  .record({ idle: arbAmount, restaked: arbAmount, rate: arbRate })
  .map(({ idle, restaked, rate }) => ({ idle, restaked, rate }));

function constituent(i: number, c: { idle: bigint; restaked: bigint; rate: Dec }): BasketConstituent {
  return {
    denom: `lst${i}`,
    direction: "UNDERLYING_PER_LST",
    status: "OK",
    idle: c.idle,
    restaked: c.restaked,
    rate: c.rate,
    raw: c.rate,
    sourceTime: NOW,
    updateTime: NOW,
    targetWeight: Dec.fromString("0.25"),
    minWeight: Dec.ZERO,
    maxWeight: Dec.ONE,
    capValue: 0n,
    apr: Dec.ZERO,
    liquidity: 0n,
  };
}

const arbBasket = fc
  .record({
    constituents: fc.array(arbConstituent, { minLength: 1, maxLength: 4 }),
    shares: fc.oneof(fc.bigInt({ min: 0n, max: 10n ** 9n }), fc.bigInt({ min: 0n, max: 10n ** 18n })),
    virtualOffset: fc.integer({ min: 0, max: 6 }),
    feeBase: arbFee,
    feeSlope: arbFee,
    feeMax: arbFee,
    redeemBase: arbFee,
    redeemSlope: arbFee,
    instantFee: arbFee,
  })
  .map(
    (g): BasketState => ({
      status: "ACTIVE",
      virtualOffset: g.virtualOffset,
      shares: g.shares,
      constituents: g.constituents.map((c, i) => constituent(i, c)),
      config: {
        fees: {
          feeBase: g.feeBase,
          feeSlope: g.feeSlope,
          feeMax: g.feeMax,
          redeemBase: g.redeemBase,
          redeemSlope: g.redeemSlope,
          instantFee: g.instantFee,
          performanceFee: Dec.ZERO,
        },
        maxStalenessSeconds: 600n,
        maxUpPerDay: Dec.fromString("0.01"),
        maxDown: Dec.fromString("0.05"),
        band: Dec.ONE,
        minNavForWeightChecks: 0n,
        aprFloor: Dec.ZERO,
      },
    }),
  );

// ---- helpers --------------------------------------------------------------------------------------------------

const holdingsOf = (c: BasketConstituent): bigint => c.idle + c.restaked;
const vsOf = (b: BasketState): bigint => 10n ** BigInt(b.virtualOffset);
const priceOf = (b: BasketState): Dec =>
  basketPricePerShare(basketNavDown(basketNav(b.constituents)), b.shares, b.virtualOffset);

/** The exact value per share of the holders, (A + VA)/(S + VS), never lower after than before. */
function exactPriceNotLower(before: BasketState, after: BasketState): boolean {
  const a0 = basketNav(before.constituents).atomics + ONE;
  const a1 = basketNav(after.constituents).atomics + ONE;
  return a1 * (before.shares + vsOf(before)) >= a0 * (after.shares + vsOf(after));
}

/** Runs a deposit, or returns undefined when the vault refuses it (SLIPPAGE: it would mint nothing). */
function tryDeposit(b: BasketState, k: number, amount: bigint) {
  try {
    return basketDeposit(b, { denom: b.constituents[k]!.denom, amount }, NOW);
  } catch (e) {
    if (e instanceof SdkError && e.code === "SLIPPAGE") return undefined;
    throw e;
  }
}

function afterDeposit(b: BasketState, k: number, amount: bigint, minted: bigint): BasketState {
  return {
    ...b,
    shares: b.shares + minted,
    constituents: b.constituents.map((c, i) => (i === k ? { ...c, idle: c.idle + amount } : c)),
  };
}

function cutStateOf(b: BasketState): BasketCutState {
  return {
    shares: b.shares,
    virtualOffset: b.virtualOffset,
    constituents: b.constituents.map((c) => ({ denom: c.denom, holdings: holdingsOf(c), rate: c.rate })),
  };
}

function applyCut(b: BasketState, next: BasketCutState): BasketState {
  return {
    ...b,
    shares: next.shares,
    constituents: b.constituents.map((c, i) => ({ ...c, idle: next.constituents[i]!.holdings, restaked: 0n })),
  };
}

// ---- §10.3 no dilution ----------------------------------------------------------------------------------------

describe("§10.3 no dilution", () => {
  it("a deposit never lowers the price per share (published P and exact value)", () => {
    fc.assert(
      fc.property(arbBasket, fc.nat(), fc.bigInt({ min: 1n, max: 10n ** 15n }), (b, pick, amount) => {
        const k = pick % b.constituents.length;
        const deposit = tryDeposit(b, k, amount);
        fc.pre(deposit !== undefined);
        const after = afterDeposit(b, k, amount, deposit!.shares);
        expect(priceOf(after).gte(priceOf(b))).toBe(true);
        expect(exactPriceNotLower(b, after)).toBe(true);
      }),
      RUNS,
    );
  });

  it("a cut (PRO_RATA and SINGLE requests, any P_req) never lowers the holders' exact value per share", () => {
    const arbRequest = fc.record({
      fraction: fc.bigInt({ min: 1n, max: 1000n }),
      single: fc.boolean(),
      pick: fc.nat(),
      reqFactor: fc.bigInt({ min: 500n, max: 1500n }),
      feeRate: arbFee,
    });
    fc.assert(
      fc.property(arbBasket, fc.array(arbRequest, { minLength: 1, maxLength: 4 }), (b, gen) => {
        fc.pre(b.shares > 0n);
        const priceAtCut = priceOf(b);
        let remaining = b.shares;
        const requests = gen.map((r) => {
          const shares = (remaining * r.fraction) / 4000n + 1n;
          remaining -= shares;
          const outDenom = b.constituents[r.pick % b.constituents.length]!.denom;
          return {
            shares,
            mode: r.single ? ("SINGLE" as const) : ("PRO_RATA" as const),
            ...(r.single ? { outDenom } : {}),
            minValueOut: 0n,
            priceAtRequest: Dec.fromAtomics((priceAtCut.atomics * r.reqFactor) / 1000n),
            feeRate: r.single ? r.feeRate : Dec.ZERO,
          };
        });
        fc.pre(remaining >= 0n);
        const batch = basketCutBatch(cutStateOf(b), requests, priceAtCut);
        const after = applyCut(b, batch.next);
        expect(exactPriceNotLower(b, after)).toBe(true);
        // The published P floors A, so it may dip by less than one base unit of NAV spread over the shares left.
        const p0 = basketNavDown(basketNav(b.constituents)) + 1n;
        const p1 = basketNavDown(basketNav(after.constituents)) + 1n;
        expect(p1 * (b.shares + vsOf(b)) + (b.shares + vsOf(b))).toBeGreaterThan(p0 * (after.shares + vsOf(after)));
        // nothing is paid out that the vault does not hold
        batch.next.constituents.forEach((c) => {
          expect(c.holdings >= 0n).toBe(true);
        });
      }),
      RUNS,
    );
  });

  it("an instant redemption never lowers the holders' exact value per share", () => {
    fc.assert(
      fc.property(arbBasket, fc.nat(), fc.bigInt({ min: 1n, max: 1000n }), (b, pick, fraction) => {
        fc.pre(b.shares > 0n);
        const k = pick % b.constituents.length;
        const shares = (b.shares * fraction) / 1000n;
        fc.pre(shares > 0n);
        let result: ReturnType<typeof basketInstantRedeem>;
        try {
          result = basketInstantRedeem(b, { shares, outDenom: b.constituents[k]!.denom }, NOW);
        } catch (e) {
          if (e instanceof SdkError && (e.code === "SLIPPAGE" || e.code === "INSUFFICIENT_LIQUIDITY")) return;
          throw e;
        }
        const out = result.out[0]!.amount;
        const after: BasketState = {
          ...b,
          shares: b.shares - shares,
          constituents: b.constituents.map((c, i) => (i === k ? { ...c, idle: c.idle - out } : c)),
        };
        expect(exactPriceNotLower(b, after)).toBe(true);
      }),
      RUNS,
    );
  });

  it("the performance fee never pushes the price below the high-water mark", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 0n, max: 10n ** 15n }),
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.integer({ min: 0, max: 6 }),
        fc.bigInt({ min: 0n, max: ONE - 1n }),
        fc.bigInt({ min: 1n, max: 10n ** 20n }),
        (navDown, shares, virtualOffset, phi, mark) => {
          const r = basketPerformanceFee({
            navDown,
            shares,
            virtualOffset,
            performanceFee: Dec.fromAtomics(phi),
            highWaterMark: Dec.fromAtomics(mark),
          });
          const priceAfter = basketPricePerShare(navDown, shares + r.feeShares, virtualOffset);
          expect(priceAfter.atomics >= Dec.min(Dec.fromAtomics(mark), r.pricePerShare).atomics).toBe(true);
          expect(r.highWaterMark.atomics >= mark).toBe(true);
        },
      ),
      RUNS,
    );
  });
});

// ---- §10.5 targets --------------------------------------------------------------------------------------------

const PPM = 1_000_000;
const arbBounds = fc
  .array(
    fc.record({
      hi: fc.oneof(fc.constantFrom(350_000, 500_000, 1_000_000, 250_000), fc.integer({ min: 0, max: PPM })),
      lo: fc.oneof(fc.constantFrom(0, 50_000), fc.integer({ min: 0, max: PPM })),
      apr: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: (3n * ONE) / 10n })),
      liquidity: fc.oneof(fc.constant(0n), fc.bigInt({ min: 0n, max: 10n ** 15n })),
      windingDown: fc.boolean(),
    }),
    { minLength: 1, maxLength: 6 },
  )
  .map((items) => {
    // WINDING_DOWN only some of them, never all
    const list = items.map((x, i) => ({ ...x, windingDown: x.windingDown && i > 0 && i % 2 === 1 }));
    const active = list.filter((x) => !x.windingDown);
    // repair the active bounds so that Σ lo ≤ 1 ≤ Σ hi (ppm-aligned)
    let deficit = PPM - active.reduce((s, x) => s + x.hi, 0);
    for (const x of active) {
      if (deficit <= 0) break;
      const add = Math.min(PPM - x.hi, deficit);
      x.hi += add;
      deficit -= add;
    }
    for (const x of list) x.lo = Math.min(x.lo, x.hi);
    const sumLo = active.reduce((s, x) => s + x.lo, 0);
    if (sumLo > PPM) for (const x of active) x.lo = Math.floor((x.lo * PPM) / sumLo);
    return list;
  });

const ppmDec = (p: number): Dec => Dec.fromAtomics(BigInt(p) * 10n ** 12n);

describe("§10.5 targets", () => {
  it("sum to exactly 10^6 ppm, are ppm multiples, respect [min, max], and give WINDING_DOWN 0", () => {
    fc.assert(
      fc.property(arbBounds, fc.bigInt({ min: 0n, max: ONE / 5n }), (items, floor) => {
        const constituents = items.map((x) => ({
          status: x.windingDown ? ("WINDING_DOWN" as const) : ("OK" as const),
          apr: Dec.fromAtomics(x.apr),
          liquidity: x.liquidity,
          minWeight: ppmDec(x.lo),
          maxWeight: ppmDec(x.hi),
        }));
        const targets = basketTargetWeights(constituents, Dec.fromAtomics(floor));
        expect(targets.reduce((s, t) => s + t.atomics, 0n)).toBe(ONE);
        targets.forEach((t, i) => {
          expect(t.atomics % 10n ** 12n).toBe(0n);
          if (items[i]!.windingDown) {
            expect(t.isZero()).toBe(true);
          } else {
            expect(t.gte(constituents[i]!.minWeight) && t.lte(constituents[i]!.maxWeight)).toBe(true);
          }
        });
      }),
      RUNS,
    );
  });

  it("the exact water-fill sums to exactly 1 inside the bounds, and quantising moves each weight < n ppm", () => {
    fc.assert(
      fc.property(
        arbBounds,
        fc.array(fc.bigInt({ min: 0n, max: ONE }), { minLength: 6, maxLength: 6 }),
        (items, raw) => {
          const active = items.filter((x) => !x.windingDown);
          const lo = active.map((x) => ppmDec(x.lo));
          const hi = active.map((x) => ppmDec(x.hi));
          const w = basketWaterFill(
            active.map((_, i) => Dec.fromAtomics(raw[i]!)),
            lo,
            hi,
          );
          const sum = w.reduce((s, f) => ({ num: s.num * f.den + f.num * s.den, den: s.den * f.den }), {
            num: 0n,
            den: 1n,
          });
          expect(sum.num).toBe(sum.den);
          w.forEach((f, i) => {
            expect(f.num * ONE >= lo[i]!.atomics * f.den && f.num * ONE <= hi[i]!.atomics * f.den).toBe(true);
          });
          const q = basketQuantizeTargets(w, hi);
          q.forEach((t, i) => {
            const exactPpm = (w[i]!.num * 1_000_000n) / w[i]!.den;
            const diff = t.atomics / 10n ** 12n - exactPpm;
            expect(diff >= 0n && diff < BigInt(active.length)).toBe(true);
          });
        },
      ),
      RUNS,
    );
  });
});

// ---- §10.6 deposit then redeem --------------------------------------------------------------------------------

describe("§10.6 deposit then immediate redemption", () => {
  it("pro-rata never returns more value than went in (d, and so x·v)", () => {
    fc.assert(
      fc.property(arbBasket, fc.nat(), fc.bigInt({ min: 1n, max: 10n ** 15n }), (b, pick, amount) => {
        const k = pick % b.constituents.length;
        const deposit = tryDeposit(b, k, amount);
        fc.pre(deposit !== undefined);
        const after = afterDeposit(b, k, amount, deposit!.shares);
        const price = priceOf(after);
        const cut = basketCutRequest(
          cutStateOf(after),
          { shares: deposit!.shares, mode: "PRO_RATA", minValueOut: 0n, priceAtRequest: price, feeRate: Dec.ZERO },
          price,
        );
        if (cut.status !== "CUT") throw new Error("a PRO_RATA request is never returned");
        const valueOut = cut.expected.reduce((s, c, i) => s + c.amount * after.constituents[i]!.rate.atomics, 0n);
        expect(valueOut <= deposit!.value * ONE).toBe(true);
        expect(cut.value <= deposit!.value).toBe(true);
      }),
      RUNS,
    );
  });

  it("a SINGLE redemption back into the deposited LST never returns more of it", () => {
    fc.assert(
      fc.property(arbBasket, fc.nat(), fc.bigInt({ min: 1n, max: 10n ** 15n }), (b, pick, amount) => {
        const k = pick % b.constituents.length;
        const deposit = tryDeposit(b, k, amount);
        fc.pre(deposit !== undefined);
        const after = afterDeposit(b, k, amount, deposit!.shares);
        const price = priceOf(after);
        const cut = basketCutRequest(
          cutStateOf(after),
          {
            shares: deposit!.shares,
            mode: "SINGLE",
            outDenom: after.constituents[k]!.denom,
            minValueOut: 0n,
            priceAtRequest: price,
            feeRate: Dec.ZERO,
          },
          price,
        );
        if (cut.status === "CUT") expect(cut.expected[0]!.amount <= amount).toBe(true);
      }),
      RUNS,
    );
  });
});

// ---- §10.4 batches --------------------------------------------------------------------------------------------

describe("§10.4 batch completion", () => {
  it("Σ paid ≤ received per denom, and the dust is below one unit per request", () => {
    const denoms = ["a", "b", "c"];
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 3, maxLength: 3 }), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.array(fc.bigInt({ min: 0n, max: 1000n }), { minLength: 3, maxLength: 3 }),
        (rows, permille) => {
          const expected = rows.map((row) => row.map((amount, j) => ({ denom: denoms[j]!, amount })));
          const totals = denoms.map((_, j) => rows.reduce((s, row) => s + row[j]!, 0n));
          const received = denoms.map((denom, j) => ({ denom, amount: (totals[j]! * permille[j]!) / 1000n }));
          const done = basketCompleteBatch(expected, received);
          denoms.forEach((denom, j) => {
            const paid = done.paid.reduce((s, coins) => s + coins[j]!.amount, 0n);
            expect(paid <= received[j]!.amount).toBe(true);
            const dust = done.dust.find((c) => c.denom === denom)!.amount;
            expect(dust).toBe(received[j]!.amount - paid);
            expect(dust < BigInt(rows.length) || dust === 0n).toBe(true);
          });
          done.paid.forEach((coins, r) => {
            coins.forEach((c, j) => {
              expect(c.amount <= rows[r]![j]!).toBe(true);
            });
          });
        },
      ),
      RUNS,
    );
  });
});

// ---- §1 rounding favours the vault ----------------------------------------------------------------------------

describe("§1 rounding always favours the vault", () => {
  it("fees round up; shares, values and outputs round down against the exact NAV", () => {
    fc.assert(
      fc.property(arbBasket, fc.bigInt({ min: 0n, max: 10n ** 15n }), fc.nat(), arbFee, (b, raw, pick, fee) => {
        const nav = basketNav(b.constituents);
        const navDown = basketNavDown(nav);
        const vs = vsOf(b);
        const k = pick % b.constituents.length;
        const c = b.constituents[k]!;
        // deposit side: d_net worth of shares at the exact (A + VA)/(S + VS), never more
        const netValue = raw;
        const minted = basketDepositShares(netValue, b.shares, (nav.atomics + ONE - 1n) / ONE, b.virtualOffset);
        expect(minted * (nav.atomics + ONE) <= netValue * ONE * (b.shares + vs)).toBe(true);
        // fee: ceil
        const feeValue = basketFeeValue(raw, fee);
        expect(
          feeValue * ONE >= raw * fee.atomics && (feeValue - 1n) * ONE < raw * fee.atomics + (raw === 0n ? ONE : 0n),
        ).toBe(true);
        // redemption side
        const s = b.shares === 0n ? 0n : raw % (b.shares + 1n);
        const w = basketRedemptionValue(s, navDown, b.shares, b.virtualOffset);
        expect(w * (b.shares + vs) * ONE <= s * (nav.atomics + ONE)).toBe(true);
        const wp = basketValueAtPrice(s, priceOf(b));
        expect(wp <= w).toBe(true);
        const out = basketSingleOut(wp, c.rate);
        expect(out * c.rate.atomics <= wp * ONE).toBe(true);
        const proRata = basketProRataOut(holdingsOf(c), s, b.shares, b.virtualOffset, priceOf(b), priceOf(b));
        expect(proRata * (b.shares + vs) <= holdingsOf(c) * s).toBe(true);
      }),
      RUNS,
    );
  });
});

// ---- §4 and §5 ------------------------------------------------------------------------------------------------

describe("§4 rate guards", () => {
  it("a post never raises the NAV rate beyond the rise limit, and a halt never values above min(v_old, v_new)", () => {
    fc.assert(
      fc.property(arbRate, arbRate, fc.bigInt({ min: 1n, max: 10n * 86_400n }), (old, raw, dt) => {
        const c = constituent(0, { idle: 0n, restaked: 0n, rate: old });
        const r = basketApplyRatePost(
          c,
          { raw, sourceTime: { seconds: NOW.seconds + dt, nanos: 0 } },
          { maxUpPerDay: Dec.fromString("0.01"), maxDown: Dec.fromString("0.05") },
          NOW,
        );
        const navRate = basketNavRate(r.constituent);
        // v_new·86,400 ≤ v_old·(86,400 + 0.01·Δs) when applied as a rise
        if (r.outcome === "APPLIED" && raw.gt(old)) {
          expect(raw.atomics * 86_400n * 100n <= old.atomics * (86_400n * 100n + dt)).toBe(true);
        }
        if (r.outcome === "HALTED") {
          expect(navRate.equals(Dec.min(old, raw))).toBe(true);
          expect(raw.atomics * 100n < old.atomics * 95n).toBe(true);
        }
        expect(r.outcome === "APPLIED" ? navRate.equals(raw) : navRate.lte(old)).toBe(true);
      }),
      RUNS,
    );
  });
});

describe("§5 reward index", () => {
  it("never owes holders more than was harvested", () => {
    fc.assert(
      fc.property(
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 15n }), { minLength: 1, maxLength: 6 }),
        fc.array(fc.bigInt({ min: 0n, max: 10n ** 12n }), { minLength: 1, maxLength: 5 }),
        (holders, harvests) => {
          const supply = holders.reduce((s, h) => s + h, 0n);
          let index = Dec.ZERO;
          let credited = 0n;
          for (const amount of harvests) {
            const r = basketAccrueRewardIndex(index, amount, supply);
            index = r.rewardIndex;
            if (supply > 0n) credited += amount;
          }
          const owed = holders.reduce(
            (s, shares) => s + basketPendingRewards({ shares, rewardIndex: Dec.ZERO, owed: 0n }, index),
            0n,
          );
          expect(owed <= credited).toBe(true);
        },
      ),
      RUNS,
    );
  });
});
