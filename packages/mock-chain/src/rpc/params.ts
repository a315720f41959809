// Method arguments, read the way CometBFT's server reads them: named (an object) or positional (an array) in the JSON
// form, query-string values in the URI form (`/abci_query?path="/x"&data=0x0a&height=5`), then converted by the
// declared Go type. A conversion failure is an invalid-params error.
import { RpcError, RpcErrorCode } from "./json-rpc.js";
import { parseBase64, parseHex } from "./wire-format.js";

/**
 * How an argument is typed: `int64` (Go int64/int, a JSON string or number), `int` (the same, as a JS number),
 * `string`, `bytes` (Go []byte: base64 in JSON), `hexbytes` (CometBFT HexBytes: hex in JSON), `bool`, and `json`
 * (any JSON value, for the mock's own methods).
 */
export type ParamKind = "int64" | "int" | "string" | "bytes" | "hexbytes" | "bool" | "json";

/** One declared argument of a method. */
export interface ParamSpec {
  readonly name: string;
  readonly kind: ParamKind;
}

/** Shorthand for a method's argument list. */
export function params(...specs: readonly [name: string, kind: ParamKind][]): readonly ParamSpec[] {
  return specs.map(([name, kind]) => ({ name, kind }));
}

/** The converted arguments of one call; an absent or null argument reads as undefined (Go's zero value). */
export class Params {
  readonly #values: ReadonlyMap<string, unknown>;

  constructor(values: ReadonlyMap<string, unknown>) {
    this.#values = values;
  }

  /** An `int64` argument. */
  int64(name: string): bigint | undefined {
    return this.#values.get(name) as bigint | undefined;
  }

  /** An `int` argument. */
  int(name: string): number | undefined {
    return this.#values.get(name) as number | undefined;
  }

  string(name: string): string | undefined {
    return this.#values.get(name) as string | undefined;
  }

  /** A `bytes` or `hexbytes` argument. */
  bytes(name: string): Uint8Array | undefined {
    return this.#values.get(name) as Uint8Array | undefined;
  }

  bool(name: string): boolean | undefined {
    return this.#values.get(name) as boolean | undefined;
  }

  /** A `json` argument, as parsed. */
  json(name: string): unknown {
    return this.#values.get(name);
  }

  /** Whether the argument was given. */
  has(name: string): boolean {
    return this.#values.get(name) !== undefined;
  }
}

const JSON_PREFIX = "error converting json params to arguments: ";
const HTTP_PREFIX = "error converting http params to arguments: ";

/** Reads the `params` member of a JSON-RPC request: absent, an object (by name) or an array (by position). */
export function paramsFromJson(specs: readonly ParamSpec[], raw: unknown): Params {
  const values = new Map<string, unknown>();
  if (raw === undefined || raw === null) return new Params(values);
  const fail = (detail: string): never => {
    throw new RpcError(RpcErrorCode.invalidParams, JSON_PREFIX + detail);
  };
  if (Array.isArray(raw)) {
    if (raw.length > specs.length) {
      fail(`expected ${specs.length} parameters (${specs.map((s) => s.name).join(",")}), got ${raw.length}`);
    }
    raw.forEach((value, i) => {
      const spec = specs[i]!;
      values.set(spec.name, convertJson(spec, value, fail));
    });
  } else if (typeof raw === "object") {
    const named = raw as Record<string, unknown>;
    for (const spec of specs) {
      if (Object.hasOwn(named, spec.name)) values.set(spec.name, convertJson(spec, named[spec.name], fail));
    }
  } else {
    fail(`unknown type for JSON params: ${typeof raw}. Expected map or array`);
  }
  return new Params(values);
}

/** Reads the query string of a URI-form call (`GET /block?height=5`). */
export function paramsFromUri(specs: readonly ParamSpec[], query: URLSearchParams): Params {
  const values = new Map<string, unknown>();
  const fail = (detail: string): never => {
    throw new RpcError(RpcErrorCode.invalidParams, HTTP_PREFIX + detail);
  };
  for (const spec of specs) {
    const text = query.get(spec.name);
    if (text === null || text === "") continue;
    values.set(spec.name, convertUri(spec, text, fail));
  }
  return new Params(values);
}

