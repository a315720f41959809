// The control API over JSON-RPC, in the spirit of anvil's evm_* methods: `mock_mine`, `mock_advanceTime`, ...
// Each method forwards to the in-process handle; arguments may be positional or named.
import type { Json } from "./cometbft-json.js";
import { RpcError, RpcErrorCode } from "./json-rpc.js";
import { type Params, params } from "./params.js";
import type { RpcContext, RpcMethod, RpcMethodTable } from "./rpc-method.js";
import { formatRfc3339Nano, toBase64 } from "./wire-format.js";

const COIN_PATTERN = /^([0-9]+)([a-zA-Z][a-zA-Z0-9/:._-]{2,127})$/;

function invalid(detail: string): RpcError {
  return new RpcError(RpcErrorCode.invalidParams, detail);
}

function required<T>(value: T | undefined, name: string): T {
  if (value === undefined) throw invalid(`missing parameter ${name}`);
  return value;
}

/** A count or a duration: a JSON number or a decimal string, whole and not negative. */
function wholeNumber(args: Params, name: string): number | undefined {
  const value = args.json(name);
  if (value === undefined) return undefined;
  const number = typeof value === "string" && /^[0-9]+$/.test(value) ? Number(value) : value;
  if (typeof number !== "number" || !Number.isSafeInteger(number) || number < 0) {
    throw invalid(`${name} must be a non-negative integer, got ${JSON.stringify(value)}`);
  }
  return number;
}

function flag(args: Params, name: string): boolean {
  const value = required(args.json(name), name);
  if (typeof value !== "boolean") throw invalid(`${name} must be true or false, got ${JSON.stringify(value)}`);
  return value;
}

/** Coins as `[{denom, amount}]` (amount a string or a number) or the SDK's text form "100uxprt,5stk/uxprt". */
export function parseCoins(value: unknown): { denom: string; amount: bigint }[] {
  const entries: unknown[] =
    typeof value === "string"
      ? value.split(",").filter((part) => part.trim() !== "")
      : Array.isArray(value)
        ? value
        : [];
  if (entries.length === 0)
    throw invalid(`coins must be a non-empty list or "<amount><denom>,...", got ${JSON.stringify(value)}`);
  return entries.map((entry) => {
    if (typeof entry === "string") {
      const match = COIN_PATTERN.exec(entry.trim());
      if (!match) throw invalid(`invalid coin ${JSON.stringify(entry)}`);
      return { denom: match[2]!, amount: BigInt(match[1]!) };
    }
    const coin = entry as { denom?: unknown; amount?: unknown };
    const amount = typeof coin?.amount === "number" ? String(coin.amount) : coin?.amount;
    if (typeof coin?.denom !== "string" || typeof amount !== "string" || !/^[0-9]+$/.test(amount)) {
      throw invalid(`invalid coin ${JSON.stringify(entry)}`);
    }
    return { denom: coin.denom, amount: BigInt(amount) };
  });
}

/** Any value a control operation returns, made JSON-safe: bigints as strings, bytes as base64. */
export function toJsonSafe(value: unknown): Json {
  if (value === undefined || value === null) return null;
  if (typeof value === "bigint") return value.toString();
  if (value instanceof Uint8Array) return toBase64(value);
  if (Array.isArray(value)) return value.map(toJsonSafe);
  if (typeof value === "object") {
    if (typeof (value as { toJSON?: unknown }).toJSON === "function") {
      return toJsonSafe((value as { toJSON(): unknown }).toJSON());
    }
    return Object.fromEntries(Object.entries(value).map(([key, entry]) => [key, toJsonSafe(entry)]));
  }
  if (typeof value === "number" || typeof value === "string" || typeof value === "boolean") return value;
  return String(value);
}

/** The tip after a mining call: what anvil-style scripts print. */
function tip(ctx: RpcContext): Json {
  const status = ctx.node.status();
  return { height: status.latestHeight.toString(), time: formatRfc3339Nano(status.latestBlockTimeNs) };
}

