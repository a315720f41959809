// A chain started again from the genesis another one exported (`exportGenesis` → genesis.json → `--genesis`): the
// public keys in it keep their Cosmos type URLs ("/cosmos.crypto.secp256k1.PubKey"), so that cosmjs reads the
// accounts and signs for them again, and REST shows the keys as a node does.
import { makeCosmoshubPath } from "@cosmjs/amino";
import { toBase64 } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet } from "@cosmjs/proto-signing";
import { GasPrice, SigningStargateClient } from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { afterAll, describe, expect, it } from "vitest";
import { DEVNET, devnetConsensusPubKeys } from "../genesis/devnet.js";
import { genesisFromJson, genesisToJson } from "../genesis/genesis-document.js";
import { convertBech32 } from "../modules/staking/addresses.js";
import type { LooseJson } from "../testing/loose-json.test-support.js";
import { type RunningMockChain, startMockChain } from "./start.js";

const sender = DEVNET.accounts[0]!;
const recipient = DEVNET.accounts[1]!.address;
const validator = convertBech32(DEVNET.validatorOperators[0]!.address, DEVNET.prefixes.validator);
const running: RunningMockChain[] = [];

afterAll(async () => {
  for (const chain of running) await chain.stop();
});

async function start(options: Parameters<typeof startMockChain>[0] = {}): Promise<RunningMockChain> {
  const chain = await startMockChain(options);
  running.push(chain);
  return chain;
}

/** Sends 1 uxprt from devnet account 0 with cosmjs, which reads the account (and its public key) first. */
async function send(chain: RunningMockChain): Promise<number> {
  const wallet = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, {
    prefix: DEVNET.bech32Prefix,
    hdPaths: [makeCosmoshubPath(sender.index)],
  });
  const client = await SigningStargateClient.createWithSigner(await Comet38Client.connect(chain.rpcUrl), wallet, {
    gasPrice: GasPrice.fromString("0.025uxprt"),
    broadcastPollIntervalMs: 50,
  });
  try {
    const result = await client.sendTokens(sender.address, recipient, [{ denom: "uxprt", amount: "1" }], "auto");
    return result.code;
  } finally {
    client.disconnect();
  }
}

async function get(chain: RunningMockChain, path: string): Promise<LooseJson> {
  const response = await fetch(`${chain.restUrl}${path}`);
  expect(response.status).toBe(200);
  return response.json();
}

describe("a chain started from an exported genesis", () => {
  it("keeps the Cosmos type URLs of account and consensus keys, so cosmjs signs again", async () => {
    const source = await start();
    expect(await send(source)).toBe(0); // account 0 now has its public key on chain
    const json = JSON.parse(JSON.stringify(genesisToJson(source.chain.exportGenesis())));
    const reloaded = await start({ genesis: genesisFromJson(json) });

    const { account } = await get(reloaded, `/cosmos/auth/v1beta1/accounts/${sender.address}`);
    expect(account.pub_key).toEqual({ "@type": "/cosmos.crypto.secp256k1.PubKey", key: sender.pubKey });
    expect(account.sequence).toBe("1");
    // cosmjs decodes the stored key (it knows only "/..." type URLs) and signs the next sequence.
    expect(await send(reloaded)).toBe(0);
    expect((await get(reloaded, `/cosmos/auth/v1beta1/accounts/${sender.address}`)).account.sequence).toBe("2");

    const [firstKey] = devnetConsensusPubKeys();
    const ed25519 = { "@type": "/cosmos.crypto.ed25519.PubKey", key: toBase64(firstKey!) };
    expect((await get(reloaded, `/cosmos/staking/v1beta1/validators/${validator}`)).validator.consensus_pubkey).toEqual(
      ed25519,
    );
    const sets = await get(reloaded, "/cosmos/base/tendermint/v1beta1/validatorsets/latest");
    expect(sets.validators.map((v: LooseJson) => v.pub_key["@type"])).toEqual(
      devnetConsensusPubKeys().map(() => "/cosmos.crypto.ed25519.PubKey"),
    );
  });

  it("shows the devnet validators' consensus keys as /cosmos.crypto.ed25519.PubKey", async () => {
    const devnet = await start();
    const { validators } = await get(devnet, "/cosmos/staking/v1beta1/validators");
    const byKey = (a: { key: string }, b: { key: string }) => (a.key < b.key ? -1 : 1);
    expect(validators.map((v: LooseJson) => v.consensus_pubkey).sort(byKey)).toEqual(
      devnetConsensusPubKeys()
        .map((key) => ({ "@type": "/cosmos.crypto.ed25519.PubKey", key: toBase64(key) }))
        .sort(byKey),
    );
  });
});
