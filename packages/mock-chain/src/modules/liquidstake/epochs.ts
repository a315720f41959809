// A stand-in for Persistence's x/epochs (persistence-sdk, forked from Osmosis) for the pSTAKE modules, which the
// real chain drives through epoch hooks (`hour` for autocompound and the c-value, `day` for deposits, undelegations
// and rewards). The mock chain has no epochs module, so each pSTAKE module keeps its own epoch infos in its store and
// ticks them from its BeginBlock with x/epochs' rules:
//
// - nothing happens before the start time; the first block at or after it starts epoch 1 (BeforeEpochStart only);
// - later, a block whose time is strictly after `currentEpochStartTime + duration` ends the current epoch
//   (AfterEpochEnd), advances the start time by exactly one duration and starts the next (BeforeEpochStart);
// - a failing hook is swallowed and its writes dropped, as Persistence wraps epoch hooks.
//
// One deliberate difference: x/epochs ticks at most one epoch per identifier per block, so after a long halt the
// missed epochs follow one per block. The mock's time travel (`advanceTime`) makes such jumps routine, so every
// epoch boundary passed is processed in the jumping block, in time order across identifiers (a `day` boundary before
// the `hour` boundaries after it), as if blocks had been produced all along.
//
// The real chain emits `epoch_start`/`epoch_end` from x/epochs once per epoch; two modules each keeping a tracker
// would emit them twice, so the mock does not emit them.
import type { Context } from "../../app/module.js";
import { runCached } from "./cache-context.js";

/** One epoch identifier's state (x/epochs EpochInfo, times in ns). */
export interface EpochInfo {
  readonly identifier: string;
  readonly startTimeNs: bigint;
  readonly durationNs: bigint;
  readonly currentEpoch: bigint;
  readonly currentEpochStartTimeNs: bigint;
  readonly epochCountingStarted: boolean;
  readonly currentEpochStartHeight: bigint;
}

/** Epoch boundaries processed in one block at most (ten years of hours); later ones wait for the next block. */
const MAX_CATCH_UP = 100_000;

/** Durations of the identifiers Persistence registers. */
export const EPOCH_SECONDS: Readonly<Record<string, bigint>> = { day: 86_400n, hour: 3_600n, week: 604_800n };

/** What runs when an epoch ends or starts. Both receive the identifier and the epoch number. */
export interface EpochHooks {
  afterEpochEnd?(ctx: Context, identifier: string, epoch: bigint): void;
  beforeEpochStart?(ctx: Context, identifier: string, epoch: bigint): void;
}

/** Epoch infos under one module's store prefix. */
export class EpochTracker {
  constructor(private readonly prefix: string) {}

  private key(identifier: string): string {
    return `${this.prefix}${identifier}`;
  }

  get(store: Context["store"], identifier: string): EpochInfo | undefined {
    return store.get<EpochInfo>(this.key(identifier));
  }

  all(store: Context["store"]): EpochInfo[] {
    return Array.from(store.iterate<EpochInfo>(this.prefix), ([, info]) => info);
  }

  set(store: Context["store"], info: EpochInfo): void {
    store.set(this.key(info.identifier), info);
  }

  /** Registers `identifiers` (not started) with the given start time, keeping any that already exist. */
  init(ctx: Context, identifiers: readonly string[], startTimeNs: bigint): void {
    for (const identifier of identifiers) {
      if (this.get(ctx.store, identifier) !== undefined) continue;
      const seconds = EPOCH_SECONDS[identifier];
      if (seconds === undefined) throw new Error(`unknown epoch identifier ${identifier}`);
      this.set(ctx.store, {
        identifier,
        startTimeNs,
        durationNs: seconds * 1_000_000_000n,
        currentEpoch: 0n,
        currentEpochStartTimeNs: startTimeNs,
        epochCountingStarted: false,
        currentEpochStartHeight: 0n,
      });
    }
  }

  /** x/epochs' BeginBlocker for these identifiers, catching up every boundary passed (see the file comment). */
  tick(ctx: Context, hooks: EpochHooks): void {
    for (const info of this.all(ctx.store)) {
      if (!info.epochCountingStarted && ctx.time.ns >= info.startTimeNs) this.advance(ctx, info, hooks, true);
    }
    for (let step = 0; step < MAX_CATCH_UP; step++) {
      let next: EpochInfo | undefined;
      for (const info of this.all(ctx.store)) {
        if (!info.epochCountingStarted) continue;
        const end = info.currentEpochStartTimeNs + info.durationNs;
        if (!(ctx.time.ns > end)) continue;
        if (next === undefined || end < next.currentEpochStartTimeNs + next.durationNs) next = info;
      }
      if (next === undefined) return;
      this.advance(ctx, next, hooks, false);
    }
  }

  /** Ends the current epoch of `identifier` now and starts the next one at this block's time (a control operation). */
  force(ctx: Context, identifier: string, hooks: EpochHooks): EpochInfo {
    const info = this.get(ctx.store, identifier);
    if (info === undefined) throw new Error(`no epoch "${identifier}"`);
    const initial = !info.epochCountingStarted;
    const next = this.advance(ctx, info, hooks, initial);
    // Restart the schedule from now, so that the next natural tick is one duration later.
    const moved = { ...next, currentEpochStartTimeNs: ctx.time.ns };
    this.set(ctx.store, moved);
    return moved;
  }

  private advance(ctx: Context, info: EpochInfo, hooks: EpochHooks, initial: boolean): EpochInfo {
    let next: EpochInfo;
    if (initial) {
      next = {
        ...info,
        epochCountingStarted: true,
        currentEpoch: 1n,
        currentEpochStartTimeNs: info.startTimeNs,
        currentEpochStartHeight: ctx.height,
      };
    } else {
      runCached(ctx, (cached) => hooks.afterEpochEnd?.(cached, info.identifier, info.currentEpoch));
      next = {
        ...info,
        currentEpoch: info.currentEpoch + 1n,
        currentEpochStartTimeNs: info.currentEpochStartTimeNs + info.durationNs,
        currentEpochStartHeight: ctx.height,
      };
    }
    this.set(ctx.store, next);
    runCached(ctx, (cached) => hooks.beforeEpochStart?.(cached, next.identifier, next.currentEpoch));
    return next;
  }
}
