// The hand-written encoders of the hashed CometBFT messages must write exactly what protobuf-es's reflective
// `toBinary` writes, zero values, empty bytes and negative or 64-bit numbers included.
import { create, toBinary } from "@bufbuild/protobuf";
import { TimestampSchema } from "@bufbuild/protobuf/wkt";
import { ResponseDeliverTxSchema } from "@persistence-sdk/proto/tendermint/abci";
import { BlockIDSchema, CommitSigSchema } from "@persistence-sdk/proto/tendermint/types";
import { describe, expect, it } from "vitest";
import type { TxExecResult } from "./chain-node.js";
import { commitSigBytes, deterministicResultBytes, hashHeaderFields, timestampOf } from "./header-hash.js";
import { sha256Of } from "./merkle.js";
import { Bytes, bytesField, messageField, timestampBytes, toBytes, varintField } from "./proto-wire.js";

const times = [
  0n,
  1n,
  999_999_999n,
  1_000_000_000n,
  1_700_000_000_123_456_789n,
  253_402_300_799_999_999_999n,
  -1n,
  -1_500_000_000n,
];
const bytes = (length: number, seed = 7) => Uint8Array.from({ length }, (_, i) => (i * 31 + seed) & 0xff);

describe("protobuf wire encoders", () => {
  it("write Timestamp as toBinary does", () => {
    for (const ns of times) {
      expect(toBytes(timestampBytes(ns)), `${ns}`).toEqual(toBinary(TimestampSchema, timestampOf(ns)));
    }
  });

  it("write BlockID as toBinary does", () => {
    for (const [hash, total, partHash] of [
      [bytes(32), 1, bytes(32, 3)],
      [new Uint8Array(0), 0, new Uint8Array(0)],
      [bytes(32), 300, new Uint8Array(0)],
    ] as const) {
      const partSet = new Bytes();
      varintField(partSet, 1, total);
      bytesField(partSet, 2, partHash);
      const out = new Bytes();
      bytesField(out, 1, hash);
      messageField(out, 2, partSet);
      expect(toBytes(out)).toEqual(
        toBinary(BlockIDSchema, create(BlockIDSchema, { hash, partSetHeader: { total, hash: partHash } })),
      );
    }
  });

  it("write CommitSig as toBinary does", () => {
    for (const timeNs of times) {
      for (const [address, signature] of [
        [bytes(20), bytes(64)],
        [new Uint8Array(0), new Uint8Array(0)],
      ] as const) {
        expect(commitSigBytes({ validatorAddress: address, timeNs, signature })).toEqual(
          toBinary(
            CommitSigSchema,
            create(CommitSigSchema, {
              blockIdFlag: 2,
              validatorAddress: address,
              timestamp: timestampOf(timeNs),
              signature,
            }),
          ),
        );
      }
    }
  });

  it("write the deterministic part of a tx result as toBinary does", () => {
    const results: TxExecResult[] = [
      { code: 0, codespace: "", log: "", data: new Uint8Array(0), gasWanted: 0n, gasUsed: 0n, events: [] },
      { code: 5, codespace: "sdk", log: "x", data: bytes(40), gasWanted: 200_000n, gasUsed: 81_234n, events: [] },
      { code: 300, codespace: "", log: "", data: bytes(1), gasWanted: (1n << 63n) - 1n, gasUsed: 1n, events: [] },
      {
        code: 0,
        codespace: "",
        log: "",
        data: bytes(3),
        gasWanted: 18_446_744_073_709_551_615n,
        gasUsed: -5n,
        events: [],
      },
    ];
    for (const result of results) {
      expect(deterministicResultBytes(result)).toEqual(
        toBinary(
          ResponseDeliverTxSchema,
          create(ResponseDeliverTxSchema, {
            code: result.code,
            data: result.data,
            gasWanted: BigInt.asIntN(64, result.gasWanted),
            gasUsed: result.gasUsed,
          }),
        ),
      );
    }
  });

  it("hash a header of zero values as the reflective encoding did", () => {
    const utf8 = (text: string) => new TextEncoder().encode(text);
    const hash = hashHeaderFields({
      version: { block: 11n, app: 0n },
      chainId: "",
      height: 0n,
      timeNs: 0n,
      lastBlockId: { hash: new Uint8Array(0), parts: { total: 0, hash: new Uint8Array(0) } },
      lastCommitHash: new Uint8Array(0),
      dataHash: sha256Of(utf8("")),
      validatorsHash: new Uint8Array(0),
      nextValidatorsHash: new Uint8Array(0),
      consensusHash: new Uint8Array(0),
      appHash: new Uint8Array(0),
      lastResultsHash: new Uint8Array(0),
      evidenceHash: new Uint8Array(0),
      proposerAddress: new Uint8Array(0),
    });
    expect(Buffer.from(hash).toString("hex")).toBe(GOLDEN_EMPTY_HEADER);
  });
});

/** The hash the protobuf-es (`create` + `toBinary`) implementation gave this header. */
const GOLDEN_EMPTY_HEADER = "87a03dc2e0f53eef3b5f22b7bfc1837bff525a13b287a83b11d72b1cf3fac3d3";
