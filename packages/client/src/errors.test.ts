import { SdkError } from "@persistence-sdk/core";
import { describe, expect, it } from "vitest";
import {
  AccountNotFoundError,
  BroadcastTimeoutError,
  type ChainFailure,
  ClientError,
  InsufficientFeeError,
  InsufficientFundsError,
  NetworkError,
  OutOfGasError,
  parseSequenceMismatch,
  QueryError,
  SequenceMismatchError,
  SigningError,
  simulationFailure,
  TxFailedError,
  txError,
  UnauthorizedError,
} from "./errors.js";

const failure = (code: number, overrides: Partial<ChainFailure> = {}): ChainFailure => ({
  phase: "checkTx",
  codespace: "sdk",
  code,
  log: "detail: description",
  hash: "AB".repeat(32),
  ...overrides,
});

describe("txError maps the SDK's codes to typed errors", () => {
  it.each([
    [4, UnauthorizedError, "UNAUTHORIZED"],
    [5, InsufficientFundsError, "INSUFFICIENT_FUNDS"],
    [11, OutOfGasError, "OUT_OF_GAS"],
    [13, InsufficientFeeError, "INSUFFICIENT_FEE"],
    [32, SequenceMismatchError, "SEQUENCE_MISMATCH"],
    [12, TxFailedError, "TX_FAILED"],
  ] as const)("sdk %i → %o", (code, type, sdkCode) => {
    const error = txError(failure(code));
    expect(error).toBeInstanceOf(type);
    expect(error).toBeInstanceOf(TxFailedError);
    expect(error).toBeInstanceOf(ClientError);
    expect(error).toBeInstanceOf(SdkError);
    expect(error.code).toBe(sdkCode);
    expect(error.abciCode).toBe(code);
  });

  it("module codespaces stay generic, with their codespace and code", () => {
    const error = txError(failure(5, { codespace: "bank", log: "send transactions are disabled" }));
    expect(error.constructor).toBe(TxFailedError);
    expect(error).toMatchObject({ code: "TX_FAILED", codespace: "bank", abciCode: 5 });
  });

  it("a full mempool is retryable", () => {
    expect(txError(failure(20)).isRetryable).toBe(true);
  });

  it("DeliverTx failures are marked included, with their height", () => {
    const error = txError(failure(5, { phase: "deliverTx", height: 9 }));
    expect(error).toMatchObject({ included: true, height: 9, mayStillLand: false });
    expect(error.message).toContain("included in a block but failed");
  });

  it("out of gas names the limit, the use and the simulated figure", () => {
    const error = txError(failure(11, { gasWanted: 100n, gasUsed: 120n, simulatedGas: 90n }));
    expect(error.fix).toContain("Gas limit 100");
    expect(error.fix).toContain("used 120");
    expect(error.fix).toContain("estimated 90");
  });

  it("a sequence mismatch carries the expected and given sequences", () => {
    const error = txError(
      failure(32, { log: "account sequence mismatch, expected 12, got 10: incorrect account sequence" }),
    );
    expect(error).toMatchObject({ expected: 12n, got: 10n, isRetryable: true });
  });
});

describe("simulationFailure recovers the inner SDK error from the log", () => {
  const wrap = (inner: string) =>
    `rpc error: code = Unknown desc = ${inner} With gas wanted: '18446744073709551615' and gas used: '25253' : unknown request`;

  it.each([
    [
      "failed to execute message; message index: 0: spendable balance 1uxprt is smaller than 5uxprt: insufficient funds",
      5,
    ],
    ["account sequence mismatch, expected 3, got 2: incorrect account sequence", 32],
    ["pubKey does not match signer address: unauthorized", 4],
  ])("%s → sdk %i", (inner, code) => {
    expect(simulationFailure("sdk", 6, wrap(inner))).toMatchObject({ phase: "simulate", codespace: "sdk", code });
  });

  it("keeps the raw code when the log names nothing known", () => {
    expect(simulationFailure("sdk", 6, wrap("alliance asset not found: something"))).toMatchObject({ code: 6 });
  });

  it("shows the inner error without the gRPC wrapping in the message, keeps the raw log", () => {
    const raw = wrap("x: insufficient funds");
    const error = txError(simulationFailure("sdk", 6, raw));
    expect(error.message).toContain("the simulation failed: x: insufficient funds (got");
    expect(error.log).toBe(raw);
  });
});

describe("flags and JSON", () => {
  it("a broadcast timeout may still land and keeps the hash", () => {
    const error = new BroadcastTimeoutError("AB".repeat(32), 1000);
    expect(error).toMatchObject({
      code: "BROADCAST_TIMEOUT",
      mayStillLand: true,
      isRetryable: false,
      hash: "AB".repeat(32),
    });
  });

  it("a network error is retryable, except during a broadcast, where the tx may land", () => {
    expect(new NetworkError("x", { url: "http://n" })).toMatchObject({ isRetryable: true, mayStillLand: false });
    expect(new NetworkError("x", { url: "http://n", hash: "AA" })).toMatchObject({
      isRetryable: false,
      mayStillLand: true,
    });
    expect(new NetworkError("x", { url: "http://n", status: 404, retryable: false }).isRetryable).toBe(false);
  });

  it("errors serialise with JSON.stringify, bigints included", () => {
    const error = txError(failure(11, { gasWanted: 2n ** 70n, gasUsed: 1n }));
    const json = JSON.parse(JSON.stringify(error)) as Record<string, unknown>;
    expect(json).toMatchObject({
      name: "OutOfGasError",
      code: "OUT_OF_GAS",
      gasWanted: (2n ** 70n).toString(),
      gasUsed: "1",
      abciCode: 11,
      phase: "checkTx",
      mayStillLand: false,
    });
    expect(typeof json.message).toBe("string");
    const withCause = new SigningError("amino", "persistence1x", new Error("Ledger locked"));
    expect(JSON.parse(JSON.stringify(withCause))).toMatchObject({ code: "SIGNING_FAILED", cause: "Ledger locked" });
    expect(JSON.stringify(new AccountNotFoundError("persistence1x"))).toContain("ACCOUNT_NOT_FOUND");
  });

  it("query errors tell NotFound apart", () => {
    expect(new QueryError({ path: "/p", codespace: "sdk", abciCode: 22, log: "" })).toMatchObject({
      code: "NOT_FOUND",
      notFound: true,
    });
    expect(
      new QueryError({ path: "/p", codespace: "sdk", abciCode: 6, log: "rpc error: code = NotFound desc = x" })
        .notFound,
    ).toBe(true);
    expect(new QueryError({ path: "/p", codespace: "sdk", abciCode: 18, log: "bad" })).toMatchObject({
      code: "QUERY_FAILED",
    });
  });

  it("parseSequenceMismatch", () => {
    expect(parseSequenceMismatch("account sequence mismatch, expected 5, got 4: incorrect account sequence")).toEqual({
      expected: 5n,
      got: 4n,
    });
    expect(parseSequenceMismatch("something else")).toBeUndefined();
  });
});
