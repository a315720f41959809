// Chain refusals of x/liquidstake and x/liquidstakeibc become PstakeTxErrors with a stable reason, whatever the
// phase; other failures pass through unchanged.
import { InsufficientFundsError, QueryError, TxFailedError } from "@persistence-sdk/client";
import { describe, expect, it } from "vitest";
import {
  HostChainInactiveError,
  isNotFound,
  isUnknownQuery,
  PstakeError,
  PstakeTxError,
  pstakeErrorOf,
  UnknownHostChainError,
} from "./errors.js";

const simulated = (log: string) =>
  new TxFailedError({
    phase: "simulate",
    codespace: "sdk",
    code: 6,
    log: `rpc error: code = Unknown desc = failed to execute message; message index: 0: ${log} With gas wanted: '0' and gas used: '1234' : unknown request`,
  });

describe("pstakeErrorOf", () => {
  it.each([
    ["module functions have been paused", "MODULE_PAUSED", "TX_FAILED"],
    ["staking amount should be over params.min_liquid_stake_amount", "BELOW_MINIMUM", "AMOUNT_BELOW_MINIMUM"],
    [
      "expected amount more than 10000, got 9999: deposit amount less than minimum deposit",
      "BELOW_MINIMUM",
      "AMOUNT_BELOW_MINIMUM",
    ],
    ["liquid unstaking amount is too small, the result becomes zero", "AMOUNT_TOO_SMALL", "AMOUNT_TOO_SMALL"],
    ["active liquid validators not exists", "NO_ACTIVE_VALIDATORS", "QUORUM_NOT_REACHED"],
    ["0.2 < 0.3333: active liquid validators weight quorum not reached", "QUORUM_NOT_REACHED", "QUORUM_NOT_REACHED"],
    ["invalid liquid bond denom supply", "EXCEEDS_SUPPLY", "INVALID_AMOUNT"],
    ["invalid coin denomination: got uatom, expected uxprt: invalid bond denom", "WRONG_DENOM", "INVALID_DENOM"],
    ["expected stk/uatom, got stk/x: invalid token denom", "WRONG_DENOM", "INVALID_DENOM"],
    [
      "could not adjust current deposits for redemption: an error occurred while instant redeeming tokens",
      "INSUFFICIENT_LIQUIDITY",
      "INSUFFICIENT_LIQUIDITY",
    ],
    [
      "delegated amount 5 is less than the total undelegation 9uatom for epoch 4: delegated amount is less than undelegation amount requested",
      "INSUFFICIENT_LIQUIDITY",
      "INSUFFICIENT_LIQUIDITY",
    ],
    ["LSM delegation is disabled", "LSM_DISABLED", "TX_FAILED"],
    ["delegation from a non allowed validator: liquid validators not exists", "NOT_WHITELISTED", "TX_FAILED"],
    ["too many unbonding delegation entries for (delegator, validator) tuple", "UNBONDING_ENTRIES_FULL", "TX_FAILED"],
    ["host chain is not active", "HOST_CHAIN_INACTIVE", "TX_FAILED"],
    [
      "host chain with host denom uxprt not registered: host chain not registered",
      "UNKNOWN_HOST_CHAIN",
      "INVALID_DENOM",
    ],
    ["IBC denom ibc/AB doesn't belong to a LSM token: invalid lsm token denom", "INVALID_LSM_DENOM", "INVALID_DENOM"],
    [
      "already processing LSM deposit for token x and delegator y: already processing LSM deposit",
      "LSM_DEPOSIT_IN_FLIGHT",
      "TX_FAILED",
    ],
    [
      "validator x is not in the bonded state, it is in BOND_STATUS_UNBONDING: validator invalid state",
      "LSM_VALIDATOR_INVALID",
      "TX_FAILED",
    ],
    ["deposit not found for chain c and epoch 3: deposit record not found", "DEPOSIT_NOT_FOUND", "TX_FAILED"],
  ])("%s → %s", (log, reason, code) => {
    const typed = pstakeErrorOf(simulated(log));
    expect(typed).toBeInstanceOf(PstakeTxError);
    expect(typed).toBeInstanceOf(TxFailedError);
    expect(typed).toMatchObject({ reason, code, phase: "simulate", abciCode: 6 });
    expect((typed as PstakeTxError).fix.length).toBeGreaterThan(20);
  });

  it("leaves other errors, the client's typed ones and already typed ones alone", () => {
    const other = simulated("something else entirely");
    expect(pstakeErrorOf(other)).toBe(other);
    const funds = new InsufficientFundsError({
      phase: "deliverTx",
      codespace: "sdk",
      code: 5,
      log: "insufficient funds",
      hash: "AB",
      height: 3,
    });
    expect(pstakeErrorOf(funds)).toBe(funds);
    const typed = pstakeErrorOf(simulated("host chain is not active"));
    expect(pstakeErrorOf(typed)).toBe(typed);
    const plain = new Error("x");
    expect(pstakeErrorOf(plain)).toBe(plain);
  });

  it("keeps a DeliverTx failure's hash and height", () => {
    const failure = new TxFailedError({
      phase: "deliverTx",
      codespace: "liquidstakeibc",
      code: 2016,
      log: "host chain is not active",
      hash: "CD",
      height: 9,
    });
    expect(pstakeErrorOf(failure)).toMatchObject({
      reason: "HOST_CHAIN_INACTIVE",
      hash: "CD",
      height: 9,
      included: true,
      codespace: "liquidstakeibc",
    });
  });
});

describe("typed errors", () => {
  it("carry code, reason, field, value and fix, and serialise", () => {
    const inactive = new HostChainInactiveError("cosmoshub-4");
    expect(inactive).toBeInstanceOf(PstakeError);
    expect(inactive).toMatchObject({
      code: "INVALID_ARGUMENT",
      reason: "HOST_CHAIN_INACTIVE",
      field: "amount",
      chainId: "cosmoshub-4",
    });
    expect(inactive.toJSON()).toMatchObject({ name: "HostChainInactiveError", reason: "HOST_CHAIN_INACTIVE" });
    const unknown = new UnknownHostChainError("amount.denom", "ibc/X", ["a", "b"]);
    expect(unknown).toMatchObject({ code: "INVALID_DENOM", reason: "UNKNOWN_HOST_CHAIN" });
    expect(unknown.fix).toContain("a, b");
    expect(new UnknownHostChainError("chainId", "x", []).code).toBe("NOT_FOUND");
  });

  it("recognise not-found and unknown-path query failures", () => {
    const notFound = new QueryError({ path: "/p", codespace: "sdk", abciCode: 22, log: "key not found" });
    expect(isNotFound(notFound)).toBe(true);
    expect(isUnknownQuery(notFound)).toBe(false);
    const unknown = new QueryError({ path: "/p", codespace: "sdk", abciCode: 6, log: "unknown query path /p" });
    expect(isUnknownQuery(unknown)).toBe(true);
    expect(isNotFound(new Error("key not found"))).toBe(false);
  });
});
