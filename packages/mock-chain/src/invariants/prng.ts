// A small seeded pseudo-random generator for the randomised runs: sfc32 seeded through splitmix32, so that one
// 32-bit seed gives one reproducible sequence of actions on any platform. Amounts are drawn as bigints.

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** A seeded generator: every draw is a pure function of the seed and the draws before it. */
export class Prng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(readonly seed: number) {
    const next = splitmix32(seed);
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
    for (let i = 0; i < 12; i++) this.u32();
  }

  /** A uniform 32-bit unsigned integer. */
  u32(): number {
    const t = (((this.a + this.b) >>> 0) + this.d) >>> 0;
    this.d = (this.d + 1) >>> 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) >>> 0;
    this.c = ((this.c << 21) | (this.c >>> 11)) >>> 0;
    this.c = (this.c + t) >>> 0;
    return t;
  }

  /** A float in [0, 1). */
  next(): number {
    return this.u32() / 4_294_967_296;
  }

  /** An integer in [min, max] (inclusive). */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A bigint in [min, max] (inclusive). */
  bigint(min: bigint, max: bigint): bigint {
    if (max <= min) return min;
    const span = max - min + 1n;
    let random = 0n;
    for (let bits = 0n; bits < BigInt(span.toString(2).length) + 32n; bits += 32n) {
      random = (random << 32n) | BigInt(this.u32());
    }
    return min + (random % span);
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("pick from an empty list");
    return items[Math.floor(this.next() * items.length)]!;
  }

  /** One of `entries` with probability proportional to its weight (weights ≤ 0 never come up). */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    const total = entries.reduce((sum, [, weight]) => sum + Math.max(weight, 0), 0);
    if (total <= 0) throw new Error("weighted pick with no positive weight");
    let r = this.next() * total;
    for (const [item, weight] of entries) {
      if (weight <= 0) continue;
      r -= weight;
      if (r < 0) return item;
    }
    for (let i = entries.length - 1; i >= 0; i--) if (entries[i]![1] > 0) return entries[i]![0];
    throw new Error("unreachable");
  }

  /**
   * An amount up to `max` on a rough log scale (dust, small, large and everything), so that both rounding edges and
   * whole balances come up; `max` ≤ 0 gives 0.
   */
  amount(max: bigint): bigint {
    if (max <= 0n) return 0n;
    const r = this.next();
    if (r < 0.08) return this.bigint(1n, max < 1000n ? max : 1000n);
    if (r < 0.12) return max;
    const digits = max.toString().length;
    const scale = 10n ** BigInt(this.int(0, Math.max(digits - 1, 0)));
    const cap = scale * 10n > max ? max : scale * 10n;
    return this.bigint(scale > cap ? cap : scale, cap);
  }
}