type Fail = (detail: string) => never;

function convertJson(spec: ParamSpec, value: unknown, fail: Fail): unknown {
  if (value === null || value === undefined) return undefined;
  switch (spec.kind) {
    case "json":
      return value;
    case "int64":
    case "int": {
      const parsed = parseInteger(value);
      if (parsed === undefined) fail(`${spec.name}: invalid 64-bit integer encoding ${JSON.stringify(value)}`);
      return spec.kind === "int" ? toSmallInt(spec.name, parsed!, fail) : parsed;
    }
    case "string":
      if (typeof value !== "string") fail(`${spec.name}: cannot unmarshal ${jsonType(value)} into a string`);
      return value;
    case "bool":
      if (typeof value !== "boolean") fail(`${spec.name}: cannot unmarshal ${jsonType(value)} into a bool`);
      return value;
    case "bytes": {
      if (typeof value !== "string") fail(`${spec.name}: cannot unmarshal ${jsonType(value)} into []byte`);
      const bytes = parseBase64(value as string);
      if (bytes === undefined) fail(`${spec.name}: illegal base64 data`);
      return bytes;
    }
    case "hexbytes": {
      if (typeof value !== "string") fail(`${spec.name}: cannot unmarshal ${jsonType(value)} into HexBytes`);
      const bytes = parseHex(value as string);
      if (bytes === undefined) fail(`${spec.name}: encoding/hex: invalid byte or odd length`);
      return bytes;
    }
  }
}

// CometBFT's URI rules: a bare integer for integer arguments, 0x-hex for strings and bytes, a quoted string for bytes
// (its raw characters), and anything else parsed as JSON.
function convertUri(spec: ParamSpec, text: string, fail: Fail): unknown {
  const isInt = /^-?[0-9]+$/.test(text);
  const isQuoted = text.length >= 2 && text.startsWith('"') && text.endsWith('"');
  const isHex = text.toLowerCase().startsWith("0x");
  const isBytes = spec.kind === "bytes" || spec.kind === "hexbytes";
  if (isInt && (spec.kind === "int64" || spec.kind === "int")) return convertJson(spec, text, fail);
  if (isHex && spec.kind !== "json") {
    if (spec.kind !== "string" && !isBytes) fail(`${spec.name}: got a hex string arg, but expected '${spec.kind}'`);
    const bytes = parseHex(text.slice(2));
    if (bytes === undefined) fail(`${spec.name}: encoding/hex: invalid byte or odd length`);
    return spec.kind === "string" ? Buffer.from(bytes!).toString("utf8") : bytes;
  }
  if (isQuoted && isBytes) {
    const inner = parseJsonText(text, spec.name, fail) as string;
    return new TextEncoder().encode(inner);
  }
  if (spec.kind === "json") {
    try {
      return JSON.parse(text);
    } catch {
      return text;
    }
  }
  return convertJson(spec, parseJsonText(text, spec.name, fail), fail);
}

function parseJsonText(text: string, name: string, fail: Fail): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    return fail(`${name}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

function parseInteger(value: unknown): bigint | undefined {
  if (typeof value === "string" && /^-?[0-9]+$/.test(value)) return BigInt(value);
  if (typeof value === "number" && Number.isSafeInteger(value)) return BigInt(value);
  return undefined;
}

function toSmallInt(name: string, value: bigint, fail: Fail): number {
  if (value > BigInt(Number.MAX_SAFE_INTEGER) || value < BigInt(Number.MIN_SAFE_INTEGER)) {
    fail(`${name}: ${value} out of range`);
  }
  return Number(value);
}

function jsonType(value: unknown): string {
  if (Array.isArray(value)) return "array";
  return typeof value === "object" ? "object" : typeof value;
}
