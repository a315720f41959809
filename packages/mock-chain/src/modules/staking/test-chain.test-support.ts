// Test support for the staking, distribution and mint modules: the real auth, bank, staking, distribution and mint
// modules in a real Application over a real store, driven block by block in-process. Messages go straight to their
// handlers (no signatures or fees: the tx pipeline has its own tests), each in a branch that is dropped when the
// handler throws, so a failed message leaves no trace, as in a real block.
import { create, type DescMessage, type MessageShape } from "@bufbuild/protobuf";
import { sha256 } from "@cosmjs/crypto";
import { toBech32 } from "@cosmjs/encoding";
import { GenesisStateSchema as AuthGenesisSchema, BaseAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { packAny } from "../../app/any.js";
import { Application } from "../../app/application.js";
import { createContext } from "../../app/context.js";
import { EventCollector } from "../../app/event-manager.js";
import { ChainError, type Context, type Module } from "../../app/module.js";
import type { AbciEvent } from "../../node/chain-node.js";
import { CacheStore, InfiniteGasMeter, MemStore } from "../../store/index.js";
import { AuthKeeper, createAuthModule } from "../auth/index.js";
import { BankKeeper, createBankModule } from "../bank/index.js";
import { createDistributionModule, type DistributionModule } from "../distribution/module.js";
import { createMintModule, type MintGenesis } from "../mint/module.js";
import { bech32Bytes } from "./addresses.js";
import type { GenesisValidator } from "./create-validator.js";
import { devnetValidators } from "./devnet-validators.js";
import type { StakingDevnetGenesis } from "./genesis.js";
import type { StakingKeeper } from "./keeper.js";
import { createStakingModule } from "./module.js";

/** 2025-01-01T00:00:00Z: the harness's genesis time. */
export const GENESIS_TIME_NS = 1_735_689_600n * 1_000_000_000n;
export const BLOCK_TIME_NS = 5_000_000_000n;

/** A deterministic test account address (20 bytes of SHA-256 of the label). */
export function testAddress(label: string, prefix = "persistence"): string {
  return toBech32(prefix, sha256(new TextEncoder().encode(label)).slice(0, 20));
}

export interface TestChainOptions {
  /** Accounts and their uxprt balances at genesis. */
  readonly balances: Readonly<Record<string, bigint>>;
  /** Staking genesis (devnet form); its validators' operators must be funded in `balances`. */
  readonly staking: Omit<StakingDevnetGenesis, "validators"> & { readonly validators: readonly GenesisValidator[] };
  readonly mint?: MintGenesis;
  readonly distribution?: unknown;
}

/** The outcome of one message: the response or the ChainError, with the events either way. */
export interface DeliverResult<Res> {
  readonly response?: Res;
  readonly error?: ChainError;
  readonly events: readonly AbciEvent[];
}

/** A chain of the five modules, committed block by block in memory. */
export class TestChain {
  readonly store = new MemStore();
  readonly auth = new AuthKeeper({ bech32Prefix: "persistence" });
  readonly bank = new BankKeeper(this.auth);
  readonly staking: StakingKeeper;
  readonly distribution: DistributionModule["keeper"];
  readonly app: Application;
  height = 0n;
  timeNs = GENESIS_TIME_NS;
  /** Events of the last block's begin and end blockers. */
  blockEvents: readonly AbciEvent[] = [];

  constructor(
    options:
      | TestChainOptions
      | { readonly appState: Readonly<Record<string, unknown>>; readonly height: bigint; readonly timeNs: bigint },
  ) {
    const staking = createStakingModule({ bank: this.bank });
    const distribution = createDistributionModule({ bank: this.bank, staking: staking.keeper });
    const modules: Module[] = [
      createAuthModule(this.auth),
      createBankModule(this.bank),
      distribution.module,
      staking.module,
      createMintModule({ bank: this.bank, staking: staking.keeper }),
    ];
    this.staking = staking.keeper;
    this.distribution = distribution.keeper;
    this.app = new Application({ modules });

    if ("appState" in options) {
      this.height = options.height;
      this.timeNs = options.timeNs;
      this.app.initGenesis(this.context(this.store, new EventCollector(), "block"), options.appState);
      return;
    }
    const addresses = Object.keys(options.balances);
    const accounts = addresses.map((address, i) =>
      packAny(BaseAccountSchema, create(BaseAccountSchema, { address, accountNumber: BigInt(i) })),
    );
    const ctx = this.context(this.store, new EventCollector(), "block");
    this.app.initGenesis(ctx, {
      auth: create(AuthGenesisSchema, { accounts }),
      bank: {
        balances: addresses.map((address) => ({
          address,
          coins: [{ denom: "uxprt", amount: options.balances[address]!.toString() }],
        })),
      },
      staking: options.staking,
      distribution: options.distribution,
      mint: options.mint,
    });
  }

  /** Every module's exported genesis at the current height, through JSON (what a genesis.json file holds). */
  exportAppState(): Record<string, unknown> {
    return JSON.parse(JSON.stringify(this.app.exportGenesis(this.query))) as Record<string, unknown>;
  }

  /** A context on `store` at the current height and time. */
  context(store: Context["store"], events: EventCollector, mode: Context["mode"]): Context {
    return createContext({
      chainId: "persistence-mock-1",
      height: this.height,
      timeNs: this.timeNs,
      store,
      gasMeter: new InfiniteGasMeter(),
      events,
      mode,
    });
  }

  /** A read-only view for assertions and queries (a branch that is never written back). */
  get query(): Context {
    return this.context(new CacheStore(this.store), new EventCollector(), "query");
  }

  /**
   * Commits one block `advanceNs` after the previous one: begin blockers, then `deliver` (messages run inside it),
   * then end blockers.
   */
  block(deliver?: (ctx: Context) => void, advanceNs = BLOCK_TIME_NS): void {
    this.height += 1n;
    this.timeNs += advanceNs;
    const branch = new CacheStore(this.store);
    const events = new EventCollector();
    const ctx = this.context(branch, events, "block");
    this.app.beginBlock(ctx);
    deliver?.(this.context(branch, new EventCollector(), "deliver"));
    this.app.endBlock(ctx);
    branch.write();
    this.blockEvents = events.events;
  }

  /** Commits `count` empty blocks. */
  mine(count = 1): void {
    for (let i = 0; i < count; i++) this.block();
  }

  /** Commits one block `seconds` after the previous one (anvil's evm_increaseTime + mine). */
  advanceTime(seconds: bigint): void {
    this.block(undefined, seconds * 1_000_000_000n);
  }

  /** Runs a message in its own block (automine); a throwing handler's writes are discarded. */
  deliver<Req extends DescMessage>(schema: Req, msg: MessageShape<Req>): DeliverResult<unknown> {
    const route = this.app.msgRoute(`/${schema.typeName}`);
    if (route === undefined) throw new Error(`no handler for ${schema.typeName}`);
    let result: DeliverResult<unknown> = { events: [] };
    this.block((ctx) => {
      const branch = new CacheStore(ctx.store);
      const events = new EventCollector();
      try {
        const response = route.handler.handle({ ...ctx, store: branch, events }, msg as never);
        branch.write();
        result = { response, events: events.events };
      } catch (error) {
        if (!(error instanceof ChainError)) throw error;
        result = { error, events: [] };
      }
    });
    return result;
  }

  /** Runs a query handler by gRPC path on the committed state. */
  queryPath<Res>(path: string, request: unknown): Res {
    const route = this.app.queryRoute(path);
    if (route === undefined) throw new Error(`no query ${path}`);
    return route.handler.handle(this.query, request as never) as Res;
  }

  /** Runs a module control ("staking/slash") in its own block. */
  control(operation: string, params: unknown): unknown {
    let result: unknown;
    const control = this.app.control(operation);
    this.block((ctx) => {
      result = control(ctx, params);
    });
    return result;
  }

  balance(address: string, denom = "uxprt"): bigint {
    return this.bank.getBalance(this.query, address, denom);
  }
}

/** The four devnet-style operators of `devnetTestChain`, and two delegators. */
export const OPERATORS = [0, 1, 2, 3].map((i) => testAddress(`operator-${i}`));
export const VALIDATORS = OPERATORS.map((operator) => toBech32("persistencevaloper", bech32Bytes(operator)));
export const ALICE = testAddress("alice");
export const BOB = testAddress("bob");

/** Mint genesis with zero inflation, for tests that want balances to move only by what they do. */
export const NO_INFLATION: MintGenesis = {
  params: { inflationMin: "0", inflationMax: "0", inflationRateChange: "0" },
  minter: { inflation: "0" },
};

/**
 * The default devnet's four validators (1,000,000 XPRT self-delegation each) with ALICE and BOB holding 1,000 XPRT;
 * no inflation unless asked for.
 */
export function devnetTestChain(options: { readonly inflation?: boolean } = {}): TestChain {
  const balances: Record<string, bigint> = { [ALICE]: 1_000_000_000n, [BOB]: 1_000_000_000n };
  for (const operator of OPERATORS) balances[operator] = 2_000_000_000_000n;
  return new TestChain({
    balances,
    staking: { validators: devnetValidators(OPERATORS) },
    mint: options.inflation ? undefined : NO_INFLATION,
  });
}
