import { describe, expect, it } from "vitest";
import {
  addCoins,
  amountOf,
  type Coin,
  coin,
  coinFromProto,
  coinToProto,
  isAllGte,
  normalizeCoins,
  subCoins,
  validateDenom,
} from "./coins.js";
import { SdkError } from "./errors.js";

function thrown(run: () => unknown): SdkError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SdkError);
    return error as SdkError;
  }
  throw new Error("expected the call to throw");
}

const ATOM_ON_OSMOSIS = "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2";

describe("validateDenom", () => {
  it.each([
    "uxprt",
    "stk/uxprt",
    ATOM_ON_OSMOSIS,
    "abc",
    "a".repeat(128),
    "factory/persistence1abc/token",
    "gamm/pool/1",
    "Upper.Case_mixed-1:2",
  ])("accepts %s", (denom) => {
    expect(validateDenom(denom)).toBe(denom);
  });

  it.each(["", "ab", "1abc", "/abc", "a".repeat(129), "uatom ", " uatom", "u atom", "ua+tom", "uatöm", "-abc"])(
    "refuses %j with INVALID_DENOM showing the rule",
    (denom) => {
      const error = thrown(() => validateDenom(denom, "msg.amount.denom"));
      expect(error.code).toBe("INVALID_DENOM");
      expect(error.field).toBe("msg.amount.denom");
      expect(error.message).toContain("a letter followed by 2 to 127 letters, digits or one of / : . _ -");
    },
  );
});

describe("coin", () => {
  it("builds a frozen, validated coin", () => {
    const c = coin("uxprt", 5n);
    expect(c).toEqual({ denom: "uxprt", amount: 5n });
    expect(Object.isFrozen(c)).toBe(true);
    expect(coin("uxprt", 0n).amount).toBe(0n);
  });

  it.each([
    ["x", 1n, "INVALID_DENOM", "fee.denom"],
    ["uxprt", -1n, "NEGATIVE_AMOUNT", "fee.amount"],
    ["uxprt", 2n ** 256n, "INT_OUT_OF_RANGE", "fee.amount"],
  ] as const)("refuses %s %s with %s on %s", (denom, amount, code, field) => {
    const error = thrown(() => coin(denom, amount, "fee"));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });
});

