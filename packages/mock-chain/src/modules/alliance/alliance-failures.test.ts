// Failure paths through cosmjs: each rejected alliance message answers with the Go module's codespace, code and log
// wording, and leaves the alliance state and the sender's balances exactly as they were.
import type { EncodeObject } from "@cosmjs/proto-signing";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import {
  MsgClaimDelegationRewardsSchema,
  MsgCreateAllianceSchema,
  MsgDelegateSchema,
  MsgRedelegateSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_ATOM } from "../../genesis/devnet-assets.js";
import type { RunningMockChain } from "../../server/start.js";
import { convertBech32 } from "../staking/addresses.js";
import {
  allianceTestGenesis,
  atomics,
  FEE,
  msg,
  Q_ATOM,
  type Signer,
  STK_ATOM,
  signer,
  startChain,
  VALIDATORS,
} from "./alliance.test-support.js";
import { devnetAllianceGenesis } from "./genesis.js";

let served: RunningMockChain;
let user: Signer;

/** The devnet's alliance genesis with a one-year take-rate interval, so no block between two checks deducts. */
function quietGenesis() {
  const alliance = devnetAllianceGenesis() as { params: Record<string, unknown> };
  return { ...alliance, params: { ...alliance.params, take_rate_claim_interval: "31536000s" } };
}

beforeAll(async () => {
  served = await startChain({ genesis: allianceTestGenesis(quietGenesis()) });
  user = await signer(served, 5, "direct");
  const seeded = await user.client.signAndBroadcast(
    user.address,
    [
      msg(MsgDelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[2]!,
        amount: { denom: Q_ATOM, amount: "100000000" },
      }),
    ],
    FEE,
  );
  expect(seeded.code, seeded.rawLog).toBe(0);
});

afterAll(async () => {
  user?.client.disconnect();
  await served?.stop();
});

/** Everything a failed alliance tx must leave unchanged: the module's whole state and the sender's balances. */
async function snapshot(address: string) {
  return {
    alliance: JSON.stringify(served.chain.exportGenesis().appState.alliance),
    balances: await user.client.getAllBalances(address),
  };
}

/** Broadcasts, expects a failure, checks the unchanged state and returns the node's tx result. */
async function rejected(from: Signer, messages: EncodeObject[]) {
  const before = await snapshot(from.address);
  const result = await from.client.signAndBroadcast(from.address, messages, FEE);
  expect(result.code).not.toBe(0);
  expect(await snapshot(from.address)).toEqual(before);
  const comet = await Comet38Client.connect(served.rpcUrl);
  const indexed = await comet.tx({ hash: Buffer.from(result.transactionHash, "hex") });
  comet.disconnect();
  return { code: indexed.result.code, codespace: indexed.result.codespace, log: indexed.result.log ?? "" };
}

const prefix = "failed to execute message; message index: 0: ";

