// Error paths of the actions against the mock chain, for both signer kinds: chain refusals arrive as typed
// AllianceTxErrors (found by the simulation, so nothing is signed or paid), bad input is refused before anything is
// sent, and a client without a signer says so.
import {
  BroadcastTimeoutError,
  type Client,
  findEvents,
  NoSignerError,
  TxFailedError,
  waitForTx,
} from "@persistence-sdk/client";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AllianceTxError, UnknownAssetError } from "../errors.js";
import { getAlliance } from "../queries/getAlliance.js";
import { getAllianceDelegation } from "../queries/getAllianceDelegation.js";
import { getAllianceRewards } from "../queries/getAllianceRewards.js";
import { devnetClient, freshDelegator, ST_ATOM, STK_ATOM, startChain, validatorsOf } from "../testing.test-support.js";
import { claimRewards } from "./claimRewards.js";
import { delegate } from "./delegate.js";
import { redelegate } from "./redelegate.js";
import { undelegate } from "./undelegate.js";

let chain: RunningMockChain;
let reader: Client;
let validators: string[];

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
  validators = await validatorsOf(reader);
});

afterAll(async () => {
  await chain.stop();
});

/** Height and mempool: what must not move when a transaction is refused before signing or by its simulation. */
function activity() {
  return { height: chain.chain.status().latestHeight, mempool: chain.chain.numUnconfirmedTxs().count };
}

async function refusal(run: () => Promise<unknown>): Promise<AllianceTxError> {
  const before = activity();
  const error = await run().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(AllianceTxError);
  expect(error).toBeInstanceOf(TxFailedError);
  expect((error as AllianceTxError).phase).toBe("simulate");
  expect(activity()).toEqual(before);
  return error as AllianceTxError;
}

describe.each(["direct", "amino"] as const)("signed %s", (mode) => {
  it("undelegating more than the delegation is ALLIANCE_INSUFFICIENT_SHARES", async () => {
    const { client } = await freshDelegator(chain, mode);
    await delegate(client, { validator: validators[0]!, amount: { denom: STK_ATOM, amount: 5_000_000n } });
    const error = await refusal(() =>
      undelegate(client, { validator: validators[0]!, amount: { denom: STK_ATOM, amount: 5_000_001n } }),
    );
    expect(error).toMatchObject({ code: "ALLIANCE_INSUFFICIENT_SHARES", codespace: "sdk" });
    expect(error.fix).toContain("maxUndelegatable");
    const none = await refusal(() =>
      redelegate(client, {
        srcValidator: validators[1]!,
        dstValidator: validators[2]!,
        amount: { denom: STK_ATOM, amount: 1n },
      }),
    );
    expect(none.code).toBe("ALLIANCE_INSUFFICIENT_SHARES");
  });

  it("an asset Alliance does not know is ALLIANCE_UNKNOWN_ASSET, for actions and queries", async () => {
    const { client, address } = await freshDelegator(chain, mode);
    chain.control.fund(address, [{ denom: "uatom", amount: 1_000_000n }]);
    const error = await refusal(() =>
      delegate(client, { validator: validators[0]!, amount: { denom: "uatom", amount: 1n } }),
    );
    expect(error.code).toBe("ALLIANCE_UNKNOWN_ASSET");
    await expect(getAlliance(reader, { denom: "uatom" })).rejects.toBeInstanceOf(UnknownAssetError);
    await expect(
      getAllianceDelegation(reader, { delegator: address, validator: validators[0]!, denom: "uatom" }),
    ).rejects.toMatchObject({ code: "ALLIANCE_UNKNOWN_ASSET" });
    await expect(
      getAllianceRewards(reader, { delegator: address, validator: validators[0]!, denom: "uatom" }),
    ).rejects.toMatchObject({ code: "ALLIANCE_UNKNOWN_ASSET" });
    const claim = await refusal(() => claimRewards(client, { validator: validators[0]!, denom: "uatom" }));
    expect(claim.code).toBe("ALLIANCE_UNKNOWN_ASSET");
  });

  it("moving tokens on before their redelegation completes is ALLIANCE_TRANSITIVE_REDELEGATION", async () => {
    const { client } = await freshDelegator(chain, mode);
    const [v0, v1, v2] = validators;
    const amount = { denom: ST_ATOM, amount: 2_000_000n };
    await delegate(client, { validator: v0!, amount });
    await redelegate(client, { srcValidator: v0!, dstValidator: v1!, amount });
    const error = await refusal(() => redelegate(client, { srcValidator: v1!, dstValidator: v2!, amount }));
    expect(error).toMatchObject({ code: "ALLIANCE_TRANSITIVE_REDELEGATION" });
    expect(error.fix).toContain("completionTime");
  });

  it("bad input is refused before the wallet is asked or anything is sent", async () => {
    const { client, address } = await freshDelegator(chain, mode);
    const before = activity();
    await expect(
      delegate(client, { validator: address, amount: { denom: STK_ATOM, amount: 1n } }),
    ).rejects.toMatchObject({ code: "WRONG_ADDRESS_PREFIX", field: "validator" });
    await expect(
      undelegate(client, { validator: validators[0]!, amount: { denom: STK_ATOM, amount: 0n } }),
    ).rejects.toMatchObject({ code: "INVALID_AMOUNT", field: "amount.amount" });
    await expect(
      redelegate(client, {
        srcValidator: validators[0]!,
        dstValidator: validators[0]!,
        amount: { denom: STK_ATOM, amount: 1n },
      }),
    ).rejects.toMatchObject({ code: "ALLIANCE_SELF_REDELEGATION" });
    await expect(
      claimRewards(client, {
        claims: [
          { validator: validators[0]!, denom: STK_ATOM },
          { validator: validators[1]!, denom: "1x" },
        ],
      }),
    ).rejects.toMatchObject({ code: "INVALID_DENOM", field: "claims[1].denom" });
    await expect(claimRewards(client, { claims: [] })).rejects.toMatchObject({
      code: "INVALID_ARGUMENT",
      field: "claims",
    });
    expect(activity()).toEqual(before);
  });
});

