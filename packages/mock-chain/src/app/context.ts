import type { Context, EventManager, GasMeter, KVStore } from "./module.js";

/** The fields of a `Context`. */
export interface ContextFields {
  readonly chainId: string;
  readonly height: bigint;
  readonly timeNs: bigint;
  readonly store: KVStore;
  readonly gasMeter: GasMeter;
  readonly events: EventManager;
  readonly mode: Context["mode"];
}

/** Builds the context a handler receives. */
export function createContext(fields: ContextFields): Context {
  return {
    chainId: fields.chainId,
    height: fields.height,
    time: { ns: fields.timeNs },
    store: fields.store,
    gasMeter: fields.gasMeter,
    events: fields.events,
    mode: fields.mode,
  };
}

/** The same context with another store, gas meter or event sink (a branch for one step of a tx). */
export function withContext(ctx: Context, changes: Partial<Pick<Context, "store" | "gasMeter" | "events">>): Context {
  return { ...ctx, ...changes };
}