describe("rejected alliance messages", () => {
  it("undelegating more than the delegation holds: staking ErrInsufficientShares (22)", async () => {
    const result = await rejected(user, [
      msg(MsgUndelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[2]!,
        amount: { denom: Q_ATOM, amount: "200000000" },
      }),
    ]);
    expect(result).toEqual({ code: 22, codespace: "staking", log: `${prefix}insufficient delegation shares` });
  });

  it("redelegating more than the delegation holds: the same error", async () => {
    const result = await rejected(user, [
      msg(MsgRedelegateSchema, {
        delegatorAddress: user.address,
        validatorSrcAddress: VALIDATORS[2]!,
        validatorDstAddress: VALIDATORS[3]!,
        amount: { denom: Q_ATOM, amount: "100000002" },
      }),
    ]);
    expect(result).toEqual({ code: 22, codespace: "staking", log: `${prefix}insufficient delegation shares` });
  });

  it("delegating a denom that is not an alliance asset: the NotFound status (no ABCI code: undefined/1)", async () => {
    const result = await rejected(user, [
      msg(MsgDelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[2]!,
        amount: { denom: "uxprt", amount: "1000" },
      }),
    ]);
    expect(result).toEqual({
      code: 1,
      codespace: "undefined",
      log: `${prefix}rpc error: code = NotFound desc = asset with denom: uxprt does not exist in alliance whitelist`,
    });
  });

  it("undelegating or claiming an unknown asset", async () => {
    const undelegate = await rejected(user, [
      msg(MsgUndelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[2]!,
        amount: { denom: DEVNET_ATOM.denom, amount: "1" },
      }),
    ]);
    expect(undelegate.log).toBe(
      `${prefix}rpc error: code = NotFound desc = Asset with denom: ${DEVNET_ATOM.denom} does not exist`,
    );
    const claim = await rejected(user, [
      msg(MsgClaimDelegationRewardsSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[2]!,
        denom: DEVNET_ATOM.denom,
      }),
    ]);
    expect(claim).toEqual({ code: 30, codespace: "alliance", log: `${prefix}alliance asset is not whitelisted` });
  });

  it("claiming, undelegating or redelegating without a delegation: staking ErrNoDelegatorForAddress (21)", async () => {
    for (const message of [
      msg(MsgClaimDelegationRewardsSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[0]!,
        denom: STK_ATOM,
      }),
      msg(MsgUndelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[0]!,
        amount: { denom: STK_ATOM, amount: "1" },
      }),
      msg(MsgRedelegateSchema, {
        delegatorAddress: user.address,
        validatorSrcAddress: VALIDATORS[0]!,
        validatorDstAddress: VALIDATORS[1]!,
        amount: { denom: STK_ATOM, amount: "1" },
      }),
    ]) {
      const result = await rejected(user, [message]);
      expect(result).toEqual({ code: 21, codespace: "staking", log: `${prefix}delegator does not contain delegation` });
    }
  });

  it("a zero amount, an unknown validator, the same validator twice", async () => {
    const zero = await rejected(user, [
      msg(MsgDelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[2]!,
        amount: { denom: Q_ATOM, amount: "0" },
      }),
    ]);
    expect(zero.log).toBe(
      `${prefix}rpc error: code = InvalidArgument desc = Alliance delegation amount must be more than zero`,
    );

    const corrupted = `${VALIDATORS[2]!.slice(0, -1)}${VALIDATORS[2]!.endsWith("q") ? "p" : "q"}`;
    const unknown = await rejected(user, [
      msg(MsgDelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: corrupted,
        amount: { denom: Q_ATOM, amount: "1" },
      }),
    ]);
    expect(unknown.codespace).toBe("undefined");
    expect(unknown.log).toMatch(/^failed to execute message; message index: 0: decoding bech32 failed/);

    const self = await rejected(user, [
      msg(MsgRedelegateSchema, {
        delegatorAddress: user.address,
        validatorSrcAddress: VALIDATORS[2]!,
        validatorDstAddress: VALIDATORS[2]!,
        amount: { denom: Q_ATOM, amount: "1" },
      }),
    ]);
    expect(self.log).toBe(`${prefix}rpc error: code = InvalidArgument desc = Cannot redelegate to the same validator`);
  });

  it("a validator that does not exist: GetAllianceValidator's plain error", async () => {
    const nobody = convertBech32(user.address, "persistencevaloper");
    const result = await rejected(user, [
      msg(MsgDelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: nobody,
        amount: { denom: Q_ATOM, amount: "1" },
      }),
    ]);
    expect(result).toEqual({
      code: 1,
      codespace: "undefined",
      log: `${prefix}validator with address ${nobody} does not exist`,
    });
  });

  it("delegating more than the balance: bank's insufficient funds (sdk 5)", async () => {
    const result = await rejected(user, [
      msg(MsgDelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[2]!,
        amount: { denom: STK_ATOM, amount: "1000000000001" },
      }),
    ]);
    expect(result.code).toBe(5);
    expect(result.codespace).toBe("sdk");
  });

  it("an authority message signed by someone else: gov ErrInvalidSigner (13)", async () => {
    const result = await rejected(user, [
      msg(MsgCreateAllianceSchema, {
        authority: user.address,
        denom: DEVNET_ATOM.denom,
        rewardWeight: atomics("0.1"),
        takeRate: atomics("0"),
        rewardChangeRate: atomics("1"),
        rewardChangeInterval: { seconds: 0n, nanos: 0 },
        rewardWeightRange: { min: atomics("0"), max: atomics("1") },
      }),
    ]);
    expect(result).toEqual({
      code: 13,
      codespace: "gov",
      log: `${prefix}invalid authority; expected ${DEVNET.authority.address}, got ${user.address}: expected gov account as only signer for proposal message`,
    });
  });

  it("a failed message rolls back the earlier messages of its tx", async () => {
    const result = await rejected(user, [
      msg(MsgDelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[3]!,
        amount: { denom: Q_ATOM, amount: "5000000" },
      }),
      msg(MsgUndelegateSchema, {
        delegatorAddress: user.address,
        validatorAddress: VALIDATORS[2]!,
        amount: { denom: Q_ATOM, amount: "999000000" },
      }),
    ]);
    expect(result.log).toBe("failed to execute message; message index: 1: insufficient delegation shares");
  });
});