describe("transport faults pass through the actions as the client types them", () => {
  it("a 503 from the node is retried, and the delegation happens once", async () => {
    const { client, address } = await freshDelegator(chain);
    chain.control.failNext(1, 503);
    const result = await delegate(client, {
      validator: validators[0]!,
      amount: { denom: STK_ATOM, amount: 3_000_000n },
    });
    const delegation = await getAllianceDelegation(reader, {
      delegator: address,
      validator: validators[0]!,
      denom: STK_ATOM,
    });
    expect(delegation.balance).toBe(3_000_000n);
    expect(result.newValidatorShares.isPositive()).toBe(true);
  });

  it("no block in time is BroadcastTimeoutError with the hash, and waitForTx finds the undelegation later", async () => {
    const { client } = await freshDelegator(chain, "direct", { broadcastTimeoutMs: 200 });
    await delegate(client, { validator: validators[1]!, amount: { denom: STK_ATOM, amount: 3_000_000n } });
    chain.control.setAutomine(false);
    try {
      const error = await undelegate(client, {
        validator: validators[1]!,
        amount: { denom: STK_ATOM, amount: 1_000_000n },
      }).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(BroadcastTimeoutError);
      expect((error as BroadcastTimeoutError).mayStillLand).toBe(true);
      chain.control.mine(1);
      const landed = await waitForTx(client, (error as BroadcastTimeoutError).hash);
      expect(findEvents(landed.events, "alliance.alliance.UndelegateAllianceEvent")).toHaveLength(1);
    } finally {
      chain.control.setAutomine(true);
    }
  });

  it("actions sent at once by one client are signed in turn, each with its own sequence", async () => {
    const { client, address } = await freshDelegator(chain, "amino");
    const amount = { denom: ST_ATOM, amount: 1_000_000n };
    const results = await Promise.all(validators.map((validator) => delegate(client, { validator, amount })));
    expect(new Set(results.map((r) => r.tx.hash)).size).toBe(validators.length);
    for (const validator of validators) {
      const delegation = await getAllianceDelegation(reader, { delegator: address, validator, denom: ST_ATOM });
      expect(delegation.balance).toBe(1_000_000n);
    }
  });
});

it("an action without a signer throws NoSignerError", async () => {
  await expect(
    delegate(reader, { validator: validators[0]!, amount: { denom: STK_ATOM, amount: 1n } }),
  ).rejects.toBeInstanceOf(NoSignerError);
});