/**
 * Control operations validate their own input and throw TypeError or RangeError when it is wrong (an unknown
 * validator address, a negative latency...): those are the caller's mistake, so they become invalid-params errors.
 */
function withParamErrors(table: RpcMethodTable): RpcMethodTable {
  return Object.fromEntries(
    Object.entries(table).map(([name, method]) => [
      name,
      {
        ...method,
        run(ctx, args) {
          try {
            return method.run(ctx, args);
          } catch (error) {
            if (error instanceof TypeError || error instanceof RangeError) throw invalid(error.message);
            throw error;
          }
        },
      } satisfies RpcMethod,
    ]),
  );
}

/** The `mock_*` methods. */
export const controlMethods: RpcMethodTable = withParamErrors({
  mock_mine: {
    params: params(["blocks", "json"]),
    run(ctx, args) {
      ctx.control.mine(wholeNumber(args, "blocks") ?? 1);
      return tip(ctx);
    },
  },

  mock_advanceTime: {
    params: params(["seconds", "json"]),
    run(ctx, args) {
      ctx.control.advanceTime(BigInt(required(wholeNumber(args, "seconds"), "seconds")));
      return tip(ctx);
    },
  },

  mock_setAutomine: {
    params: params(["enabled", "json"]),
    run(ctx, args) {
      ctx.control.setAutomine(flag(args, "enabled"));
      return {};
    },
  },

  mock_setBlockInterval: {
    params: params(["ms", "json"]),
    run(ctx, args) {
      const ms = args.json("ms") === undefined ? null : wholeNumber(args, "ms");
      ctx.control.setBlockInterval(ms === 0 ? null : (ms ?? null));
      return {};
    },
  },

  mock_fund: {
    params: params(["address", "string"], ["coins", "json"]),
    run(ctx, args) {
      ctx.control.fund(required(args.string("address"), "address"), parseCoins(required(args.json("coins"), "coins")));
      return tip(ctx);
    },
  },

  mock_invoke: {
    params: params(["operation", "string"], ["params", "json"]),
    run(ctx, args) {
      return toJsonSafe(ctx.control.invoke(required(args.string("operation"), "operation"), args.json("params") ?? {}));
    },
  },

  mock_snapshot: { params: [], run: (ctx) => ctx.control.snapshot() },

  mock_revert: {
    params: params(["id", "json"]),
    run(ctx, args) {
      const id = required(args.json("id"), "id");
      if (typeof id !== "string" && typeof id !== "number") throw invalid("id must be a snapshot id string");
      return ctx.control.revert(String(id));
    },
  },

  mock_setMempoolFull: {
    params: params(["full", "json"]),
    run(ctx, args) {
      ctx.control.setMempoolFull(flag(args, "full"));
      return {};
    },
  },

  mock_setHalted: {
    params: params(["halted", "json"]),
    run(ctx, args) {
      ctx.control.setHalted(flag(args, "halted"));
      return {};
    },
  },

  mock_exportState: { params: [], run: (ctx) => toJsonSafe(ctx.control.exportState()) },

  mock_setLatency: {
    params: params(["ms", "json"]),
    run(ctx, args) {
      ctx.control.setLatency(required(wholeNumber(args, "ms"), "ms"));
      return {};
    },
  },

  mock_failNext: {
    params: params(["n", "json"], ["status", "json"]),
    run(ctx, args) {
      const status = wholeNumber(args, "status") ?? 503;
      if (status < 500 || status > 599) throw invalid(`status must be an HTTP 5xx code, got ${status}`);
      ctx.control.failNext(required(wholeNumber(args, "n"), "n"), status);
      return {};
    },
  },

  mock_dropNext: {
    params: params(["n", "json"]),
    run(ctx, args) {
      ctx.control.dropNext(required(wholeNumber(args, "n"), "n"));
      return {};
    },
  },

  mock_clearFaults: {
    params: [],
    run(ctx) {
      ctx.control.clearFaults();
      return {};
    },
  },
});

/** Whether a method belongs to the control API (transport faults never apply to those calls). */
export function isControlMethod(method: string): boolean {
  return Object.hasOwn(controlMethods, method);
}
