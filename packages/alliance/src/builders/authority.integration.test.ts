// The authority messages against the mock chain, signed DIRECT and in AMINO JSON by the devnet's module authority
// (the mock has no x/gov: its authority account signs them itself): the chain reads back exactly the settings the
// builders converted from Dec and bigint seconds.
import { type Client, sendTx } from "@persistence-sdk/client";
import { Dec } from "@persistence-sdk/core";
import { DEVNET, type RunningMockChain } from "@persistence-sdk/mock-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { UnknownAssetError } from "../errors.js";
import { getAlliance } from "../queries/getAlliance.js";
import { getAllianceParams } from "../queries/getAllianceParams.js";
import { devnetClient, startChain, walletAt } from "../testing.test-support.js";
import { buildCreateAlliance } from "./buildCreateAlliance.js";
import { buildCreateAllianceProposal } from "./buildCreateAllianceProposal.js";
import { buildDeleteAlliance } from "./buildDeleteAlliance.js";
import { buildDeleteAllianceProposal } from "./buildDeleteAllianceProposal.js";
import { buildUpdateAlliance } from "./buildUpdateAlliance.js";
import { buildUpdateAllianceProposal } from "./buildUpdateAllianceProposal.js";
import { buildUpdateParams } from "./buildUpdateParams.js";

let chain: RunningMockChain;
let reader: Client;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
});

afterAll(async () => {
  await chain.stop();
});

const d = (text: string) => Dec.fromString(text);
const authority = DEVNET.authority.address;

describe.each(["direct", "amino"] as const)("authority messages signed %s", (mode) => {
  it("create, update and delete an asset with exactly the given settings", async () => {
    const client = devnetClient(chain, { signer: await walletAt(DEVNET.authority.index, mode) });
    const denom = `unew${mode}`;
    await sendTx(client, {
      messages: [
        buildCreateAlliance(client, {
          authority,
          denom,
          rewardWeight: d("0.123456789012345678"),
          takeRate: d("0.000000000000000001"),
          rewardChangeRate: d("0.99"),
          rewardChangeInterval: 86_400n,
          rewardWeightRange: { min: d("0.1"), max: d("0.9") },
        }),
      ],
    });
    const created = await getAlliance(reader, { denom });
    expect(created.rewardWeight.toString()).toBe("0.123456789012345678");
    expect(created.takeRate.toString()).toBe("0.000000000000000001");
    expect(created.rewardChangeRate.toString()).toBe("0.990000000000000000");
    expect(created.rewardChangeInterval).toEqual({ seconds: 86_400n, nanos: 0 });
    expect(created.rewardWeightRange.min.toString()).toBe("0.100000000000000000");

    await sendTx(client, {
      messages: [
        buildUpdateAlliance(client, {
          authority,
          denom,
          rewardWeight: d("0.5"),
          takeRate: d("0.25"),
          rewardChangeRate: d("1"),
          rewardChangeInterval: 0n,
          rewardWeightRange: { min: d("0"), max: d("2") },
        }),
      ],
    });
    const updated = await getAlliance(reader, { denom });
    expect(updated.rewardWeight.toString()).toBe("0.500000000000000000");
    expect(updated.takeRate.toString()).toBe("0.250000000000000000");
    expect(updated.rewardWeightRange.max.toString()).toBe("2.000000000000000000");

    await sendTx(client, { messages: [buildDeleteAlliance(client, { authority, denom })] });
    await expect(getAlliance(reader, { denom })).rejects.toBeInstanceOf(UnknownAssetError);
  });

  it("update the parameters, keeping the take-rate schedule when asked", async () => {
    const client = devnetClient(chain, { signer: await walletAt(DEVNET.authority.index, mode) });
    const before = await getAllianceParams(reader);
    await sendTx(client, {
      messages: [
        buildUpdateParams(client, {
          authority,
          rewardDelayTime: 3_600n,
          takeRateClaimInterval: 600n,
          lastTakeRateClaimTime: before.lastTakeRateClaimTime,
        }),
      ],
    });
    const after = await getAllianceParams(reader);
    expect(after.rewardDelayTime).toEqual({ seconds: 3_600n, nanos: 0 });
    expect(after.takeRateClaimInterval).toEqual({ seconds: 600n, nanos: 0 });
    expect(after.lastTakeRateClaimTime.seconds).toBeGreaterThanOrEqual(before.lastTakeRateClaimTime.seconds);
    await sendTx(client, {
      messages: [
        buildUpdateParams(client, {
          authority,
          rewardDelayTime: before.rewardDelayTime.seconds,
          takeRateClaimInterval: before.takeRateClaimInterval.seconds,
          lastTakeRateClaimTime: after.lastTakeRateClaimTime,
        }),
      ],
    });
  });

  it("legacy proposal contents carry the same settings (the mock executes them when the authority signs them)", async () => {
    const client = devnetClient(chain, { signer: await walletAt(DEVNET.authority.index, mode) });
    const denom = `uprop${mode}`;
    const text = { title: `Add ${denom}`, description: "An asset added by a gov v1beta1 proposal content." };
    const settings = {
      rewardWeight: d("0.2"),
      takeRate: d("0.000003"),
      rewardChangeRate: d("1"),
      rewardChangeInterval: 0n,
      rewardWeightRange: { min: d("0"), max: d("1") },
    };
    await sendTx(client, { messages: [buildCreateAllianceProposal({ ...text, denom, ...settings })] });
    expect((await getAlliance(reader, { denom })).takeRate.toString()).toBe("0.000003000000000000");
    await sendTx(client, {
      messages: [buildUpdateAllianceProposal({ ...text, denom, ...settings, rewardWeight: d("0.7") })],
    });
    expect((await getAlliance(reader, { denom })).rewardWeight.toString()).toBe("0.700000000000000000");
    await sendTx(client, { messages: [buildDeleteAllianceProposal({ ...text, denom })] });
    await expect(getAlliance(reader, { denom })).rejects.toBeInstanceOf(UnknownAssetError);
  });

  it("are refused when someone else signs them", async () => {
    const client = devnetClient(chain, { signer: await walletAt(0, mode) });
    const message = buildDeleteAlliance(client, { authority: DEVNET.accounts[0]!.address, denom: "stk/uatom" });
    await expect(sendTx(client, { messages: [message] })).rejects.toMatchObject({ code: "TX_FAILED" });
  });
});
