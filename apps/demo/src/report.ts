// The terminal story: numbered steps, indented details, check marks where a preview must equal the outcome, tables,
// and the formatting of amounts (bigint base units with their exponents), rates (decimals) and dates.
import { toJsonString } from "@persistence-sdk/client";
import { type Coin, type Dec, formatAmount } from "@persistence-sdk/core";
import { DEVNET, DEVNET_ATOM, DEVNET_LSTS } from "@persistence-sdk/mock-chain";

/** Display symbol and exponent of every denom the demo meets. */
const DISPLAY: Record<string, { symbol: string; exponent: number }> = {
  [DEVNET.denoms.bond]: { symbol: "XPRT", exponent: DEVNET.denoms.decimals },
  [DEVNET.denoms.stkXprt]: { symbol: "stkXPRT", exponent: DEVNET.denoms.decimals },
  [DEVNET_ATOM.denom]: { symbol: "ATOM", exponent: DEVNET_ATOM.exponent },
  [DEVNET_ATOM.hostDenom]: { symbol: "ATOM", exponent: DEVNET_ATOM.exponent },
  ...Object.fromEntries(Object.values(DEVNET_LSTS).map((l) => [l.denom, { symbol: l.symbol, exponent: l.exponent }])),
};

/** The basket's share denom and its virtual offset, read from the chain (`basket/1` and 3 on the devnet). */
export let shareDenom = "basket/1";
let virtualOffset = 3;

/** Registers the basket's share denom: its exponent is the underlying's plus the basket's virtual offset. */
export function registerShares(denom: string, underlyingExponent: number, offset: number): void {
  shareDenom = denom;
  virtualOffset = offset;
  DISPLAY[denom] = { symbol: "shares", exponent: underlyingExponent + offset };
}

/** The display symbol of a denom. */
export function symbolOf(denom: string): string {
  return DISPLAY[denom]?.symbol ?? denom;
}

/** Basket shares: "92.953124783 shares". */
export function shareAmount(base: bigint): string {
  return amount({ denom: shareDenom, amount: base });
}

/** A price per share P (uatom per base share unit) as ATOM per whole share. */
export function sharePrice(p: Dec): string {
  return `${rate(p.mulInt(10n ** BigInt(virtualOffset)))} ATOM per share`;
}

/** A text with every known denom replaced by its symbol ("ibc/8B21… yield" → "stATOM yield"). */
export function withSymbols(text: string): string {
  let result = text;
  const longestFirst = Object.entries(DISPLAY).sort(([a], [b]) => b.length - a.length);
  for (const [denom, { symbol }] of longestFirst) result = result.split(denom).join(symbol);
  return result;
}

/** "1,234.5 stkATOM": base units formatted with the denom's exponent, nothing rounded up. */
export function amount(coin: Coin): string {
  const display = DISPLAY[coin.denom];
  if (display === undefined) return `${coin.amount} ${coin.denom}`;
  return `${formatAmount(coin.amount, display.exponent, { grouping: true })} ${display.symbol}`;
}

/** Several coins, or "nothing". */
export function amounts(coins: readonly Coin[]): string {
  return coins.length === 0 ? "nothing" : coins.map(amount).join(" + ");
}

/** A value in the basket's underlying (uatom). */
export function atomValue(uatom: bigint): string {
  return amount({ denom: DEVNET_ATOM.hostDenom, amount: uatom });
}

/** A rate as a decimal, without trailing zeros: "0.799687775048200185", "1.25". */
export function rate(value: Dec): string {
  return value
    .toString()
    .replace(/(\.\d*?)0+$/, "$1")
    .replace(/\.$/, "");
}

/** A fraction as a percentage, two decimals by default (truncated): 0.14237 → "14.23 %". */
export function pct(value: Dec, decimals = 2): string {
  return `${formatAmount(value.atomics, 16, { minDecimals: decimals, maxDecimals: decimals, grouping: true })} %`;
}

/** A chain time ({ seconds, nanos } or Date) as "2026-01-23 01:00:05 UTC". */
export function date(time: { readonly seconds: bigint } | Date | undefined): string {
  if (time === undefined) return "—";
  const ms = time instanceof Date ? time.getTime() : Number(time.seconds) * 1000;
  return `${new Date(ms).toISOString().slice(0, 19).replace("T", " ")} UTC`;
}

/** What a check compares: bigint, Dec (by its decimal string), coins, records of those. */
function canonical(value: unknown): string {
  return toJsonString(value);
}

export class Reporter {
  private stepNumber = 0;
  private checks = 0;
  private readonly failures: string[] = [];

  constructor(readonly quiet: boolean) {}

  /** A numbered step: its title, and what is about to happen. */
  step(title: string, about: string): void {
    this.stepNumber += 1;
    console.log(`\n[${this.stepNumber}] ${title}`);
    if (!this.quiet) console.log(`    ${about}`);
  }

  /** A section without a number (the final positions). */
  section(title: string): void {
    console.log(`\n== ${title}`);
  }

  /** A detail line (left out with --quiet). */
  line(text = ""): void {
    if (!this.quiet) console.log(text === "" ? "" : `    ${text}`);
  }

  /** "label ..... value" lines, aligned. */
  fields(title: string, entries: readonly (readonly [string, string])[]): void {
    if (this.quiet) return;
    console.log(`    ${title}`);
    const width = Math.max(...entries.map(([label]) => label.length));
    for (const [label, value] of entries) console.log(`      ${label.padEnd(width)}  ${value}`);
  }

  /** A transaction the chain included: hash, height, gas. */
  tx(what: string, tx: { readonly hash: string; readonly height: number; readonly gasUsed: bigint }): void {
    this.line(`tx ${what}: ${tx.hash} (height ${tx.height}, gas used ${tx.gasUsed})`);
  }

  /** A check that the chain did exactly what was previewed. `show` formats the value for the reader. */
  equal<T>(label: string, previewed: T, actual: T, show: (value: T) => string = (v) => canonical(v)): void {
    this.checks += 1;
    if (canonical(previewed) === canonical(actual)) {
      console.log(`    ✓ ${label}: ${show(actual)}`);
    } else {
      const message = `${label}: previewed ${show(previewed)}, chain ${show(actual)}`;
      this.failures.push(message);
      console.log(`    ✗ ${message}`);
    }
  }

  /** A check of a relation that is not equality (e.g. a claim pays at least what was pending a block earlier). */
  holds(label: string, ok: boolean, detail: string): void {
    this.checks += 1;
    if (ok) {
      console.log(`    ✓ ${label}: ${detail}`);
    } else {
      this.failures.push(`${label}: ${detail}`);
      console.log(`    ✗ ${label}: ${detail}`);
    }
  }

  /** A table with aligned columns (numbers right-aligned when `right` says so). */
  table(headers: readonly string[], rows: readonly (readonly string[])[], right: readonly number[] = []): void {
    if (this.quiet) return;
    const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
    const cell = (text: string, i: number) => (right.includes(i) ? text.padStart(widths[i]!) : text.padEnd(widths[i]!));
    console.log(`    ${headers.map(cell).join("  ")}`.trimEnd());
    console.log(`    ${widths.map((w) => "─".repeat(w)).join("  ")}`);
    for (const row of rows) console.log(`    ${row.map(cell).join("  ")}`.trimEnd());
  }

  get summary(): { readonly checks: number; readonly failures: readonly string[] } {
    return { checks: this.checks, failures: this.failures };
  }
}
