import { persistenceCore1, persistenceMockDevnet } from "@persistence-sdk/client";
import { describe, expect, it } from "vitest";
import {
  DEFAULT_HOST_UNBONDING_SECONDS,
  hostUnbondingSecondsOf,
  persistenceCore1Pstake,
  persistenceMockDevnetPstake,
  pstakeSettingsOf,
  withPstakeSettings,
} from "./chains.js";

describe("pSTAKE chain settings", () => {
  it("default the liquid bond denom to stk/<bond denom> and know the Cosmos Hub's unbonding time", () => {
    expect(persistenceCore1Pstake).toMatchObject({ chainId: "core-1", pstake: { liquidBondDenom: "stk/uxprt" } });
    expect(persistenceMockDevnetPstake.chainId).toBe(persistenceMockDevnet.chainId);
    expect(pstakeSettingsOf(persistenceCore1)).toEqual(persistenceCore1Pstake.pstake);
    expect(hostUnbondingSecondsOf({ chain: persistenceCore1 }, "cosmoshub-4")).toBe(1_814_400n);
    expect(hostUnbondingSecondsOf({ chain: persistenceCore1 }, "unknown-1")).toBe(DEFAULT_HOST_UNBONDING_SECONDS);
    expect(Object.isFrozen(persistenceCore1Pstake.pstake)).toBe(true);
  });

  it("take overrides and refuse bad ones", () => {
    const chain = withPstakeSettings(persistenceCore1, {
      liquidBondDenom: "stk/ufoo",
      hostUnbondingSeconds: { "osmosis-1": 1_209_600n },
    });
    expect(chain.pstake.liquidBondDenom).toBe("stk/ufoo");
    expect(hostUnbondingSecondsOf({ chain }, "osmosis-1")).toBe(1_209_600n);
    expect(hostUnbondingSecondsOf({ chain }, "cosmoshub-4")).toBe(1_814_400n);
    expect(() => withPstakeSettings(persistenceCore1, { liquidBondDenom: "uxprt" })).toThrow(/liquid bond denom/);
    expect(() => withPstakeSettings(persistenceCore1, { hostUnbondingSeconds: { x: 5 as never } })).toThrow(
      /whole seconds/,
    );
  });
});
