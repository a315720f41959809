// SIGN_MODE_DIRECT sign bytes are written by hand: they must be exactly the SignDoc protobuf-es encodes.
import { create, toBinary } from "@bufbuild/protobuf";
import { SignDocSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { describe, expect, it } from "vitest";
import type { DecodedTx } from "./decode-tx.js";
import { directSignBytes } from "./sign-bytes.js";

const bytes = (length: number) => Uint8Array.from({ length }, (_, i) => (i * 7 + 1) & 0xff);

describe("directSignBytes", () => {
  it("writes the SignDoc toBinary writes, empty and large fields included", () => {
    const cases = [
      { body: bytes(150), authInfo: bytes(100), chainId: "persistence-mock-1", accountNumber: 27n },
      { body: new Uint8Array(0), authInfo: new Uint8Array(0), chainId: "", accountNumber: 0n },
      { body: bytes(200_000), authInfo: bytes(1), chainId: "ché-ü", accountNumber: (1n << 64n) - 1n },
      { body: bytes(127), authInfo: bytes(128), chainId: "c", accountNumber: 128n },
    ];
    for (const { body, authInfo, chainId, accountNumber } of cases) {
      const tx = { bodyBytes: body, authInfoBytes: authInfo } as DecodedTx;
      expect(directSignBytes(tx, chainId, accountNumber)).toEqual(
        toBinary(
          SignDocSchema,
          create(SignDocSchema, { bodyBytes: body, authInfoBytes: authInfo, chainId, accountNumber }),
        ),
      );
    }
  });
});
