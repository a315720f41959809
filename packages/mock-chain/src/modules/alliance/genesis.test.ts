// Alliance genesis: the devnet's four LST assets and funded accounts, the mock-only math version field, and an
// export → import round trip that keeps delegations, unbondings, redelegations and snapshots.
import { Query as AllianceQuery } from "@persistence-sdk/proto/alliance/alliance";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { describe, expect, it } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { devnetGenesis } from "../../genesis/devnet-genesis.js";
import { createChain } from "../../node/chain.js";
import {
  allianceTestGenesis,
  atomics,
  D_ATOM,
  delegate,
  Q_ATOM,
  startChain,
  VALIDATORS,
} from "./alliance.test-support.js";
import {
  DEVNET_ALLIANCE_ASSETS,
  devnetAllianceGenesis,
  devnetLstBalances,
  MATH_VERSION_FIELD,
  parseAllianceGenesis,
} from "./genesis.js";

describe("alliance genesis", () => {
  it("registers the four devnet LSTs with distinct weights and take rates, earning from genesis", () => {
    const chain = createChain({ genesis: allianceTestGenesis() });
    const { alliances } = chain.query(AllianceQuery.method.alliances, {});
    const byDenom = new Map(alliances.map((a) => [a.denom, a]));
    for (const { lst, rewardWeight, takeRate } of DEVNET_ALLIANCE_ASSETS) {
      expect(byDenom.get(lst.denom)).toMatchObject({
        rewardWeight: atomics(rewardWeight),
        takeRate: atomics(takeRate),
        rewardStartTime: { seconds: BigInt(Date.parse(DEVNET.genesisTime) / 1000) },
        isInitialized: true,
      });
    }
    expect(new Set(DEVNET_ALLIANCE_ASSETS.map((a) => a.rewardWeight)).size).toBe(4);
    expect(new Set(DEVNET_ALLIANCE_ASSETS.map((a) => a.takeRate)).size).toBe(4);
    const { params } = chain.query(AllianceQuery.method.params, {});
    expect(params?.rewardDelayTime?.seconds).toBe(0n);
    chain.close();
  });

  it("funds accounts 0..9 with 1,000 of each LST on the default devnet", () => {
    expect(devnetLstBalances().length).toBe(10);
    const chain = createChain({ genesis: devnetGenesis() });
    for (const account of [DEVNET.accounts[0]!, DEVNET.accounts[9]!]) {
      for (const lst of Object.values(DEVNET_LSTS)) {
        const { balance } = chain.query(BankQuery.method.balance, { address: account.address, denom: lst.denom });
        expect(BigInt(balance!.amount)).toBe(1_000_000_000n);
      }
    }
    chain.close();
  });

  it("selects the v0.3.4 math with mock_math_version and refuses anything else", () => {
    const json = devnetAllianceGenesis({ mathVersion: "v0.3.4" }) as Record<string, unknown>;
    expect(json[MATH_VERSION_FIELD]).toBe("v0.3.4");
    expect(parseAllianceGenesis(json).mathVersion).toBe("v0.3.4");
    expect(parseAllianceGenesis(devnetAllianceGenesis()).mathVersion).toBeUndefined();
    expect(() => parseAllianceGenesis({ ...json, [MATH_VERSION_FIELD]: "v0.5" })).toThrow(/mock_math_version/);

    const chain = createChain({ genesis: allianceTestGenesis(json) });
    const exported = chain.exportGenesis().appState.alliance as Record<string, unknown>;
    expect(exported[MATH_VERSION_FIELD]).toBe("v0.3.4");
    chain.close();
  });

  it("exports and re-imports its whole state", async () => {
    const served = await startChain();
    try {
      await delegate(served, 0, VALIDATORS[0]!, Q_ATOM, 50_000_000n);
      await delegate(served, 1, VALIDATORS[1]!, D_ATOM, 70_000_000n);
      served.control.mine(2);
      const exported = served.chain.exportGenesis();
      const again = createChain({ genesis: exported });
      const a = served.chain.exportGenesis().appState.alliance;
      const b = again.exportGenesis().appState.alliance;
      expect(b).toEqual(a);
      const { delegations } = again.query(AllianceQuery.method.allAlliancesDelegations, {});
      expect(delegations.map((d) => d.balance?.amount).sort()).toEqual(["50000000", "70000000"]);
      again.close();
    } finally {
      await served.stop();
    }
  });
});
