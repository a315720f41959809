// The typed errors without a chain: chain logs and codes to reasons (DeliverTx by codespace and code, simulations
// and queries by the description ending the log), core refusals to BasketVaultErrors, and what passes unchanged.
import { InsufficientFundsError, QueryError, TxFailedError } from "@persistence-sdk/client";
import { SdkError } from "@persistence-sdk/core";
import { describe, expect, it } from "vitest";
import {
  BasketVaultError,
  BasketVaultTxError,
  basketVaultErrorOfCore,
  basketVaultQueryErrorOf,
  basketVaultTxErrorOf,
  reasonOfFailure,
  reasonOfLog,
} from "./errors.js";

/** How a failed simulation reaches the client: sdk 6 wrapping "<detail>: <description>". */
const simulated = (inner: string) =>
  `rpc error: code = Unknown desc = ${inner} With gas wanted: '18446744073709551615' and gas used: '52011' : unknown request`;

describe("reasons from chain failures", () => {
  it("reads DeliverTx failures by codespace and code", () => {
    expect(reasonOfFailure("basketvault", 5, "whatever")).toBe("STALE_RATE");
    expect(reasonOfFailure("basketvault", 20, "")).toBe("EPOCH_NOT_ELAPSED");
    expect(reasonOfFailure("basketvault", 2, "")).toBe("INVALID_AUTHORITY");
    expect(reasonOfFailure("sdk", 5, "insufficient funds")).toBeUndefined();
  });

  it("reads simulations and queries by the description that ends the log", () => {
    expect(reasonOfLog(simulated("constituents[2].updateTime: the rate of x is stale (got 1). Wait: stale rate"))).toBe(
      "STALE_RATE",
    );
    expect(
      reasonOfLog('amount.denom: not a constituent (got "x"). Use one of: a, b: unknown constituent: unknown request'),
    ).toBe("UNKNOWN_CONSTITUENT");
    // Longer descriptions win: "not halted" and "not paused" are not "halted" and "paused".
    expect(reasonOfLog("x of basket 1 is OK: constituent not halted")).toBe("NOT_HALTED");
    expect(reasonOfLog("x: constituent halted")).toBe("CONSTITUENT_HALTED");
    expect(reasonOfLog("basket 1 is active: basket not paused")).toBe("BASKET_NOT_PAUSED");
    expect(reasonOfLog("basket 1 is already paused: basket paused")).toBe("BASKET_PAUSED");
    expect(reasonOfLog("insufficient idle liquidity")).toBe("INSUFFICIENT_LIQUIDITY");
    expect(reasonOfLog("out of gas in location: WriteFlat")).toBeUndefined();
  });
});

describe("basketVaultTxErrorOf", () => {
  it("types a module refusal found by DeliverTx, keeping everything TxFailedError carries", () => {
    const failure = {
      phase: "deliverTx" as const,
      codespace: "basketvault",
      code: 11,
      log: "fewer: slippage",
      hash: "AB",
      height: 7,
    };
    const typed = basketVaultTxErrorOf(new TxFailedError(failure));
    expect(typed).toBeInstanceOf(BasketVaultTxError);
    expect(typed).toBeInstanceOf(TxFailedError);
    expect(typed).toMatchObject({
      reason: "SLIPPAGE",
      code: "SLIPPAGE",
      phase: "deliverTx",
      hash: "AB",
      height: 7,
      included: true,
    });
  });

  it("types a refusal found by the simulation (sdk 6, recognised by its log)", () => {
    const failure = {
      phase: "simulate" as const,
      codespace: "sdk",
      code: 6,
      log: simulated("basket 1: epoch not elapsed"),
    };
    const typed = basketVaultTxErrorOf(new TxFailedError(failure)) as BasketVaultTxError;
    expect(typed).toMatchObject({
      reason: "EPOCH_NOT_ELAPSED",
      code: "INVALID_ARGUMENT",
      phase: "simulate",
      included: false,
    });
    expect(typed.fix).toContain("epochSeconds");
  });

  it("leaves the client's own subclasses and other errors alone", () => {
    const funds = new InsufficientFundsError({
      phase: "simulate",
      codespace: "sdk",
      code: 5,
      log: "insufficient funds",
    });
    expect(basketVaultTxErrorOf(funds)).toBe(funds);
    const other = new TxFailedError({ phase: "checkTx", codespace: "sdk", code: 19, log: "tx already in mempool" });
    expect(basketVaultTxErrorOf(other)).toBe(other);
    const plain = new Error("x");
    expect(basketVaultTxErrorOf(plain)).toBe(plain);
  });
});

describe("basketVaultQueryErrorOf", () => {
  it("a gRPC NotFound is the reason the caller names", () => {
    const error = new QueryError({
      path: "/persistence.basketvault.v1.Query/Basket",
      codespace: "sdk",
      abciCode: 22,
      log: "rpc error: code = NotFound desc = basket 9 not found: key not found",
    });
    const typed = basketVaultQueryErrorOf(error, { reason: "BASKET_NOT_FOUND", field: "basketId", value: 9n });
    expect(typed).toBeInstanceOf(BasketVaultError);
    expect(typed).toMatchObject({ reason: "BASKET_NOT_FOUND", code: "NOT_FOUND", field: "basketId", value: 9n });
    expect((typed as BasketVaultError).cause).toBe(error);
  });

  it("a preview the Msg would refuse carries the Msg's reason", () => {
    const error = new QueryError({
      path: "/persistence.basketvault.v1.Query/PreviewDeposit",
      codespace: "sdk",
      abciCode: 6,
      log: "the deposit would take x above its weight limit: weight cap exceeded: unknown request",
    });
    expect(basketVaultQueryErrorOf(error)).toMatchObject({
      reason: "WEIGHT_CAP_EXCEEDED",
      code: "WEIGHT_CAP_EXCEEDED",
    });
    const other = new QueryError({ path: "/x", codespace: "sdk", abciCode: 18, log: "invalid owner address" });
    expect(basketVaultQueryErrorOf(other)).toBe(other);
  });
});

describe("basketVaultErrorOfCore", () => {
  it("keeps core's field, value and fix, and names the reason", () => {
    const core = new SdkError("STALE_RATE", "the rate of x is stale", {
      field: "constituents[1].updateTime",
      value: { denom: "x", ageSeconds: 90_000n },
      fix: "Wait for a feeder to post a rate.",
    });
    const typed = basketVaultErrorOfCore(core) as BasketVaultError;
    expect(typed).toBeInstanceOf(BasketVaultError);
    expect(typed).toMatchObject({
      reason: "STALE_RATE",
      code: "STALE_RATE",
      field: "constituents[1].updateTime",
      fix: "Wait for a feeder to post a rate.",
    });
    expect(typed.message).toBe(core.message);
    expect(typed.toJSON()).toMatchObject({ name: "BasketVaultError", reason: "STALE_RATE", code: "STALE_RATE" });
    expect(
      basketVaultErrorOfCore(new SdkError("INSUFFICIENT_FUNDS", "x", { field: "shares", value: 1n, fix: "y" })),
    ).toMatchObject({
      reason: "INSUFFICIENT_SHARES",
      code: "INSUFFICIENT_FUNDS",
    });
  });

  it("leaves input errors and other codes alone", () => {
    const input = new SdkError("INVALID_AMOUNT", "x", { field: "amount", value: 0n, fix: "y" });
    expect(basketVaultErrorOfCore(input)).toBe(input);
  });
});
