// Read access to a chain's committed state for the invariant checks. A tiny extra module (`invariants`) answers one
// query path by running a function with the query's context: the latest committed state, on a throwaway branch, at
// the block's height and time, with every keeper at hand. Its one control, `invariants/run`, runs a function in a
// block context and commits (tests use it to break a book on purpose and see the checks catch it).

import { create, toBinary } from "@bufbuild/protobuf";
import { type Empty, EmptySchema } from "@bufbuild/protobuf/wkt";
import type { Context, Module, QueryHandler } from "../app/module.js";
import type { MockChain } from "../node/chain.js";

/** The module's name, and so the prefix of its control (`invariants/run`). */
export const INSPECTOR_MODULE = "invariants";
/** The query path the inspector answers. */
export const INSPECT_PATH = "/persistence.mock.invariants.Inspect/Run";

/** A function run on a context of the chain's state. */
export type Inspection<T> = (ctx: Context) => T;

interface Slot {
  fn: Inspection<unknown>;
  result?: { value: unknown } | { error: unknown };
}

/** One inspector per chain: the function of the query in flight. */
export class Inspector {
  private slot: Slot | undefined;

  /** The module to add to the chain (ChainOptions.modules). */
  module(): Module {
    const handler: QueryHandler = {
      request: EmptySchema,
      response: EmptySchema,
      handle: (ctx: Context): Empty => {
        const slot = this.slot;
        if (slot === undefined) throw new Error("no inspection in flight");
        try {
          slot.result = { value: slot.fn(ctx) };
        } catch (error) {
          slot.result = { error };
        }
        return create(EmptySchema);
      },
    };
    return {
      name: INSPECTOR_MODULE,
      queryHandlers: { [INSPECT_PATH]: handler },
      controls: {
        run: (ctx: Context, params: unknown) => {
          if (typeof params !== "function") throw new TypeError("invariants/run expects a function (ctx) => unknown");
          return (params as Inspection<unknown>)(ctx);
        },
      },
    };
  }

  /** Runs `fn` on the chain's latest committed state (writes are dropped) and returns what it returns. */
  inspect<T>(chain: MockChain, fn: Inspection<T>): T {
    const slot: Slot = { fn };
    this.slot = slot;
    try {
      const answer = chain.abciQuery(INSPECT_PATH, toBinary(EmptySchema, create(EmptySchema)));
      if (slot.result === undefined) throw new Error(`inspection did not run: ${answer.log}`);
      if ("error" in slot.result) throw slot.result.error;
      return slot.result.value as T;
    } finally {
      this.slot = undefined;
    }
  }
}
