// End to end: staking and rewards through unmodified cosmjs clients over real HTTP, signed with the devnet's keys in
// both sign modes, and the REST API as a browser would fetch it.
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { toBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, decodePubkey } from "@cosmjs/proto-signing";
import {
  type DeliverTxResponse,
  GasPrice,
  QueryClient,
  SigningStargateClient,
  setupDistributionExtension,
  setupStakingExtension,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import { devnetGenesis } from "../../genesis/devnet-genesis.js";
import { type RunningMockChain, startMockChain } from "../../server/start.js";
import { convertBech32 } from "./addresses.js";
import { POWER_REDUCTION } from "./shares.js";

const VALIDATORS = DEVNET.validatorOperators.map((operator) => convertBech32(operator.address, "persistencevaloper"));
const FEE = { amount: [{ denom: "uxprt", amount: "10000" }], gas: "400000" };
let served: RunningMockChain;

beforeAll(async () => {
  served = await startMockChain();
});

afterAll(async () => {
  await served?.stop();
});

async function signer(index: number, mode: "direct" | "amino") {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  const wallet =
    mode === "direct"
      ? await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
      : await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
  const [account] = await wallet.getAccounts();
  const comet = await Comet38Client.connect(served.rpcUrl);
  const client = await SigningStargateClient.createWithSigner(comet, wallet, {
    gasPrice: GasPrice.fromString("0.025uxprt"),
    broadcastPollIntervalMs: 50,
  });
  return { address: account!.address, client };
}

async function queries(chain: RunningMockChain = served) {
  const comet = await Comet38Client.connect(chain.rpcUrl);
  return QueryClient.withExtensions(comet, setupStakingExtension, setupDistributionExtension);
}

function eventAttributes(result: DeliverTxResponse, type: string): Record<string, string> | undefined {
  const event = result.events.find((e) => e.type === type);
  return event && Object.fromEntries(event.attributes.map((a) => [a.key, a.value]));
}

describe("staking through cosmjs", () => {
  it("shows the four bonded devnet validators to the staking query extension, Comet38Client and REST", async () => {
    const query = await queries();
    const { validators } = await query.staking.validators("BOND_STATUS_BONDED");
    expect(validators.map((v) => v.operatorAddress).sort()).toEqual([...VALIDATORS].sort());
    // Each validator's tokens are what its delegators hold: its operator's self-delegation and the devnet's
    // Alliance and liquid-stake delegations.
    for (const [i, operator] of DEVNET.validatorOperators.entries()) {
      const validator = validators.find((v) => v.operatorAddress === VALIDATORS[i])!;
      const { delegationResponses } = await query.staking.validatorDelegations(VALIDATORS[i]!);
      const held = delegationResponses.map((d) => BigInt(d.balance!.amount));
      expect(held.reduce((sum, amount) => sum + amount, 0n)).toBe(BigInt(validator.tokens));
      const self = delegationResponses.find((d) => d.delegation?.delegatorAddress === operator.address);
      expect(self?.balance?.amount).toBe(DEVNET.balances.selfDelegation.toString());
    }

    // CometBFT starts from the genesis validators: the same consensus keys, with the genesis powers.
    const genesis = devnetGenesis().validators!;
    const keyOf = (key: Uint8Array) => toBase64(key);
    const consensusKeys = validators.map((v) => decodePubkey(v.consensusPubkey!)?.value as string);
    expect([...consensusKeys].sort()).toEqual(genesis.map((v) => keyOf(v.pubKey)).sort());
    const comet = await Comet38Client.connect(served.rpcUrl);
    const set = await comet.validatorsAll(1);
    expect(set.validators.map((v) => [keyOf(v.pubkey!.data), v.votingPower]).sort()).toEqual(
      genesis.map((v) => [keyOf(v.pubKey), v.power]).sort(),
    );

    const response = await fetch(`${served.restUrl}/cosmos/staking/v1beta1/validators/${VALIDATORS[0]}`);
    const body = (await response.json()) as {
      validator: { tokens: string; delegator_shares: string; consensus_pubkey: Record<string, string> };
    };
    const first = validators.find((v) => v.operatorAddress === VALIDATORS[0])!;
    expect(body.validator.tokens).toBe(first.tokens);
    // Nothing was slashed yet: one share per token, as a LegacyDec with 18 decimals.
    expect(body.validator.delegator_shares).toBe(`${first.tokens}.000000000000000000`);
    expect(body.validator.consensus_pubkey).toEqual({
      "@type": "/cosmos.crypto.ed25519.PubKey",
      key: keyOf(genesis[0]!.pubKey),
    });
  });

  it("delegates and undelegates in SIGN_MODE_DIRECT; the unbonding pays out after 21 days of virtual time", async () => {
    const { address, client } = await signer(3, "direct");
    const delegated = await client.delegateTokens(
      address,
      VALIDATORS[0]!,
      { denom: "uxprt", amount: "100000000" },
      FEE,
    );
    expect(delegated.code).toBe(0);
    expect(await client.getDelegation(address, VALIDATORS[0]!)).toEqual({ denom: "uxprt", amount: "100000000" });

    const undelegated = await client.undelegateTokens(
      address,
      VALIDATORS[0]!,
      { denom: "uxprt", amount: "40000000" },
      FEE,
    );
    expect(undelegated.code).toBe(0);
    expect(eventAttributes(undelegated, "unbond")?.amount).toBe("40000000uxprt");
    const query = await queries();
    const unbonding = await query.staking.unbondingDelegation(address, VALIDATORS[0]!);
    expect(unbonding.unbond?.entries.map((entry) => entry.balance)).toEqual(["40000000"]);

    const before = BigInt((await client.getBalance(address, "uxprt")).amount);
    served.control.advanceTime(1_814_400n);
    const after = BigInt((await client.getBalance(address, "uxprt")).amount);
    expect(after - before).toBe(40_000_000n);
    client.disconnect();
  });

  it("delegates in SIGN_MODE_LEGACY_AMINO_JSON and withdraws the inflation rewards it earned", async () => {
    const { address, client } = await signer(4, "amino");
    expect(
      (await client.delegateTokens(address, VALIDATORS[1]!, { denom: "uxprt", amount: "500000000" }, FEE)).code,
    ).toBe(0);
    served.control.mine(5);
    const query = await queries();
    const pending = await query.distribution.delegationRewards(address, VALIDATORS[1]!);
    expect(pending.rewards.length).toBe(1);
    const rest = await fetch(
      `${served.restUrl}/cosmos/distribution/v1beta1/delegators/${address}/rewards/${VALIDATORS[1]}`,
    );
    const { rewards } = (await rest.json()) as { rewards: { denom: string; amount: string }[] };
    expect(rewards[0]?.denom).toBe("uxprt");
    expect(rewards[0]?.amount).toMatch(/^[1-9][0-9]*\.[0-9]{18}$/);

    const before = BigInt((await client.getBalance(address, "uxprt")).amount);
    const withdrawn = await client.withdrawRewards(address, VALIDATORS[1]!, FEE);
    expect(withdrawn.code).toBe(0);
    const paid = BigInt(eventAttributes(withdrawn, "withdraw_rewards")!.amount!.replace("uxprt", ""));
    expect(paid).toBeGreaterThan(0n);
    const after = BigInt((await client.getBalance(address, "uxprt")).amount);
    expect(after - before).toBe(paid - 10_000n);
    client.disconnect();
  });

  it("fails a delegation to an unknown validator with staking code 3, charging only the fee", async () => {
    const { address, client } = await signer(5, "direct");
    const unknown = convertBech32(address, "persistencevaloper");
    const before = BigInt((await client.getBalance(address, "uxprt")).amount);
    const result = await client.delegateTokens(address, unknown, { denom: "uxprt", amount: "1000" }, FEE);
    expect(result.code).toBe(3);
    const comet = await Comet38Client.connect(served.rpcUrl);
    const indexed = await comet.tx({ hash: Buffer.from(result.transactionHash, "hex") });
    expect(indexed.result.codespace).toBe("staking");
    expect(indexed.result.log).toContain("validator does not exist");
    // As on a real chain the fee is spent, and nothing else happened.
    expect(BigInt((await client.getBalance(address, "uxprt")).amount)).toBe(before - 10_000n);
    expect(await client.getDelegation(address, unknown)).toBeNull();
    client.disconnect();
  });

  it("slashes and jails through the control API, visible to every client", async () => {
    // x/staking's own behaviour: on the devnet without the Alliance, liquid-stake and basket sections, whose modules
    // would move their delegations in the same block; each validator then holds just its self-delegation.
    const devnet = devnetGenesis();
    const part2 = ["alliance", "basketvault", "liquidstake", "liquidstakeibc"];
    const appState = Object.fromEntries(Object.entries(devnet.appState).filter(([name]) => !part2.includes(name)));
    const chain = await startMockChain({ genesis: { ...devnet, appState } });
    try {
      const query = await queries(chain);
      const before = BigInt((await query.staking.validator(VALIDATORS[2]!)).validator!.tokens);
      expect(before).toBe(DEVNET.balances.selfDelegation);
      const slashed = chain.control.invoke("staking/slash", { validator: VALIDATORS[2], fraction: "0.05" }) as {
        burned: string;
      };
      // x/staking burns the fraction of the validator's power in tokens (power = tokens / 10^6, truncated).
      const burned = ((before / POWER_REDUCTION) * POWER_REDUCTION * 5n) / 100n;
      expect(slashed.burned).toBe(burned.toString());
      expect((await query.staking.validator(VALIDATORS[2]!)).validator?.tokens).toBe((before - burned).toString());
      const operator = DEVNET.validatorOperators[2]!.address;
      expect((await query.staking.delegation(operator, VALIDATORS[2]!)).delegationResponse?.balance?.amount).toBe(
        (before - burned).toString(),
      );
      chain.control.invoke("staking/jail", { validator: VALIDATORS[2] });
      const bonded = await query.staking.validators("BOND_STATUS_BONDED");
      expect(bonded.validators.map((v) => v.operatorAddress).sort()).toEqual(
        VALIDATORS.filter((v) => v !== VALIDATORS[2]).sort(),
      );
      // CometBFT applies an end block's validator updates two heights later.
      chain.control.mine(2);
      const comet = await Comet38Client.connect(chain.rpcUrl);
      expect((await comet.validatorsAll()).validators).toHaveLength(3);
      comet.disconnect();
    } finally {
      await chain.stop();
    }
  });
});
