// CometBFT's event query language (libs/pubsub/query) as subscriptions use it: conditions joined by AND, each
// `<composite key> <op> <operand>` with op one of = < <= > >= CONTAINS, or `<composite key> EXISTS`. Operands are
// 'quoted strings', numbers, DATE yyyy-mm-dd and TIME RFC3339. Matching is against an event map
// ("transfer.recipient" -> every value), as CometBFT publishes it.

/** One condition of a query. */
export type QueryCondition =
  | { readonly key: string; readonly op: "EXISTS" }
  | { readonly key: string; readonly op: "=" | "<" | "<=" | ">" | ">=" | "CONTAINS"; readonly operand: Operand };

/** An operand: a string, a number, or an instant (DATE/TIME, as milliseconds since the epoch). */
export type Operand =
  | { readonly kind: "string"; readonly value: string }
  | { readonly kind: "number"; readonly value: number }
  | { readonly kind: "time"; readonly value: number };

/** A parsed query: all conditions must hold. */
export interface EventQuery {
  readonly text: string;
  readonly conditions: readonly QueryCondition[];
}

/** Events as published: composite key to all its values. */
export type EventMap = ReadonlyMap<string, readonly string[]>;

const TOKEN =
  /\s*(?:(AND)\b|(EXISTS)\b|(CONTAINS)\b|(<=|>=|=|<|>)|'((?:[^'\\]|\\.)*)'|(TIME)\s+(\S+)|(DATE)\s+(\S+)|(-?[0-9]+(?:\.[0-9]+)?)(?![\w.])|([A-Za-z_][\w.\-/]*))/y;

type Token =
  | { t: "and" }
  | { t: "exists" }
  | { t: "op"; op: "=" | "<" | "<=" | ">" | ">=" | "CONTAINS" }
  | { t: "operand"; operand: Operand }
  | { t: "key"; key: string };

/** Parses a query; throws an Error with CometBFT-like wording on bad syntax. */
export function parseEventQuery(text: string): EventQuery {
  const tokens = tokenize(text);
  const conditions: QueryCondition[] = [];
  let i = 0;
  for (;;) {
    const key = tokens[i++];
    if (key?.t !== "key") throw syntaxError(text, "expected a composite key");
    const next = tokens[i++];
    if (next?.t === "exists") {
      conditions.push({ key: key.key, op: "EXISTS" });
    } else if (next?.t === "op") {
      const operand = tokens[i++];
      if (operand?.t !== "operand") throw syntaxError(text, `expected an operand after ${next.op}`);
      conditions.push({ key: key.key, op: next.op, operand: operand.operand });
    } else {
      throw syntaxError(text, "expected an operator");
    }
    if (i === tokens.length) break;
    if (tokens[i++]?.t !== "and") throw syntaxError(text, "expected AND");
  }
  return { text, conditions };
}

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let position = 0;
  while (position < text.length) {
    if (/^\s*$/.test(text.slice(position))) break;
    TOKEN.lastIndex = position;
    const m = TOKEN.exec(text);
    if (m === null) throw syntaxError(text, `unexpected input at offset ${position}`);
    position = TOKEN.lastIndex;
    if (m[1]) tokens.push({ t: "and" });
    else if (m[2]) tokens.push({ t: "exists" });
    else if (m[3]) tokens.push({ t: "op", op: "CONTAINS" });
    else if (m[4]) tokens.push({ t: "op", op: m[4] as "=" });
    else if (m[5] !== undefined)
      tokens.push({ t: "operand", operand: { kind: "string", value: m[5].replace(/\\(.)/g, "$1") } });
    else if (m[6]) tokens.push({ t: "operand", operand: { kind: "time", value: parseInstant(text, m[7]!) } });
    else if (m[8])
      tokens.push({ t: "operand", operand: { kind: "time", value: parseInstant(text, `${m[9]!}T00:00:00Z`) } });
    else if (m[10]) tokens.push({ t: "operand", operand: { kind: "number", value: Number(m[10]) } });
    else tokens.push({ t: "key", key: m[11]! });
  }
  return tokens;
}

function parseInstant(text: string, value: string): number {
  const ms = Date.parse(value);
  if (Number.isNaN(ms)) throw syntaxError(text, `invalid time ${value}`);
  return ms;
}

function syntaxError(text: string, detail: string): Error {
  return new Error(`failed to parse query: ${JSON.stringify(text)}: ${detail}`);
}

/** Whether every condition of `query` holds for `events`. */
export function matchesQuery(query: EventQuery, events: EventMap): boolean {
  return query.conditions.every((condition) => {
    const values = events.get(condition.key);
    if (values === undefined) return false;
    if (condition.op === "EXISTS") return true;
    return values.some((value) => holds(condition.op, condition.operand, value));
  });
}

function holds(op: "=" | "<" | "<=" | ">" | ">=" | "CONTAINS", operand: Operand, value: string): boolean {
  if (op === "CONTAINS") return operand.kind === "string" && value.includes(operand.value);
  let left: number | string;
  let right: number | string;
  if (operand.kind === "string") {
    left = value;
    right = operand.value;
  } else {
    left = operand.kind === "time" ? Date.parse(value) : leadingNumber(value);
    right = operand.value;
    if (Number.isNaN(left)) return false;
  }
  switch (op) {
    case "=":
      return left === right;
    case "<":
      return left < right;
    case "<=":
      return left <= right;
    case ">":
      return left > right;
    case ">=":
      return left >= right;
  }
}

/** CometBFT compares numeric conditions against the number a value starts with ("100uxprt" is 100). */
function leadingNumber(value: string): number {
  const match = /^-?[0-9]+(?:\.[0-9]+)?/.exec(value);
  return match ? Number(match[0]) : Number.NaN;
}
