import { Dec } from "@persistence-sdk/core";
import { describe, expect, it } from "vitest";
import { bech32PrefixesOf, persistenceCore1, persistenceMockDevnet, persistenceTestnet } from "./chains.js";
import { parseGasPrice } from "./gas.js";

describe("chain presets", () => {
  it.each([
    [persistenceCore1, "core-1", "0.025"],
    [persistenceTestnet, "test-core-2", "0.125"],
    [persistenceMockDevnet, "persistence-mock-1", "0"],
  ])("%#: chain id, prefixes, uxprt with 6 decimals, coin types 118 then 750", (chain, chainId, price) => {
    expect(chain.chainId).toBe(chainId);
    expect(chain.bech32).toEqual({
      account: "persistence",
      accountPub: "persistencepub",
      validator: "persistencevaloper",
      validatorPub: "persistencevaloperpub",
      consensus: "persistencevalcons",
      consensusPub: "persistencevalconspub",
    });
    expect(chain.bondDenom).toBe("uxprt");
    expect(chain.exponent).toBe(6);
    expect(chain.coinTypes).toEqual([118, 750]);
    expect(chain.feeDenoms[0]?.denom).toBe("uxprt");
    const gasPrice = parseGasPrice(chain.gasPrice);
    expect(gasPrice.denom).toBe("uxprt");
    expect(gasPrice.amount.equals(Dec.fromString(price))).toBe(true);
  });

  it("are plain JSON data, so another Alliance chain is just another object", () => {
    for (const chain of [persistenceCore1, persistenceTestnet, persistenceMockDevnet]) {
      expect(JSON.parse(JSON.stringify(chain))).toEqual(chain);
    }
  });

  it("derives the SDK's six prefixes from an account prefix", () => {
    expect(bech32PrefixesOf("terra")).toMatchObject({
      account: "terra",
      validator: "terravaloper",
      consensusPub: "terravalconspub",
    });
  });
});
