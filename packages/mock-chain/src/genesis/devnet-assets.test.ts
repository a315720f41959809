import { describe, expect, it } from "vitest";
import { DEVNET_ATOM, DEVNET_LSTS } from "./devnet-assets.js";

describe("devnet assets", () => {
  it("uses the ATOM IBC denom of a channel-0 transfer, as ibc-go hashes it", () => {
    // Cosmos Hub ATOM over channel-0 is the well-known ibc/27394FB0… denom on Osmosis.
    expect(DEVNET_ATOM.denom).toBe("ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2");
  });

  it("gives every LST a distinct denom", () => {
    const denoms = Object.values(DEVNET_LSTS).map((l) => l.denom);
    expect(new Set(denoms).size).toBe(4);
    expect(denoms.filter((d) => d.startsWith("ibc/"))).toHaveLength(3);
  });
});
