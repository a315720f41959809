import { describe, expect, it } from "vitest";
import { validateDenom } from "./coins.js";
import { SdkError } from "./errors.js";
import { ibcDenom } from "./ibc-denom.js";

function thrown(run: () => unknown): SdkError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(SdkError);
    return error as SdkError;
  }
  throw new Error("expected the call to throw");
}

describe("ibcDenom", () => {
  it("hashes the trace like ibc-go (Cosmos Hub ATOM on Osmosis)", () => {
    expect(ibcDenom("transfer/channel-0/uatom")).toBe(
      "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2",
    );
  });

  it("accepts multi-hop traces and base denoms with slashes, and yields a valid denom", () => {
    for (const trace of [
      "transfer/channel-190/uxprt",
      "transfer/channel-0/transfer/channel-141/uatom",
      "transfer/channel-0/gamm/pool/1",
      "transfer/channel-6/factory/osmo1abc/token",
      "wasm.persistence1xyz/channel-12/cw20:persistence1abc",
    ]) {
      const denom = ibcDenom(trace);
      expect(denom).toMatch(/^ibc\/[0-9A-F]{64}$/);
      expect(validateDenom(denom)).toBe(denom);
    }
    // the hash covers the whole trace: different paths give different denoms
    expect(ibcDenom("transfer/channel-1/uatom")).not.toBe(ibcDenom("transfer/channel-0/uatom"));
  });

  it.each([
    "",
    "uatom",
    "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2",
    "transfer/uatom",
    "transfer/channel-0",
    "transfer/channel-0/",
    "transfer/channel-0/gamm//1",
    "transfer/chan-0/uatom",
    "transfer/channel-01/uatom",
    "x/channel-0/uatom",
    "trans fer/channel-0/uatom",
    "transfer/channel-0/uatom ",
    "/channel-0/uatom",
  ])("refuses %j with INVALID_DENOM", (trace) => {
    const error = thrown(() => ibcDenom(trace, "route.trace"));
    expect(error.code).toBe("INVALID_DENOM");
    expect(error.field).toBe("route.trace");
  });
});