describe("coin lists", () => {
  const c = (denom: string, amount: bigint): Coin => ({ denom, amount });

  it("normalizes like sdk.NewCoins: sorted, zeros dropped, duplicates merged", () => {
    expect(normalizeCoins([c("uxprt", 5n), c("uatom", 0n), c("stk/uxprt", 2n), c("uxprt", 3n)])).toEqual([
      c("stk/uxprt", 2n),
      c("uxprt", 8n),
    ]);
    expect(normalizeCoins([])).toEqual([]);
    expect(normalizeCoins([c("uxprt", 0n)])).toEqual([]);
    // byte order, as Go sorts: upper case before lower case, "ibc/..." before "uatom"
    expect(normalizeCoins([c("uatom", 1n), c("Zeta", 1n), c(ATOM_ON_OSMOSIS, 1n)]).map((x) => x.denom)).toEqual([
      "Zeta",
      ATOM_ON_OSMOSIS,
      "uatom",
    ]);
    expect(Object.isFrozen(normalizeCoins([c("uxprt", 1n)]))).toBe(true);
  });

  it("validates every coin, naming its index", () => {
    const negative = thrown(() => normalizeCoins([c("uxprt", 1n), c("uatom", -1n)], "amount"));
    expect(negative.code).toBe("NEGATIVE_AMOUNT");
    expect(negative.field).toBe("amount[1].amount");
    const badDenom = thrown(() => normalizeCoins([c("1x", 1n)], "amount"));
    expect(badDenom.code).toBe("INVALID_DENOM");
    expect(badDenom.field).toBe("amount[0].denom");
    const overflow = thrown(() => normalizeCoins([c("uxprt", 2n ** 256n - 1n), c("uxprt", 1n)], "amount"));
    expect(overflow.code).toBe("INT_OUT_OF_RANGE");
    expect(overflow.field).toBe("amount[1].amount");
  });

  it("adds", () => {
    expect(addCoins([c("uxprt", 5n)], [c("uatom", 1n), c("uxprt", 2n)])).toEqual([c("uatom", 1n), c("uxprt", 7n)]);
    expect(addCoins([], [])).toEqual([]);
    expect(thrown(() => addCoins([c("uxprt", 2n ** 256n - 1n)], [c("uxprt", 1n)])).code).toBe("INT_OUT_OF_RANGE");
  });

  it("subtracts, dropping zeros and never returning negatives", () => {
    expect(subCoins([c("uxprt", 5n), c("uatom", 1n)], [c("uxprt", 2n)])).toEqual([c("uatom", 1n), c("uxprt", 3n)]);
    expect(subCoins([c("uxprt", 5n)], [c("uxprt", 5n)])).toEqual([]);
    expect(subCoins([c("uxprt", 5n)], [])).toEqual([c("uxprt", 5n)]);
    const error = thrown(() => subCoins([c("uxprt", 5n)], [c("uxprt", 2n), c("uatom", 1n)], "fee"));
    expect(error.code).toBe("INSUFFICIENT_FUNDS");
    expect(error.field).toBe("fee");
    expect(error.message).toContain("uatom");
    const short = thrown(() => subCoins([c("uxprt", 5n)], [c("uxprt", 6n)]));
    expect(short.code).toBe("INSUFFICIENT_FUNDS");
    expect(short.message).toContain("insufficient uxprt: 5 available, 6 needed");
  });

  it("finds amounts", () => {
    const coins = normalizeCoins([c("uxprt", 5n), c("uatom", 1n)]);
    expect(amountOf(coins, "uxprt")).toBe(5n);
    expect(amountOf(coins, "stk/uxprt")).toBe(0n);
    expect(amountOf([c("uxprt", 1n), c("uxprt", 2n)], "uxprt")).toBe(3n);
    const error = thrown(() => amountOf(coins, "x"));
    expect(error.code).toBe("INVALID_DENOM");
    expect(error.field).toBe("denom");
  });

  it("compares denom by denom like Coins.IsAllGTE", () => {
    const wallet = [c("uxprt", 5n), c("uatom", 1n)];
    expect(isAllGte(wallet, [])).toBe(true);
    expect(isAllGte([], [])).toBe(true);
    expect(isAllGte([], [c("uxprt", 1n)])).toBe(false);
    expect(isAllGte(wallet, [c("uxprt", 5n)])).toBe(true);
    expect(isAllGte(wallet, [c("uxprt", 5n), c("uatom", 2n)])).toBe(false);
    expect(isAllGte(wallet, [c("stk/uxprt", 1n)])).toBe(false);
    expect(isAllGte(wallet, [c("stk/uxprt", 0n)])).toBe(true);
  });
});

describe("coin protobuf form", () => {
  it("round-trips", () => {
    expect(coinToProto(coin("uxprt", 1_500_000n))).toEqual({ denom: "uxprt", amount: "1500000" });
    expect(coinFromProto({ denom: "uxprt", amount: "1500000" })).toEqual({ denom: "uxprt", amount: 1_500_000n });
    const max = 2n ** 256n - 1n;
    expect(coinFromProto(coinToProto(coin("uxprt", max))).amount).toBe(max);
  });

  it.each([
    [{ denom: "uxprt", amount: "" }, "INVALID_INTEGER", "msg.amount.amount"],
    [{ denom: "uxprt", amount: "1.5" }, "INVALID_INTEGER", "msg.amount.amount"],
    [{ denom: "uxprt", amount: "+1" }, "INVALID_INTEGER", "msg.amount.amount"],
    [{ denom: "uxprt", amount: "-1" }, "NEGATIVE_AMOUNT", "msg.amount.amount"],
    [{ denom: "uxprt", amount: `${2n ** 256n}` }, "INT_OUT_OF_RANGE", "msg.amount.amount"],
    [{ denom: "u", amount: "1" }, "INVALID_DENOM", "msg.amount.denom"],
  ] as const)("refuses %j with %s on %s", (proto, code, field) => {
    const error = thrown(() => coinFromProto(proto, "msg.amount"));
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
  });
});
