// Previews against what the chain then does, exactly, over varied states: fresh assets, after take-rate charges
// (control.advanceTime), after a reward-weight change (the authority's MsgUpdateAlliance) and after a slash
// (control.invoke("staking/slash")). Run on a v0.3.6 chain (the devnet) and on a v0.3.4 one (the Persistence fork's
// math, selected in the mock's genesis), with the client's chain config saying which.
import { type Client, persistenceMockDevnet, sendTx } from "@persistence-sdk/client";
import {
  type AllianceMathVersion,
  allianceDeductTakeRate,
  allianceDelegate,
  allianceDelegationTokens,
  type Coin,
  Dec,
} from "@persistence-sdk/core";
import { devnetGenesis, type RunningMockChain } from "@persistence-sdk/mock-chain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { delegate } from "../actions/delegate.js";
import { redelegate } from "../actions/redelegate.js";
import { undelegate } from "../actions/undelegate.js";
import { buildCreateAlliance } from "../builders/buildCreateAlliance.js";
import { buildUpdateAlliance } from "../builders/buildUpdateAlliance.js";
import { type AllianceChainConfig, withAllianceSettings } from "../chains.js";
import { AllianceTxError } from "../errors.js";
import { validatorStateOf } from "../internal/state.js";
import { getAlliance } from "../queries/getAlliance.js";
import { getAllianceDelegation } from "../queries/getAllianceDelegation.js";
import { getAllianceParams } from "../queries/getAllianceParams.js";
import { getAllianceValidator } from "../queries/getAllianceValidator.js";
import {
  authorityClient,
  chargeTakeRate,
  devnetClient,
  freshDelegator,
  nextBlockTime,
  ST_ATOM,
  STK_ATOM,
  startChain,
  validatorsOf,
} from "../testing.test-support.js";
import { undelegationAccepted } from "./computeMaxUndelegatable.js";
import { maxUndelegatable } from "./maxUndelegatable.js";
import { previewDelegate } from "./previewDelegate.js";
import { previewDelegationBalance } from "./previewDelegationBalance.js";
import { previewRedelegate } from "./previewRedelegate.js";
import { previewUndelegate } from "./previewUndelegate.js";

const coin = (denom: string, amount: bigint): Coin => ({ denom, amount });
const same = (a: Dec, b: Dec) => expect(a.toString()).toBe(b.toString());

