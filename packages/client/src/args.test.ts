import { Dec } from "@persistence-sdk/core";
import { describe, expect, it } from "vitest";
import { accountArg, chainOf, coinArg, decArg, denomArg, paramsArg, positiveDecArg, validatorArg } from "./args.js";
import { persistenceCore1 } from "./chains.js";

const ACCOUNT = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";
const VALOPER = "persistencevaloper1fy3vr48e5j4ej2d7n368tv0kvf824zc4pt303t";

describe("builder arguments shared by the module packages", () => {
  it("accepts well-formed input and returns it", () => {
    expect(paramsArg({ a: 1 }, "delegate")).toEqual({ a: 1 });
    expect(chainOf({ chain: persistenceCore1 }, "delegate")).toBe(persistenceCore1);
    expect(accountArg(persistenceCore1, ACCOUNT, "delegator")).toBe(ACCOUNT);
    expect(validatorArg(persistenceCore1, VALOPER, "validator")).toBe(VALOPER);
    expect(denomArg("ibc%2F27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2", "denom")).toBe(
      "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2",
    );
    expect(coinArg({ denom: "uxprt", amount: 5n }, "amount")).toEqual({ denom: "uxprt", amount: 5n });
    expect(decArg(Dec.fromString("0.5"), "takeRate", "0.5").toString()).toBe("0.500000000000000000");
  });

  it.each([
    ["params", () => paramsArg(null, "delegate"), "INVALID_ARGUMENT", "params"],
    ["client", () => chainOf({} as never, "delegate"), "INVALID_ARGUMENT", "client"],
    ["valoper as account", () => accountArg(persistenceCore1, VALOPER, "delegator"), undefined, "delegator"],
    ["account as valoper", () => validatorArg(persistenceCore1, ACCOUNT, "validator"), undefined, "validator"],
    ["bad denom", () => denomArg("1bad", "denom"), "INVALID_DENOM", "denom"],
    ["zero coin", () => coinArg({ denom: "uxprt", amount: 0n }, "amount"), undefined, "amount.amount"],
    ["not a Dec", () => decArg(0.5 as never, "takeRate", "0.5"), "INVALID_DECIMAL", "takeRate"],
    ["zero rate", () => positiveDecArg(Dec.ZERO, "rewardWeight", "1"), "INVALID_ARGUMENT", "rewardWeight"],
  ])("refuses %s with a typed error naming the field", (_name, run, code, field) => {
    let error: unknown;
    try {
      run();
    } catch (e) {
      error = e;
    }
    expect(error).toMatchObject({ field, ...(code === undefined ? {} : { code }) });
  });
});
