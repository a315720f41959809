// The CometBFT event query language as tx_search uses it: conditions joined by AND, each `<key> <op> <operand>` with
// =, <, <=, >, >=, CONTAINS, or `<key> EXISTS`; operands are 'quoted strings' or numbers. Keys are composite event
// keys ("transfer.recipient", "alliance.alliance.DelegateAllianceEvent.delegator") or tx.height / tx.hash.

export type QueryOperator = "=" | "<" | "<=" | ">" | ">=" | "CONTAINS" | "EXISTS";

export interface QueryCondition {
  readonly key: string;
  readonly op: QueryOperator;
  /** The operand: a string (quoted in the query) or the text of a number. */
  readonly operand?: { readonly kind: "string" | "number"; readonly text: string };
}

/** Thrown for a query that does not parse; the message says where. */
export class TxQueryError extends Error {
  override name = "TxQueryError";
}

/** Parses a query into its conditions. */
export function parseTxQuery(query: string): QueryCondition[] {
  const conditions: QueryCondition[] = [];
  let i = 0;
  const skipSpace = () => {
    while (i < query.length && /\s/.test(query[i]!)) i++;
  };
  const fail = (what: string): never => {
    throw new TxQueryError(`invalid query "${query}": ${what} at position ${i}`);
  };
  skipSpace();
  if (i === query.length) fail("empty query");
  while (i < query.length) {
    const keyStart = i;
    while (i < query.length && !/[\s=<>]/.test(query[i]!)) i++;
    const key = query.slice(keyStart, i);
    if (key === "") fail("expected an event key");
    skipSpace();
    let op: QueryOperator | undefined;
    for (const candidate of ["<=", ">=", "=", "<", ">", "CONTAINS", "EXISTS"] as const) {
      if (query.startsWith(candidate, i)) {
        op = candidate;
        i += candidate.length;
        break;
      }
    }
    if (op === undefined) fail(`expected an operator after "${key}"`);
    skipSpace();
    if (op === "EXISTS") conditions.push({ key, op: op! });
    else {
      let operand: QueryCondition["operand"];
      if (query[i] === "'") {
        const end = query.indexOf("'", i + 1);
        if (end === -1) fail("unterminated string");
        operand = { kind: "string", text: query.slice(i + 1, end) };
        i = end + 1;
      } else {
        const match = /^-?[0-9]+(\.[0-9]+)?/.exec(query.slice(i));
        if (match === null) fail("expected a 'string' or a number");
        operand = { kind: "number", text: match![0] };
        i += match![0].length;
      }
      conditions.push({ key, op: op!, operand });
    }
    skipSpace();
    if (i === query.length) break;
    if (!query.startsWith("AND", i)) fail('expected "AND"');
    i += 3;
    skipSpace();
  }
  return conditions;
}

function asNumber(text: string): number | bigint | undefined {
  if (/^-?[0-9]+$/.test(text)) return BigInt(text);
  const value = Number(text);
  return text.trim() !== "" && Number.isFinite(value) ? value : undefined;
}

function compare(a: number | bigint, b: number | bigint): number {
  if (typeof a === "bigint" && typeof b === "bigint") return a < b ? -1 : a > b ? 1 : 0;
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/** Whether one attribute value satisfies a condition. */
export function valueMatches(condition: QueryCondition, value: string): boolean {
  const operand = condition.operand;
  switch (condition.op) {
    case "EXISTS":
      return true;
    case "CONTAINS":
      return value.includes(operand!.text);
    case "=":
      if (operand!.kind === "string") return value === operand!.text;
      break;
  }
  const left = asNumber(value);
  const right = asNumber(operand!.text);
  if (left === undefined || right === undefined) return false;
  const order = compare(left, right);
  switch (condition.op) {
    case "=":
      return order === 0;
    case "<":
      return order < 0;
    case "<=":
      return order <= 0;
    case ">":
      return order > 0;
    default:
      return order >= 0;
  }
}
