// End to end on the default devnet (staking, distribution and mint running): staking messages signed in both modes
// by unmodified cosmjs clients, which checks the amino sign bytes of messages other than bank's.
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { fromBech32, toBech32 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import { type RunningMockChain, startMockChain } from "../server/start.js";

let served: RunningMockChain;
const validator = (index: number) =>
  toBech32(DEVNET.prefixes.validator, fromBech32(DEVNET.validatorOperators[index]!.address, 100).data);

beforeAll(async () => {
  served = await startMockChain();
});

afterAll(async () => {
  await served?.stop();
});

async function clientFor(index: number, mode: "direct" | "amino"): Promise<SigningStargateClient> {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  const wallet =
    mode === "direct"
      ? await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
      : await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
  return SigningStargateClient.createWithSigner(await Comet38Client.connect(served.rpcUrl), wallet, {
    gasPrice: GasPrice.fromString("0.025uxprt"),
    broadcastPollIntervalMs: 50,
  });
}

describe("staking through cosmjs", () => {
  it.each([
    [4, "direct"],
    [5, "amino"],
  ] as const)("account %i delegates and undelegates in %s mode", async (index, mode) => {
    const client = await clientFor(index, mode);
    const delegator = DEVNET.accounts[index]!.address;
    const delegated = await client.delegateTokens(
      delegator,
      validator(1),
      { denom: "uxprt", amount: "5000000" },
      "auto",
    );
    expect(delegated.code).toBe(0);
    const delegation = await client.getDelegation(delegator, validator(1));
    expect(delegation?.amount).toBe("5000000");
    const undelegated = await client.undelegateTokens(
      delegator,
      validator(1),
      { denom: "uxprt", amount: "2000000" },
      "auto",
    );
    expect(undelegated.code).toBe(0);
    expect((await client.getDelegation(delegator, validator(1)))?.amount).toBe("3000000");
    client.disconnect();
  });
});
