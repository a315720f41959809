import { type DescMessage, fromBinary, type Message, toBinary } from "@bufbuild/protobuf";
import type { Context, Module, MsgHandler, QueryHandler } from "./module.js";
import { asChainError, sdkError } from "./sdk-errors.js";

/** Where a Msg type is handled. */
export interface MsgRoute {
  readonly module: Module;
  readonly handler: MsgHandler;
}

/** Where a query path is handled. */
export interface QueryRoute {
  readonly module: Module;
  readonly handler: QueryHandler;
}

/** The modules and the orders they run in. Names not listed run after the listed ones, in registration order. */
export interface ApplicationOptions {
  readonly modules: readonly Module[];
  /** InitGenesis order; default auth, bank, distribution, staking, mint (the SDK's: balances exist before staking). */
  readonly genesisOrder?: readonly string[];
  /** BeginBlock order; default mint, distribution, slashing, evidence, staking (simapp's). */
  readonly beginBlockOrder?: readonly string[];
  /** EndBlock order; default crisis, gov, staking (simapp's). */
  readonly endBlockOrder?: readonly string[];
}

const DEFAULT_GENESIS_ORDER = ["auth", "bank", "distribution", "staking", "mint"];
const DEFAULT_BEGIN_BLOCK_ORDER = ["mint", "distribution", "slashing", "evidence", "staking"];
const DEFAULT_END_BLOCK_ORDER = ["crisis", "gov", "staking"];

function ordered(modules: readonly Module[], order: readonly string[]): Module[] {
  const rank = (module: Module): number => {
    const index = order.indexOf(module.name);
    return index === -1 ? order.length : index;
  };
  return modules
    .map((module, position) => ({ module, position }))
    .sort((a, b) => rank(a.module) - rank(b.module) || a.position - b.position)
    .map(({ module }) => module);
}

/**
 * The application: the module registry with its Msg router (by type URL), query router (by gRPC path) and the
 * genesis, begin-block and end-block orders. Stateless: every call works on the context it is given.
 */
export class Application {
  readonly modules: readonly Module[];
  private readonly byName = new Map<string, Module>();
  private readonly msgRoutes = new Map<string, MsgRoute>();
  private readonly queryRoutes = new Map<string, QueryRoute>();
  private readonly genesisOrder: readonly Module[];
  private readonly beginBlockOrder: readonly Module[];
  private readonly endBlockOrder: readonly Module[];

  constructor(options: ApplicationOptions) {
    this.modules = options.modules;
    for (const module of options.modules) {
      if (this.byName.has(module.name)) throw new Error(`two modules are named "${module.name}"`);
      this.byName.set(module.name, module);
      for (const [typeUrl, handler] of Object.entries(module.msgHandlers ?? {})) {
        const taken = this.msgRoutes.get(typeUrl);
        if (taken) throw new Error(`${typeUrl} is handled by both ${taken.module.name} and ${module.name}`);
        if (typeUrl !== `/${handler.request.typeName}`) {
          throw new Error(`${module.name}: handler for ${typeUrl} takes ${handler.request.typeName}`);
        }
        this.msgRoutes.set(typeUrl, { module, handler });
      }
      for (const [path, handler] of Object.entries(module.queryHandlers ?? {})) {
        const taken = this.queryRoutes.get(path);
        if (taken) throw new Error(`${path} is served by both ${taken.module.name} and ${module.name}`);
        this.queryRoutes.set(path, { module, handler });
      }
    }
    this.genesisOrder = ordered(options.modules, options.genesisOrder ?? DEFAULT_GENESIS_ORDER);
    this.beginBlockOrder = ordered(options.modules, options.beginBlockOrder ?? DEFAULT_BEGIN_BLOCK_ORDER);
    this.endBlockOrder = ordered(options.modules, options.endBlockOrder ?? DEFAULT_END_BLOCK_ORDER);
  }

  module(name: string): Module | undefined {
    return this.byName.get(name);
  }

  msgRoute(typeUrl: string): MsgRoute | undefined {
    return this.msgRoutes.get(typeUrl);
  }

  queryRoute(path: string): QueryRoute | undefined {
    return this.queryRoutes.get(path);
  }

  /** Every Msg type URL the chain accepts. */
  msgTypeUrls(): string[] {
    return [...this.msgRoutes.keys()].sort();
  }

  /** Every query path the chain serves. */
  queryPaths(): string[] {
    return [...this.queryRoutes.keys()].sort();
  }

  /** Module names in InitGenesis order. */
  get genesisModuleNames(): string[] {
    return this.genesisOrder.map((module) => module.name);
  }

  /**
   * Runs every module's InitGenesis with its section of `appState` (undefined when absent). Sections of modules the
   * chain does not run are ignored, as the SDK's module manager ignores them.
   */
  initGenesis(ctx: Context, appState: Readonly<Record<string, unknown>>): void {
    for (const module of this.genesisOrder) module.initGenesis?.(ctx, appState[module.name]);
  }

  /** Every module's ExportGenesis, keyed by module name. */
  exportGenesis(ctx: Context): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const module of this.genesisOrder) {
      if (module.exportGenesis) out[module.name] = module.exportGenesis(ctx);
    }
    return out;
  }

  beginBlock(ctx: Context): void {
    for (const module of this.beginBlockOrder) module.beginBlock?.(ctx);
  }

  endBlock(ctx: Context): void {
    for (const module of this.endBlockOrder) module.endBlock?.(ctx);
  }

  /** The consensus set from the module that decides it, or undefined when no module does. */
  consensusValidators(ctx: Context): readonly { readonly pubKey: Uint8Array; readonly power: bigint }[] | undefined {
    for (const module of this.modules) {
      if (module.consensusValidators) return module.consensusValidators(ctx);
    }
    return undefined;
  }

  /** The control operation "<module>/<operation>". */
  control(operation: string): (ctx: Context, params: unknown) => unknown {
    const slash = operation.indexOf("/");
    const moduleName = slash === -1 ? operation : operation.slice(0, slash);
    const name = slash === -1 ? "" : operation.slice(slash + 1);
    const module = this.byName.get(moduleName);
    const control = module?.controls?.[name];
    if (control === undefined) {
      const known = this.modules.flatMap((m) => Object.keys(m.controls ?? {}).map((op) => `${m.name}/${op}`));
      throw new Error(`unknown control operation "${operation}"; known: ${known.sort().join(", ") || "none"}`);
    }
    return control;
  }

  /**
   * Answers a gRPC query with protobuf request bytes, as baseapp's GRPCQueryRouter does: unknown paths are sdk 6,
   * undecodable requests sdk 18, handler failures keep their codes.
   */
  query(ctx: Context, path: string, data: Uint8Array): Uint8Array {
    const route = this.queryRoutes.get(path);
    if (route === undefined) throw sdkError(6, "unknown query path");
    let request: Message;
    try {
      request = fromBinary(route.handler.request as DescMessage, data);
    } catch (error) {
      throw sdkError(18, (error as Error).message);
    }
    try {
      const response = route.handler.handle(ctx, request as never);
      return toBinary(route.handler.response as DescMessage, response as never);
    } catch (error) {
      throw asChainError(error);
    }
  }
}
