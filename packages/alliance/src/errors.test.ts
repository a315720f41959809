import { type ChainFailure, QueryError, TxFailedError, txError } from "@persistence-sdk/client";
import { describe, expect, it } from "vitest";
import { AllianceTxError, allianceErrorOf, isUnknownQuery, UnknownAssetError } from "./errors.js";

function failure(
  codespace: string,
  code: number,
  log: string,
  phase: ChainFailure["phase"] = "deliverTx",
): TxFailedError {
  return txError({ phase, codespace, code, log, hash: "AB".repeat(32), height: 7 });
}

describe("allianceErrorOf", () => {
  it.each([
    [
      "staking",
      22,
      "failed to execute message; message index: 0: insufficient delegation shares",
      "ALLIANCE_INSUFFICIENT_SHARES",
    ],
    ["staking", 21, "delegator does not contain delegation", "ALLIANCE_INSUFFICIENT_SHARES"],
    ["alliance", 21, "wanted 100 but have 99: insufficient tokens", "ALLIANCE_INSUFFICIENT_TOKENS"],
    [
      "staking",
      32,
      "redelegation to this validator already in progress; first redelegation to this validator must complete before next redelegation",
      "ALLIANCE_TRANSITIVE_REDELEGATION",
    ],
    [
      "undefined",
      1,
      "rpc error: code = InvalidArgument desc = Cannot redelegate to the same validator",
      "ALLIANCE_SELF_REDELEGATION",
    ],
    ["alliance", 30, "alliance asset is not whitelisted", "ALLIANCE_UNKNOWN_ASSET"],
    [
      "undefined",
      1,
      "rpc error: code = NotFound desc = asset with denom: uatom does not exist in alliance whitelist",
      "ALLIANCE_UNKNOWN_ASSET",
    ],
  ])("names a %s/%i refusal (%s) as %s", (codespace, code, log, expected) => {
    const original = failure(codespace, code, log);
    const typed = allianceErrorOf(original);
    expect(typed).toBeInstanceOf(AllianceTxError);
    expect(typed).toBeInstanceOf(TxFailedError);
    expect(typed).toMatchObject({
      code: expected,
      codespace,
      abciCode: code,
      log,
      hash: original.hash,
      height: 7,
      included: true,
      name: "AllianceTxError",
    });
    expect((typed as AllianceTxError).fix.length).toBeGreaterThan(20);
  });

  it("recognises a refusal found by the simulation, whose log is all that is left", () => {
    const typed = allianceErrorOf(
      failure(
        "sdk",
        6,
        "rpc error: code = Unknown desc = insufficient delegation shares With gas wanted: 0",
        "simulate",
      ),
    );
    expect(typed).toMatchObject({ code: "ALLIANCE_INSUFFICIENT_SHARES", phase: "simulate", included: false });
  });

  it("leaves other errors as they are", () => {
    const insufficientFunds = failure(
      "sdk",
      5,
      "spendable balance 0stk/uatom is smaller than 1stk/uatom: insufficient funds",
    );
    expect(allianceErrorOf(insufficientFunds)).toBe(insufficientFunds);
    const plain = new Error("boom");
    expect(allianceErrorOf(plain)).toBe(plain);
    const typed = allianceErrorOf(failure("alliance", 30, "alliance asset is not whitelisted"));
    expect(allianceErrorOf(typed)).toBe(typed);
  });
});

describe("query errors", () => {
  const query = (codespace: string, code: number, log: string) =>
    new QueryError({ path: "/alliance.alliance.Query/Alliance", codespace, abciCode: code, log });

  it("UnknownAssetError names an unknown denom", () => {
    const typed = UnknownAssetError.from(query("alliance", 30, "alliance asset is not whitelisted"), "uatom");
    expect(typed).toBeInstanceOf(UnknownAssetError);
    expect(typed).toMatchObject({ code: "ALLIANCE_UNKNOWN_ASSET", field: "denom", value: "uatom", denom: "uatom" });
    const notFound = UnknownAssetError.from(
      query("sdk", 22, "AllianceAsset not found by denom uatom: key not found"),
      "uatom",
    );
    expect(notFound).toBeInstanceOf(UnknownAssetError);
    const other = query("sdk", 22, "Validator not found by address persistencevaloper1...: key not found");
    expect(UnknownAssetError.from(other, "uatom")).toBe(other);
  });

  it("isUnknownQuery spots a node without the method", () => {
    expect(isUnknownQuery(query("sdk", 6, "unknown query path: unknown request"))).toBe(true);
    expect(isUnknownQuery(query("sdk", 6, "rpc error: code = Unimplemented desc = unknown method X"))).toBe(true);
    expect(isUnknownQuery(query("alliance", 30, "alliance asset is not whitelisted"))).toBe(false);
    expect(isUnknownQuery(new Error("unknown query path"))).toBe(false);
  });
});
