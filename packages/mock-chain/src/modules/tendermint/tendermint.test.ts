import { toBech32 } from "@cosmjs/encoding";
import { Service } from "@persistence-sdk/proto/cosmos/base/tendermint/v1beta1";
import { describe, expect, it } from "vitest";
import { ChainError } from "../../app/module.js";
import { DEVNET } from "../../genesis/devnet.js";
import { createChain } from "../../node/chain.js";

describe("cosmos.base.tendermint.v1beta1.Service", () => {
  const chain = createChain({ staking: false });
  chain.control.mine(2);

  it("describes the node and the application", () => {
    const info = chain.query(Service.method.getNodeInfo, {});
    expect([info.nodeInfo?.network, info.nodeInfo?.version, info.nodeInfo?.moniker]).toEqual([
      DEVNET.chainId,
      "0.38.17",
      "persistence-mock",
    ]);
    expect(info.applicationVersion?.cosmosSdkVersion).toBe("v0.50.14");
    expect(chain.query(Service.method.getSyncing, {}).syncing).toBe(false);
  });

  it("serves the latest block and blocks by height, with the chain's block ids", () => {
    const latest = chain.query(Service.method.getLatestBlock, {});
    expect(latest.block?.header?.height).toBe(3n);
    expect(latest.blockId?.hash).toEqual(chain.block()!.blockId.hash);
    const second = chain.query(Service.method.getBlockByHeight, { height: 2n });
    expect(second.block?.header?.appHash).toEqual(chain.block(2n)!.header.appHash);
    expect(second.block?.lastCommit?.signatures.length).toBe(4);
    expect(() => chain.query(Service.method.getBlockByHeight, { height: 99n })).toThrow(ChainError);
  });

  it("lists the validator set with valcons addresses", () => {
    const set = chain.query(Service.method.getLatestValidatorSet, {});
    expect(set.blockHeight).toBe(3n);
    expect(set.validators.map((v) => v.votingPower)).toEqual([1_000_000n, 1_000_000n, 1_000_000n, 1_000_000n]);
    expect(set.validators[0]!.address).toBe(toBech32("persistencevalcons", chain.validators()[0]!.address));
    expect(set.validators[0]!.pubKey?.typeUrl).toBe("/cosmos.crypto.ed25519.PubKey");
    expect(chain.query(Service.method.getValidatorSetByHeight, { height: 1n }).validators.length).toBe(4);
  });
});
