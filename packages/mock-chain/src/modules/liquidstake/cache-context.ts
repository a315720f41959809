// The SDK's `ctx.CacheContext()`: a branch of the store with its own event sink, written back (events included)
// only on success. Keepers use it where Go does, and block-time work uses it to swallow a failing step the way the Go
// keepers log and continue instead of halting the chain.
import { withContext } from "../../app/context.js";
import { EventCollector } from "../../app/event-manager.js";
import type { Context } from "../../app/module.js";
import { CacheStore } from "../../store/cache-store.js";

/** A cached context and the function that commits it into its parent. */
export function cacheContext(ctx: Context): { readonly ctx: Context; write(): void } {
  const store = new CacheStore(ctx.store);
  const events = new EventCollector();
  return {
    ctx: withContext(ctx, { store, events }),
    write() {
      store.write();
      if (ctx.events instanceof EventCollector) {
        ctx.events.emitEvents(events.events);
        return;
      }
      for (const event of events.events) {
        ctx.events.emit(event.type, Object.fromEntries(event.attributes.map((a) => [a.key, a.value])));
      }
    },
  };
}

/**
 * Runs `step` on a cached context and keeps its writes only if it returns normally; a thrown error is swallowed and
 * returned (the Go keepers log such failures and go on).
 */
export function runCached(ctx: Context, step: (ctx: Context) => void): unknown {
  const cached = cacheContext(ctx);
  try {
    step(cached.ctx);
  } catch (error) {
    return error;
  }
  cached.write();
  return undefined;
}