describe.each(["v0.3.6", "v0.3.4"] as const)("previews on a %s chain", (version: AllianceMathVersion) => {
  let chain: RunningMockChain;
  let reader: Client;
  let validators: string[];
  const config: AllianceChainConfig = withAllianceSettings(persistenceMockDevnet, { mathVersion: version });
  const options = { chain: config };

  beforeAll(async () => {
    const genesis = devnetGenesis();
    const alliance = genesis.appState.alliance as Record<string, unknown>;
    const appState = { ...genesis.appState, alliance: { ...alliance, mock_math_version: version } };
    chain = await startChain({ genesis: { ...genesis, appState } });
    reader = devnetClient(chain, options);
    validators = await validatorsOf(reader);
  });

  afterAll(async () => {
    await chain.stop();
  });

  /** previewDelegate, then delegate: the event's validator shares and the delegation afterwards agree exactly. */
  async function delegateAgrees(client: Client, address: string, validator: string, amount: Coin) {
    const preview = await previewDelegate(client, { validator, amount });
    const result = await delegate(client, { validator, amount });
    same(result.newValidatorShares, preview.newValidatorShares);
    const after = await getAllianceDelegation(reader, { delegator: address, validator, denom: amount.denom });
    same(after.shares, preview.sharesAfter);
    expect(after.balance).toBe(preview.balanceAfter);
    return preview;
  }

  /** previewUndelegate, then undelegate: accepted or refused alike, and what changed agrees exactly. */
  async function undelegateAgrees(client: Client, address: string, validator: string, amount: Coin) {
    const validatorBefore = await getAllianceValidator(reader, { validator });
    const preview = await previewUndelegate(client, { validator, amount, blockTime: nextBlockTime(chain) });
    if (!preview.accepted) {
      const refusal = await undelegate(client, { validator, amount }).catch((error: unknown) => error);
      expect(refusal).toBeInstanceOf(AllianceTxError);
      expect((refusal as AllianceTxError).code).toBe(preview.reason.code);
      return preview;
    }
    const result = await undelegate(client, { validator, amount });
    expect(result.completionTime).toEqual(preview.completionTime);
    const after = await getAllianceDelegation(reader, { delegator: address, validator, denom: amount.denom });
    same(after.shares, preview.sharesAfter);
    expect(after.balance).toBe(preview.balanceAfter);
    const validatorAfter = await getAllianceValidator(reader, { validator });
    const removed = (validatorBefore.validatorShares[amount.denom] ?? Dec.ZERO).sub(
      validatorAfter.validatorShares[amount.denom] ?? Dec.ZERO,
    );
    same(removed, preview.validatorSharesRemoved);
    return preview;
  }

  /** previewRedelegate, then redelegate: accepted or refused alike, shares on both sides agree exactly. */
  async function redelegateAgrees(client: Client, address: string, src: string, dst: string, amount: Coin) {
    const read = (validator: string) =>
      getAllianceDelegation(reader, { delegator: address, validator, denom: amount.denom });
    const [srcBefore, dstBefore] = [await read(src), await read(dst)];
    const preview = await previewRedelegate(client, {
      srcValidator: src,
      dstValidator: dst,
      amount,
      blockTime: nextBlockTime(chain),
    });
    if (!preview.accepted) {
      const refusal = await redelegate(client, { srcValidator: src, dstValidator: dst, amount }).catch(
        (e: unknown) => e,
      );
      expect(refusal).toBeInstanceOf(AllianceTxError);
      expect((refusal as AllianceTxError).code).toBe(preview.reason.code);
      return preview;
    }
    const result = await redelegate(client, { srcValidator: src, dstValidator: dst, amount });
    expect(result.completionTime).toEqual(preview.completionTime);
    same((await read(src)).shares, srcBefore.shares.sub(preview.srcDelegationSharesRemoved));
    same((await read(dst)).shares, dstBefore.shares.add(preview.dstNewDelegationShares));
    return preview;
  }

  /** previewDelegationBalance now equals the reported balance, and its projection equals the balance a block later. */
  async function balanceAgrees(client: Client, address: string, validator: string, denom: string, seconds: bigint) {
    const now = await previewDelegationBalance(client, { validator, denom });
    expect(now.balance).toBe((await getAllianceDelegation(reader, { delegator: address, validator, denom })).balance);
    const at = nextBlockTime(chain);
    const projected = await previewDelegationBalance(client, {
      validator,
      denom,
      at: { seconds: at.seconds + seconds - 5n, nanos: at.nanos },
    });
    const assetBefore = await getAlliance(reader, { denom });
    chain.control.advanceTime(seconds);
    const assetAfter = await getAlliance(reader, { denom });
    expect(assetBefore.totalTokens - assetAfter.totalTokens).toBe(projected.takeRateDeducted);
    expect((await getAllianceDelegation(reader, { delegator: address, validator, denom })).balance).toBe(
      projected.balanceAt,
    );
    return projected;
  }

  it("agree on fresh assets, for direct and amino-only signers", async () => {
    const [v0, v1] = validators;
    const a = await freshDelegator(chain, "direct", options);
    const b = await freshDelegator(chain, "amino", options);
    const first = await delegateAgrees(a.client, a.address, v0!, coin(STK_ATOM, 250_000_000n));
    same(first.newValidatorShares, first.newDelegationShares);
    await delegateAgrees(b.client, b.address, v0!, coin(STK_ATOM, 123_456_789n));
    await delegateAgrees(b.client, b.address, v1!, coin(ST_ATOM, 77_777_777n));
    await delegateAgrees(a.client, a.address, v0!, coin(STK_ATOM, 1n));
    await undelegateAgrees(a.client, a.address, v0!, coin(STK_ATOM, 10_000_001n));
    await redelegateAgrees(b.client, b.address, v0!, v1!, coin(STK_ATOM, 3_000_000n));
  });

  it("agree after take-rate intervals, including the projection of a charge", async () => {
    const [v0, v1, v2] = validators;
    const a = await freshDelegator(chain, "direct", options);
    await delegateAgrees(a.client, a.address, v2!, coin(ST_ATOM, 400_000_000n));
    await chargeTakeRate(chain, reader, 7n);
    const projected = await balanceAgrees(a.client, a.address, v2!, ST_ATOM, 3_600n);
    expect(projected.takeRateDeducted).toBeGreaterThan(0n);
    expect(projected.balanceAt).toBeLessThan(projected.balance);

    await chargeTakeRate(chain, reader, 3n);
    const b = await freshDelegator(chain, "amino", options);
    const after = await delegateAgrees(b.client, b.address, v2!, coin(ST_ATOM, 99_999_999n));
    // The take rate made each share worth less than a token: the same tokens buy more shares than before.
    expect(after.newDelegationShares.gt(Dec.fromInt(99_999_999n))).toBe(true);
    await undelegateAgrees(a.client, a.address, v2!, coin(ST_ATOM, 123_456_789n));
    await redelegateAgrees(a.client, a.address, v2!, v0!, coin(ST_ATOM, 50_000_000n));
    await redelegateAgrees(b.client, b.address, v2!, v1!, coin(ST_ATOM, 12_345n));
  });

  it("agree after the authority changes a reward weight", async () => {
    const [v0, v1] = validators;
    const a = await freshDelegator(chain, "direct", options);
    await delegateAgrees(a.client, a.address, v1!, coin(STK_ATOM, 60_000_000n));
    const asset = await getAlliance(reader, { denom: STK_ATOM });
    const authority = await authorityClient(chain);
    await sendTx(authority, {
      messages: [
        buildUpdateAlliance(authority, {
          authority: (await authority.signer!.getAccounts())[0]!.address,
          denom: STK_ATOM,
          rewardWeight: Dec.fromString("0.4"),
          takeRate: asset.takeRate,
          rewardChangeRate: asset.rewardChangeRate,
          rewardChangeInterval: asset.rewardChangeInterval.seconds,
          rewardWeightRange: asset.rewardWeightRange,
        }),
      ],
    });
    same((await getAlliance(reader, { denom: STK_ATOM })).rewardWeight, Dec.fromString("0.4"));
    await delegateAgrees(a.client, a.address, v1!, coin(STK_ATOM, 5_000_000n));
    await undelegateAgrees(a.client, a.address, v1!, coin(STK_ATOM, 7_000_000n));
    await redelegateAgrees(a.client, a.address, v1!, v0!, coin(STK_ATOM, 8_000_000n));
    await balanceAgrees(a.client, a.address, v0!, STK_ATOM, 900n);
  });

  it("agree after a slash, which moves value between the validators' delegators", async () => {
    const [v0, , , v3] = validators;
    const a = await freshDelegator(chain, "direct", options);
    const b = await freshDelegator(chain, "amino", options);
    await delegateAgrees(a.client, a.address, v3!, coin(ST_ATOM, 300_000_000n));
    await delegateAgrees(b.client, b.address, v0!, coin(ST_ATOM, 300_000_000n));
    await chargeTakeRate(chain, reader, 2n);
    const before = await getAllianceDelegation(reader, { delegator: a.address, validator: v3!, denom: ST_ATOM });
    chain.control.invoke("staking/slash", { validator: v3, fraction: "0.1" });
    const after = await getAllianceDelegation(reader, { delegator: a.address, validator: v3!, denom: ST_ATOM });
    expect(after.balance).toBeLessThan(before.balance);
    await delegateAgrees(b.client, b.address, v3!, coin(ST_ATOM, 10_000_000n));
    await undelegateAgrees(a.client, a.address, v3!, coin(ST_ATOM, 20_000_000n));
    await redelegateAgrees(a.client, a.address, v3!, v0!, coin(ST_ATOM, 30_000_000n));
    await undelegateAgrees(b.client, b.address, v0!, coin(ST_ATOM, 1_000n));
  });

  it("refuse what the chain refuses: more than the delegation, a transitive redelegation, no delegation", async () => {
    const [v0, v1, v2] = validators;
    const a = await freshDelegator(chain, "direct", options);
    await delegateAgrees(a.client, a.address, v0!, coin(STK_ATOM, 10_000_000n));
    const tooMuch = await undelegateAgrees(a.client, a.address, v0!, coin(STK_ATOM, 20_000_000n));
    expect(tooMuch).toMatchObject({ accepted: false, reason: { code: "ALLIANCE_INSUFFICIENT_SHARES" } });
    await redelegateAgrees(a.client, a.address, v0!, v1!, coin(STK_ATOM, 4_000_000n));
    const transitive = await redelegateAgrees(a.client, a.address, v1!, v2!, coin(STK_ATOM, 1_000_000n));
    expect(transitive).toMatchObject({ accepted: false, reason: { code: "ALLIANCE_TRANSITIVE_REDELEGATION" } });
    const none = await undelegateAgrees(a.client, a.address, v2!, coin(STK_ATOM, 1n));
    expect(none).toMatchObject({
      accepted: false,
      reason: { code: "ALLIANCE_INSUFFICIENT_SHARES" },
      maxUndelegatable: 0n,
    });
    expect(await maxUndelegatable(a.client, { validator: v2!, denom: STK_ATOM })).toBe(0n);
  });

  it("maxUndelegatable is what the chain accepts, also when it refuses the reported balance", async () => {
    // A new asset with a steep take rate (1% per interval), created by the authority: its share price drifts fast,
    // so balances round up by the Rounder and some are refused in full.
    const denom = `utest${version.replaceAll(".", "")}`;
    const authority = await authorityClient(chain);
    const authorityAddress = (await authority.signer!.getAccounts())[0]!.address;
    await sendTx(authority, {
      messages: [
        buildCreateAlliance(authority, {
          authority: authorityAddress,
          denom,
          rewardWeight: Dec.fromString("0.05"),
          takeRate: Dec.fromString("0.01"),
          rewardChangeRate: Dec.ONE,
          rewardChangeInterval: 0n,
          rewardWeightRange: { min: Dec.ZERO, max: Dec.ONE },
        }),
      ],
    });
    const [, v1] = validators;
    const [a, b] = [await freshDelegator(chain, "direct", options), await freshDelegator(chain, "amino", options)];
    for (const address of [a.address, b.address]) chain.control.fund(address, [{ denom, amount: 10n ** 15n }]);
    await delegateAgrees(a.client, a.address, v1!, coin(denom, 10n ** 14n));
    await chargeTakeRate(chain, reader, 40n);

    // With core's math on the queried state, find an amount whose delegation, after 3 more intervals, reports a
    // balance the chain refuses to undelegate. v0.3.4's Rounder (10^-6) is below the rounding of large amounts.
    const params = await getAllianceParams(reader);
    const asset = await getAlliance(reader, { denom });
    const validator = validatorStateOf(await getAllianceValidator(reader, { validator: v1! }));
    const chargeAt = {
      seconds: params.lastTakeRateClaimTime.seconds + 3n * params.takeRateClaimInterval.seconds + 1n,
      nanos: 0,
    };
    const start = version === "v0.3.6" ? 1_000_000n : 10n ** 13n;
    let amount = 0n;
    let predicted = 0n;
    for (let candidate = start; candidate < start + 200_000n && amount === 0n; candidate++) {
      const next = allianceDelegate({ asset, validator, amount: candidate, blockHeight: 1n });
      const [charged] = allianceDeductTakeRate({
        assets: [next.asset],
        lastTakeRateClaimTime: params.lastTakeRateClaimTime,
        takeRateClaimInterval: params.takeRateClaimInterval,
        blockTime: chargeAt,
      }).assets;
      const input = { asset: charged!, validator: next.validator, shares: next.delegationShares };
      const balance = allianceDelegationTokens(input.shares, input.validator, input.asset, { version });
      if (!undelegationAccepted(input, balance, { version })) [amount, predicted] = [candidate, balance];
    }
    expect(amount).toBeGreaterThan(0n);

    await delegateAgrees(b.client, b.address, v1!, coin(denom, amount));
    chain.control.advanceTime(chargeAt.seconds - chain.chain.status().latestBlockTimeNs / 1_000_000_000n);
    const { balance } = await getAllianceDelegation(reader, { delegator: b.address, validator: v1!, denom });
    expect(balance).toBe(predicted);
    const max = await maxUndelegatable(b.client, { validator: v1!, denom });
    expect(max).toBeLessThan(balance);
    const refused = await undelegateAgrees(b.client, b.address, v1!, coin(denom, balance));
    expect(refused).toMatchObject({ accepted: false, maxUndelegatable: max });
    const accepted = await undelegateAgrees(b.client, b.address, v1!, coin(denom, max));
    expect(accepted.accepted).toBe(true);
  }, 60_000);
});
