import { persistenceCore1, persistenceMockDevnet } from "@persistence-sdk/client";
import { SdkError } from "@persistence-sdk/core";
import { describe, expect, it } from "vitest";
import {
  allianceSettingsOf,
  mathVersionOf,
  migaloo1,
  persistenceCore1Alliance,
  persistenceMockDevnetAlliance,
  persistenceTestnetAlliance,
  terraPhoenix1,
  withAllianceSettings,
} from "./chains.js";

describe("Alliance chain configs", () => {
  it("are the client's presets plus the math version, as plain frozen data", () => {
    expect(persistenceCore1Alliance).toMatchObject({ ...persistenceCore1, alliance: { mathVersion: "v0.3.4" } });
    expect(persistenceTestnetAlliance.alliance.mathVersion).toBe("v0.3.4");
    expect(persistenceMockDevnetAlliance).toMatchObject({
      ...persistenceMockDevnet,
      alliance: { mathVersion: "v0.3.6" },
    });
    expect(Object.isFrozen(persistenceCore1Alliance)).toBe(true);
    expect(JSON.parse(JSON.stringify(terraPhoenix1))).toEqual(terraPhoenix1);
  });

  it("describe other Alliance chains with their own prefixes, denoms and coin types", () => {
    expect(terraPhoenix1).toMatchObject({ chainId: "phoenix-1", bondDenom: "uluna", coinTypes: [330] });
    expect(terraPhoenix1.bech32.validator).toBe("terravaloper");
    expect(migaloo1).toMatchObject({ chainId: "migaloo-1", bondDenom: "uwhale", gasPrice: "1uwhale" });
    expect(migaloo1.bech32.account).toBe("migaloo");
  });

  it("default to v0.3.6 math for a chain config without Alliance settings", () => {
    expect(allianceSettingsOf(persistenceCore1).mathVersion).toBe("v0.3.6");
    expect(withAllianceSettings(persistenceCore1).alliance.mathVersion).toBe("v0.3.6");
  });

  it("let a call override the client's version, and the client's override the default", () => {
    expect(mathVersionOf({ chain: persistenceCore1 })).toBe("v0.3.6");
    expect(mathVersionOf({ chain: persistenceCore1Alliance })).toBe("v0.3.4");
    expect(mathVersionOf({ chain: persistenceCore1Alliance }, "v0.3.6")).toBe("v0.3.6");
  });

  it("refuse an unknown version with a typed error", () => {
    expect(() => withAllianceSettings(persistenceCore1, { mathVersion: "v0.5" as never })).toThrow(SdkError);
    try {
      mathVersionOf({ chain: persistenceCore1 }, "0.3.6" as never);
    } catch (error) {
      expect(error).toMatchObject({ code: "INVALID_ARGUMENT", field: "version", value: "0.3.6" });
    }
  });
});
