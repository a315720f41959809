// The long randomised run: a devnet chain driven block after block by seeded random actions (real signed txs, time
// jumps, slashes, rate moves, c-value moves, epochs), with every invariant of checks.ts checked after every block,
// plus the checks that need two states: a basket's exact value per share never falls across a deposit or a
// redemption, stkXPRT's value per token never falls across a liquid stake or unstake (beyond truncation), and a
// failed tx leaves no trace (the block replayed on a copy of the chain with each failed tx swapped for a no-op of the
// same signer, sequence and fee must end in exactly the same state).
//
//   const result = await runRandomisedChain({ seed: 7, blocks: 300, actionsPerBlock: [0, 6] });
//
// The same seed gives the same run. A client-layer run (issue 11) reuses this one through its hooks: `chainOptions`
// (the chain to build), `extraActions` (more generators, e.g. the same operations sent through a client), `onBlock`
// (its own checks, with read access to the state) and the exported mixes and generators.
import { Dec } from "@persistence-sdk/core";
import { MsgSendSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { EventDepositSchema, EventPerformanceFeeSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import type { Context } from "../app/module.js";
import { createChain, type MockChain } from "../node/chain.js";
import type { AbciEvent, TxExecResult } from "../node/chain-node.js";
import type { ChainOptions } from "../node/chain-options.js";
import {
  type ActionKind,
  type ActionMix,
  adjustedWeight,
  BASKET_FLOWS,
  BASKET_REPRICING,
  type BlockKind,
  type BlockMix,
  type BlockPlan,
  type ChainView,
  DEFAULT_ACTION_MIX,
  DEFAULT_BLOCK_MIX,
  GENERATORS,
  type Generator,
  type PlannedTx,
  planBlock,
  readView,
  SIGNER_INDEXES,
} from "./actions.js";
import {
  basketValuesPerShare,
  checkInvariants,
  dumpDifferences,
  INVARIANT_GROUPS,
  type InvariantGroup,
  liquidStakeValue,
  stateDump,
  type Violation,
} from "./checks.js";
import { type Inspection, Inspector } from "./inspect.js";
import { Prng } from "./prng.js";
import { type DevnetKey, devnetKey, signTx, txMessage } from "./signer.js";

export interface RandomisedRunOptions {
  /** The seed (a 32-bit integer): the same seed and options give the same run. */
  readonly seed: number;
  /** Blocks to produce (each followed by the invariant checks). */
  readonly blocks: number;
  /** Txs per block: a fixed number or an inclusive range (default [0, 6]). */
  readonly actionsPerBlock?: number | readonly [number, number];
  /** Weights of the actions (merged over DEFAULT_ACTION_MIX; 0 turns one off). */
  readonly actionMix?: Partial<ActionMix>;
  /** Weights of the block kinds (merged over DEFAULT_BLOCK_MIX). */
  readonly blockMix?: Partial<BlockMix>;
  /** Invariant groups to check after every block (default all). */
  readonly invariants?: readonly InvariantGroup[];
  /**
   * Share of the blocks with a failed tx that are replayed to prove the failures left no trace (0..1, default 0.25).
   * Each replay copies the chain, so it costs about a block's worth of work plus a state export.
   */
  readonly replayFailures?: number;
  /** Stop at the first block with a violation and throw InvariantViolationError (default true). */
  readonly failFast?: boolean;
  /** Fees are random in [0, maxFee] uxprt (default 5000); 0 sends every tx without a fee. */
  readonly maxFee?: bigint;
  /** Extra chain options (a genesis, another block time...); `automine` is always off and `modules` is extended. */
  readonly chainOptions?: ChainOptions;
  /**
   * More actions to draw from, by name (the client-layer run's, or a test's): a weight, a generator, and whether
   * the action moves basket value between holders (compared before and after) or reprices a basket on purpose.
   */
  readonly extraActions?: Readonly<Record<string, ExtraAction>>;
  /**
   * Called after every block with what happened and a way to read the committed state (progress, logging, the
   * client-layer run's own checks). Throwing stops the run.
   */
  readonly onBlock?: (block: BlockReport, chain: MockChain, inspect: <T>(fn: Inspection<T>) => T) => void;
}

/** An action a run draws besides the built-in ones. */
export interface ExtraAction {
  readonly weight: number;
  readonly generate: Generator;
  /** Moves basket value between holders and the vault (the block is then checked for dilution). */
  readonly basketFlow?: boolean;
  /** Reprices a basket on purpose (the block is then not checked for dilution). */
  readonly repricing?: boolean;
}

/** What one block of the run did. */
export interface BlockReport {
  readonly index: number;
  readonly height: bigint;
  readonly blockKind: BlockKind;
  readonly control?: { readonly operation: string; readonly ok: boolean; readonly error?: string };
  readonly txs: readonly {
    readonly kind: string;
    readonly signer: number;
    readonly outcome: "ok" | "failed" | "rejected";
    readonly code: number;
    readonly codespace: string;
    readonly log: string;
  }[];
  readonly violations: readonly Violation[];
  readonly replayed: boolean;
}

export interface ActionCounts {
  attempted: number;
  succeeded: number;
  failed: number;
  /** Refused by CheckTx (never in a block). */
  rejected: number;
}

export interface RandomisedRunResult {
  readonly seed: number;
  readonly blocks: number;
  readonly finalHeight: bigint;
  /** Virtual time the run covered, in seconds. */
  readonly virtualSeconds: bigint;
  readonly actionsAttempted: number;
  readonly actionsSucceeded: number;
  readonly actionsFailed: number;
  readonly actionsRejected: number;
  readonly byAction: Readonly<Record<string, ActionCounts>>;
  /** Failed deliveries by "codespace/code". */
  readonly failureCodes: Readonly<Record<string, number>>;
  readonly blockKinds: Readonly<Record<string, number>>;
  readonly controls: { readonly attempted: number; readonly succeeded: number; readonly failed: number };
  /** Control operations that threw (slashing an unbonded validator...), by operation and message. */
  readonly controlFailures: Readonly<Record<string, number>>;
  /** Invariant checks run (one per invariant group per block, plus the transition checks). */
  readonly invariantChecks: number;
  /** The same, per check ("bank", "alliance", ..., "basket.value-per-share", "tx.no-trace"). */
  readonly checks: Readonly<Record<string, number>>;
  /** Blocks whose failed txs were replayed and found to leave no trace. */
  readonly replays: number;
  readonly failedTxsReplayed: number;
  readonly violations: readonly (Violation & { readonly block: number; readonly height: bigint })[];
  readonly elapsedMs: number;
}

/** Thrown (with failFast) when a block breaks an invariant. */
export class InvariantViolationError extends Error {
  constructor(
    readonly seed: number,
    readonly block: number,
    readonly height: bigint,
    readonly violations: readonly Violation[],
    readonly recent: readonly BlockReport[],
  ) {
    super(
      `seed ${seed}, block ${block} (height ${height}): ${violations.length} invariant violation(s)\n` +
        violations
          .slice(0, 20)
          .map((v) => `  [${v.invariant}] ${v.detail}`)
          .join("\n") +
        `\nlast blocks:\n${recent
          .map(
            (b) =>
              `  #${b.index} h${b.height} ${b.blockKind}${b.control ? ` ${b.control.operation}${b.control.ok ? "" : " (failed)"}` : ""}: ${b.txs
                .map((t) => `${t.kind}${t.outcome === "ok" ? "" : `✗${t.codespace}/${t.code}`}`)
                .join(", ")}`,
          )
          .join("\n")}`,
    );
    this.name = "InvariantViolationError";
  }
}

const NS = 1_000_000_000n;
const GAS_LIMIT = 50_000_000n;

/** A "basket" flow block compares before and after; a perf fee at a cut mints shares first. */
function performanceFeeShares(events: readonly AbciEvent[]): Map<bigint, bigint> {
  const out = new Map<bigint, bigint>();
  for (const event of events) {
    if (event.type !== EventPerformanceFeeSchema.typeName) continue;
    const field = (key: string) => event.attributes.find((a) => a.key === key)?.value ?? "";
    const basketId = BigInt(JSON.parse(field("basket_id")) as string);
    const shares = BigInt(JSON.parse(field("fee_shares")) as string);
    out.set(basketId, (out.get(basketId) ?? 0n) + shares);
  }
  return out;
}

/** The attribute of a typed event, JSON-decoded. */
function attribute(event: AbciEvent, key: string): string {
  const raw = event.attributes.find((a) => a.key === key)?.value ?? '""';
  return String(JSON.parse(raw));
}

/** A LegacyDec as typed events carry it (the decimal form), or its atomics. */
function decAttribute(event: AbciEvent, key: string): Dec {
  const text = attribute(event, key);
  return text.includes(".") ? Dec.fromString(text) : Dec.fromProto(text);
}

/**
 * §10.6 for every deposit of the block: redeeming the shares just minted, at the price right after the deposit
 * (EventDeposit.price_per_share, floor(shares·P)), never returns more value than the deposit was worth.
 */
function depositRoundTrips(events: readonly AbciEvent[]): Violation[] {
  const out: Violation[] = [];
  for (const event of events) {
    if (event.type !== EventDepositSchema.typeName) continue;
    const value = BigInt(attribute(event, "value"));
    const shares = BigInt(attribute(event, "shares"));
    const back = decAttribute(event, "price_per_share").mulInt(shares).truncateInt();
    if (back > value) {
      out.push({
        invariant: "basket.deposit-roundtrip",
        detail: `a deposit worth ${value} minted ${shares} shares redeemable for ${back}`,
      });
    }
  }
  return out;
}

interface Measures {
  readonly values: Map<bigint, { readonly num: bigint; readonly den: bigint }>;
  readonly stk: { readonly net: bigint; readonly supply: bigint };
}

/** A chain with the inspector module, automine off. */
function newChain(options: ChainOptions | undefined, inspector: Inspector, state?: unknown): MockChain {
  return createChain({
    ...options,
    ...(state === undefined ? {} : { state }),
    automine: false,
    modules: (keepers) => [...(options?.modules?.(keepers) ?? []), inspector.module()],
  });
}

/** Produces the block a plan describes; a control that throws leaves an ordinary block instead. */
function produce(chain: MockChain, plan: BlockPlan): { ok: boolean; error?: string } {
  switch (plan.kind) {
    case "mine":
      chain.control.mine(1);
      return { ok: true };
    case "time":
      chain.control.advanceTime(plan.seconds);
      return { ok: true };
    case "control":
      try {
        chain.control.invoke(plan.operation, plan.params);
        return { ok: true };
      } catch (error) {
        chain.control.mine(1);
        return { ok: false, error: error instanceof Error ? error.message : String(error) };
      }
  }
}

/**
 * Runs a devnet chain for `blocks` blocks of seeded random actions and checks every invariant after each block.
 * Returns the counts; with `failFast` (the default) throws InvariantViolationError at the first violation.
 */
export async function runRandomisedChain(options: RandomisedRunOptions): Promise<RandomisedRunResult> {
  const started = performance.now();
  const rng = new Prng(options.seed);
  // Replays draw from their own stream, so the actions do not depend on the replay rate.
  const replayRng = new Prng(options.seed ^ 0x5eed_f00d);
  const actionMix: ActionMix = { ...DEFAULT_ACTION_MIX, ...options.actionMix };
  const blockMix: BlockMix = { ...DEFAULT_BLOCK_MIX, ...options.blockMix };
  const groups = new Set(options.invariants ?? INVARIANT_GROUPS);
  const replayRate = options.replayFailures ?? 0.25;
  const failFast = options.failFast ?? true;
  const maxFee = options.maxFee ?? 5000n;
  // The action table: the built-in actions with the run's weights (adjusted to the state), then the extra ones.
  const actions = [
    ...(Object.keys(actionMix) as ActionKind[]).map((kind) => ({
      kind: kind as string,
      weight: (view: ChainView) => adjustedWeight(kind, actionMix[kind], view),
      generate: GENERATORS[kind],
    })),
    ...Object.entries(options.extraActions ?? {}).map(([kind, extra]) => ({
      kind,
      weight: () => extra.weight,
      generate: extra.generate,
    })),
  ];
  const extras = Object.entries(options.extraActions ?? {});
  const flowKinds = new Set([...BASKET_FLOWS, ...extras.filter(([, e]) => e.basketFlow).map(([k]) => k)]);
  const repricingKinds = new Set([...BASKET_REPRICING, ...extras.filter(([, e]) => e.repricing).map(([k]) => k)]);
  const [minActions, maxActions] =
    typeof options.actionsPerBlock === "number"
      ? [options.actionsPerBlock, options.actionsPerBlock]
      : (options.actionsPerBlock ?? [0, 6]);

  const inspector = new Inspector();
  const chain = newChain(options.chainOptions, inspector);
  const keepers = chain.keepers;
  const keys = new Map<number, DevnetKey>();
  for (const index of SIGNER_INDEXES) keys.set(index, await devnetKey(index, undefined, chain.bech32Prefix));
  const addresses = new Map([...keys].map(([index, key]) => [index, key.address] as const));
  const bondDenom = inspector.inspect(chain, (ctx) => keepers.staking.bondDenom(ctx.store));

  const byAction: Record<string, ActionCounts> = {};
  const failureCodes: Record<string, number> = {};
  const blockKinds: Record<string, number> = {};
  const controls = { attempted: 0, succeeded: 0, failed: 0 };
  const controlFailures: Record<string, number> = {};
  const violations: (Violation & { block: number; height: bigint })[] = [];
  const recent: BlockReport[] = [];
  const checks: Record<string, number> = {};
  const counted = (name: string) => {
    checks[name] = (checks[name] ?? 0) + 1;
  };
  const countGroups = () => {
    for (const group of groups) counted(group);
  };
  const inspect = <T>(fn: Inspection<T>): T => inspector.inspect(chain, fn);
  let replays = 0;
  let failedTxsReplayed = 0;
  const startNs = chain.block()!.header.timeNs;

  const measure = (ctx: Context): Measures => ({
    values: groups.has("basket") ? basketValuesPerShare(ctx, keepers) : new Map(),
    stk: groups.has("liquidstake") ? liquidStakeValue(ctx, keepers) : { net: 0n, supply: 0n },
  });

  // The genesis block must already satisfy everything.
  const genesis = inspector.inspect(chain, (ctx) => checkInvariants(ctx, keepers, groups));
  countGroups();
  if (genesis.length > 0) {
    const height = chain.abciInfo().lastBlockHeight;
    if (failFast) throw new InvariantViolationError(options.seed, 0, height, genesis, []);
    for (const v of genesis) violations.push({ ...v, block: 0, height });
  }

  for (let index = 1; index <= options.blocks; index++) {
    const { view, before } = inspector.inspect(chain, (ctx) => ({
      view: readView(ctx, keepers, addresses),
      before: measure(ctx),
    }));
    const { kind: blockKind, plan } = planBlock(rng, view, blockMix);
    blockKinds[blockKind] = (blockKinds[blockKind] ?? 0) + 1;

    // The actions: weights adjusted to the state; at most one basket flow per block, so that the value-per-share
    // comparison is about one operation.
    const count = rng.int(minActions, maxActions);
    const weights = actions.map((action) => [action, action.weight(view)] as const);
    const planned: PlannedTx[] = [];
    let flows = 0;
    for (let i = 0; i < count && weights.some(([, w]) => w > 0); i++) {
      const action = rng.weighted(weights);
      if (flowKinds.has(action.kind) && flows > 0) continue;
      const tx = action.generate(rng, view);
      if (tx === undefined) continue;
      if (flowKinds.has(action.kind)) flows++;
      planned.push(tx);
    }

    const replay = replayRate > 0 && replayRng.chance(replayRate);
    const saved = replay ? chain.control.exportState() : undefined;

    // Sign and broadcast one by one: a tx CheckTx refuses does not use up its sequence.
    const sequences = new Map([...view.accounts].map(([i, a]) => [i, a.sequence] as const));
    const included: { tx: PlannedTx; bytes: Uint8Array; sequence: bigint; fee: bigint }[] = [];
    const reports: BlockReport["txs"][number][] = [];
    for (const tx of planned) {
      const counts = byAction[tx.kind] ?? { attempted: 0, succeeded: 0, failed: 0, rejected: 0 };
      byAction[tx.kind] = counts;
      counts.attempted++;
      const account = view.accounts.get(tx.signer)!;
      const sequence = sequences.get(tx.signer)!;
      const fee = maxFee > 0n && rng.chance(0.8) ? rng.bigint(0n, maxFee) : 0n;
      const bytes = signTx(keys.get(tx.signer)!, tx.messages, {
        chainId: chain.chainId,
        accountNumber: account.accountNumber,
        sequence,
        fee,
        gasLimit: GAS_LIMIT,
        feeDenom: view.bondDenom,
      });
      const check = chain.broadcastTx(bytes).checkTx;
      if (check.code !== 0) {
        counts.rejected++;
        reports.push({ kind: tx.kind, signer: tx.signer, outcome: "rejected", ...codeOf(check) });
        continue;
      }
      sequences.set(tx.signer, sequence + 1n);
      included.push({ tx, bytes, sequence, fee });
    }

    let control: BlockReport["control"];
    let outcome: { ok: boolean; error?: string };
    try {
      outcome = produce(chain, plan);
    } catch (error) {
      // A begin or end blocker that throws halts a real chain: always fatal.
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      const height = chain.abciInfo().lastBlockHeight + 1n;
      throw new InvariantViolationError(options.seed, index, height, [{ invariant: "chain.block", detail }], recent);
    }
    let effectivePlan: BlockPlan = plan;
    if (plan.kind === "control") {
      controls.attempted++;
      if (outcome.ok) controls.succeeded++;
      else {
        controls.failed++;
        effectivePlan = { kind: "mine" };
        const reason = `${plan.operation}: ${(outcome.error ?? "").slice(0, 100)}`;
        controlFailures[reason] = (controlFailures[reason] ?? 0) + 1;
      }
      control = { operation: plan.operation, ok: outcome.ok, ...(outcome.error ? { error: outcome.error } : {}) };
    }

    const height = chain.abciInfo().lastBlockHeight;
    const results = chain.blockResults(height)?.txResults ?? [];
    if (results.length !== included.length) {
      throw new Error(`block ${height} has ${results.length} tx results for ${included.length} txs`);
    }
    const blockViolations: Violation[] = [];
    const failedAt: number[] = [];
    const succeededKinds = new Set<string>();
    const txEvents: AbciEvent[] = [];
    included.forEach(({ tx }, i) => {
      const result = results[i]!;
      const counts = byAction[tx.kind]!;
      if (result.code === 0) {
        counts.succeeded++;
        succeededKinds.add(tx.kind);
        txEvents.push(...result.events);
      } else {
        counts.failed++;
        failedAt.push(i);
        const code = `${result.codespace}/${result.code}`;
        failureCodes[code] = (failureCodes[code] ?? 0) + 1;
        // A panic is a handler that crashed, never an expected failure.
        if (result.code === 111222)
          blockViolations.push({ invariant: "tx.panic", detail: `${tx.kind}: ${result.log}` });
      }
      reports.push({
        kind: tx.kind,
        signer: tx.signer,
        outcome: result.code === 0 ? "ok" : "failed",
        ...codeOf(result),
      });
    });

    // The invariants of the new state, and the measures for the transition checks.
    const { found, after } = inspector.inspect(chain, (ctx) => ({
      found: checkInvariants(ctx, keepers, groups),
      after: measure(ctx),
    }));
    countGroups();
    blockViolations.push(...found);

    if (groups.has("basket") && succeededKinds.has("basket.deposit")) {
      counted("basket.deposit-roundtrip");
      blockViolations.push(...depositRoundTrips(txEvents));
    }

    // Basket value per share across a block whose only basket change is one deposit or redemption.
    const repriced = [...succeededKinds].some((k) => repricingKinds.has(k)) || plan.kind === "control";
    if (groups.has("basket") && !repriced && [...succeededKinds].some((k) => flowKinds.has(k))) {
      counted("basket.value-per-share");
      const fees = performanceFeeShares(txEvents);
      for (const [id, a] of after.values) {
        const b = before.values.get(id);
        if (b === undefined) continue;
        // A performance fee at a cut mints shares before the redemptions: compare against the diluted value.
        const den = b.den + (fees.get(id) ?? 0n) * 10n ** 18n;
        if (a.num * den < b.num * a.den) {
          blockViolations.push({
            invariant: "basket.value-per-share",
            detail: `basket ${id}: value per share fell from ${ratio(b.num, den)} to ${ratio(a.num, a.den)} across ${[
              ...succeededKinds,
            ]
              .filter((k) => flowKinds.has(k))
              .join(", ")}`,
          });
        }
      }
    }

    // stkXPRT's value per token (NetAmount / supply) across blocks without a slash: staking and unstaking must not
    // dilute the holders beyond the truncation of each validator's token value (one uxprt per liquid validator and
    // per delegation or undelegation the block made).
    if (groups.has("liquidstake") && plan.kind !== "control" && before.stk.supply > 0n && after.stk.supply > 0n) {
      counted("liquidstake.value-per-token");
      const moves = included.filter(
        ({ tx }, i) => results[i]!.code === 0 && (tx.kind.startsWith("liquidstake.") || tx.kind.startsWith("staking.")),
      ).length;
      const slack = BigInt(view.validators.length * (moves + 1));
      if ((after.stk.net + slack) * before.stk.supply < before.stk.net * after.stk.supply) {
        blockViolations.push({
          invariant: "liquidstake.value-per-token",
          detail: `NetAmount/supply fell from ${before.stk.net}/${before.stk.supply} to ${after.stk.net}/${after.stk.supply}`,
        });
      }
    }

    // Failed txs leave no trace: replay the block on a copy of the chain with each failed tx swapped for a no-op
    // (a 1-unit send to oneself) with the same signer, sequence and fee; both runs must end in the same state.
    let replayed = false;
    if (saved !== undefined && failedAt.length > 0) {
      counted("tx.no-trace");
      replayed = true;
      replays++;
      failedTxsReplayed += failedAt.length;
      const copyInspector = new Inspector();
      const copy = newChain(options.chainOptions, copyInspector, saved);
      for (const [i, entry] of included.entries()) {
        let bytes = entry.bytes;
        if (failedAt.includes(i)) {
          const key = keys.get(entry.tx.signer)!;
          bytes = signTx(
            key,
            [
              txMessage(MsgSendSchema, {
                fromAddress: key.address,
                toAddress: key.address,
                amount: [{ denom: bondDenom, amount: "1" }],
              }),
            ],
            {
              chainId: chain.chainId,
              accountNumber: view.accounts.get(entry.tx.signer)!.accountNumber,
              sequence: entry.sequence,
              fee: entry.fee,
              gasLimit: GAS_LIMIT,
              feeDenom: bondDenom,
            },
          );
        }
        const check = copy.broadcastTx(bytes).checkTx;
        if (check.code !== 0) {
          blockViolations.push({ invariant: "tx.replay", detail: `replay tx ${i} refused: ${check.log}` });
        }
      }
      produce(copy, effectivePlan);
      const original = inspector.inspect(chain, stateDump);
      const replica = copyInspector.inspect(copy, stateDump);
      const differences = dumpDifferences(original, replica);
      if (differences.length > 0) {
        blockViolations.push({
          invariant: "tx.no-trace",
          detail: `failed ${failedAt.map((i) => included[i]!.tx.kind).join(", ")} changed state:\n    ${differences.join("\n    ")}`,
        });
      }
      copy.close();
    }

    const report: BlockReport = {
      index,
      height,
      blockKind,
      ...(control ? { control } : {}),
      txs: reports,
      violations: blockViolations,
      replayed,
    };
    recent.push(report);
    if (recent.length > 8) recent.shift();
    options.onBlock?.(report, chain, inspect);
    if (blockViolations.length > 0) {
      if (failFast) throw new InvariantViolationError(options.seed, index, height, blockViolations, recent);
      for (const v of blockViolations) violations.push({ ...v, block: index, height });
    }
  }

  const counts = Object.values(byAction);
  const sum = (f: (c: ActionCounts) => number) => counts.reduce((s, c) => s + f(c), 0);
  const last = chain.block()!.header;
  chain.close();
  return {
    seed: options.seed,
    blocks: options.blocks,
    finalHeight: last.height,
    virtualSeconds: (last.timeNs - startNs) / NS,
    actionsAttempted: sum((c) => c.attempted),
    actionsSucceeded: sum((c) => c.succeeded),
    actionsFailed: sum((c) => c.failed),
    actionsRejected: sum((c) => c.rejected),
    byAction,
    failureCodes,
    blockKinds,
    controls,
    controlFailures,
    invariantChecks: Object.values(checks).reduce((a, b) => a + b, 0),
    checks,
    replays,
    failedTxsReplayed,
    violations,
    elapsedMs: performance.now() - started,
  };
}

function codeOf(result: Pick<TxExecResult, "code" | "codespace" | "log">) {
  return { code: result.code, codespace: result.codespace, log: result.log };
}

function ratio(num: bigint, den: bigint): string {
  return Dec.fromAtomics((num * 10n ** 18n) / den).toString();
}
