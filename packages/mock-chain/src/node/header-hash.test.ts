import { toHex } from "@cosmjs/encoding";
import { describe, expect, it } from "vitest";
import { dataHash, hashHeaderFields, validatorsHash } from "./header-hash.js";
import { merkleRoot, sha256Of } from "./merkle.js";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("CometBFT hashes", () => {
  it("hashes a header to CometBFT's own test vector (types/block_test.go TestHeaderHash)", () => {
    const hash = hashHeaderFields({
      version: { block: 1n, app: 2n },
      chainId: "chainId",
      height: 3n,
      timeNs: BigInt(Date.UTC(2019, 9, 13, 16, 14, 44)) * 1_000_000n,
      lastBlockId: { hash: new Uint8Array(32), parts: { total: 6, hash: new Uint8Array(32) } },
      lastCommitHash: sha256Of(utf8("last_commit_hash")),
      dataHash: sha256Of(utf8("data_hash")),
      validatorsHash: sha256Of(utf8("validators_hash")),
      nextValidatorsHash: sha256Of(utf8("next_validators_hash")),
      consensusHash: sha256Of(utf8("consensus_hash")),
      appHash: sha256Of(utf8("app_hash")),
      lastResultsHash: sha256Of(utf8("last_results_hash")),
      evidenceHash: sha256Of(utf8("evidence_hash")),
      proposerAddress: sha256Of(utf8("proposer_address")).subarray(0, 20),
    });
    expect(toHex(hash).toUpperCase()).toBe("F740121F553B5418C3EFBD343C2DBFE9E007BB67B0D020A0741374BAB65242A4");
  });

  it("gives the empty Merkle root CometBFT shows for a block without txs", () => {
    expect(toHex(dataHash([])).toUpperCase()).toBe("E3B0C44298FC1C149AFBF4C8996FB92427AE41E4649B934CA495991B7852B855");
  });

  it("splits Merkle trees at the largest power of two below the count (RFC 6962)", () => {
    const leaves = [1, 2, 3].map((n) => new Uint8Array([n]));
    const leaf = (bytes: Uint8Array) => sha256Of(new Uint8Array([0, ...bytes]));
    const inner = (a: Uint8Array, b: Uint8Array) => sha256Of(new Uint8Array([1, ...a, ...b]));
    expect(merkleRoot(leaves)).toEqual(inner(inner(leaf(leaves[0]!), leaf(leaves[1]!)), leaf(leaves[2]!)));
  });

  it("hashes a validator set from its members' keys and powers", () => {
    const a = {
      address: new Uint8Array(20),
      pubKey: new Uint8Array(32).fill(1),
      votingPower: 10n,
      proposerPriority: 0n,
    };
    const b = { ...a, votingPower: 11n };
    expect(validatorsHash([a])).not.toEqual(validatorsHash([b]));
    expect(validatorsHash([a])).toEqual(validatorsHash([{ ...a, proposerPriority: 5n }]));
  });
});
