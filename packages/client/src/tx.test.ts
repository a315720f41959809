import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { fromHex, toHex } from "@cosmjs/encoding";
import { MsgSendResponseSchema, MsgSendSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { TxMsgDataSchema } from "@persistence-sdk/proto/cosmos/base/abci/v1beta1";
import { PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/secp256k1";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import { AuthInfoSchema, TxBodySchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { describe, expect, it } from "vitest";
import { InsufficientFundsError } from "./errors.js";
import { txMessage } from "./messages.js";
import { stdSignDocOf } from "./signing.js";
import { indexedTx, okResult } from "./testing.test-support.js";
import {
  encodeAuthInfo,
  encodeTxBody,
  encodeTxRaw,
  msgResponseOf,
  secp256k1PubKeyAny,
  txHash,
  txResultOf,
} from "./tx.js";

const A = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";
const B = "persistence1erxf3sa9q2j4vgseu7jq4a258ckmk7cypjucfx";
const PUBKEY = new Uint8Array(33).fill(2);
const message = txMessage(MsgSendSchema, { fromAddress: A, toAddress: B, amount: [{ denom: "uxprt", amount: "9" }] });
const fee = { amount: [{ denom: "uxprt", amount: 500n }], gas: 100_000n };

function sampleTx(): Uint8Array {
  const body = encodeTxBody([message], "memo", 77n);
  const authInfo = encodeAuthInfo({ pubKey: secp256k1PubKeyAny(PUBKEY), sequence: 3n, mode: SignMode.DIRECT, fee });
  return encodeTxRaw(body, authInfo, [new Uint8Array(64).fill(1)]);
}

describe("encoding", () => {
  it("builds TxBody, AuthInfo and TxRaw with the proto schemas", () => {
    const raw = fromBinary(TxRawSchema, sampleTx());
    const body = fromBinary(TxBodySchema, raw.bodyBytes);
    expect(body.memo).toBe("memo");
    expect(body.timeoutHeight).toBe(77n);
    expect(body.messages[0]?.typeUrl).toBe("/cosmos.bank.v1beta1.MsgSend");
    expect(fromBinary(MsgSendSchema, body.messages[0]!.value).toAddress).toBe(B);
    const authInfo = fromBinary(AuthInfoSchema, raw.authInfoBytes);
    expect(authInfo.fee).toMatchObject({
      gasLimit: 100_000n,
      amount: [{ denom: "uxprt", amount: "500" }],
      payer: "",
      granter: "",
    });
    const signer = authInfo.signerInfos[0]!;
    expect(signer.sequence).toBe(3n);
    expect(signer.publicKey?.typeUrl).toBe("/cosmos.crypto.secp256k1.PubKey");
    expect(fromBinary(PubKeySchema, signer.publicKey!.value).key).toEqual(PUBKEY);
    expect(signer.modeInfo?.sum).toMatchObject({ case: "single", value: { mode: SignMode.DIRECT } });
    expect(raw.signatures).toHaveLength(1);
  });

  it("hashes like CometBFT: upper-case hex SHA-256 of the TxRaw bytes", () => {
    expect(txHash(new TextEncoder().encode("abc"))).toBe(
      "BA7816BF8F01CFEA414140DE5DAE2223B00361A396177A9CB410FF61F20015AD",
    );
  });

  it("stdSignDocOf writes amino's StdSignDoc: strings for numbers, timeout height only when set", () => {
    const tx = {
      messages: [message],
      memo: "m",
      timeoutHeight: 0n,
      fee,
      chainId: "core-1",
      accountNumber: 5n,
      sequence: 6n,
    };
    const doc = stdSignDocOf(tx, []);
    expect(doc).toEqual({
      chain_id: "core-1",
      account_number: "5",
      sequence: "6",
      fee: { amount: [{ denom: "uxprt", amount: "500" }], gas: "100000" },
      msgs: [],
      memo: "m",
    });
    expect(stdSignDocOf({ ...tx, timeoutHeight: 9n, fee: { ...fee, granter: A } }, []).timeout_height).toBe("9");
    expect(stdSignDocOf({ ...tx, fee: { ...fee, granter: A } }, []).fee.granter).toBe(A);
  });
});

describe("txResultOf", () => {
  const bytes = sampleTx();
  const hash = fromHex(txHash(bytes));
  const data = toBinary(
    TxMsgDataSchema,
    create(TxMsgDataSchema, {
      msgResponses: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSendResponse", value: new Uint8Array() }],
    }),
  );

  it("decodes a success: fee and memo from the tx, events, responses with the messages' schemas", () => {
    const result = txResultOf(
      indexedTx(
        bytes,
        hash,
        okResult({
          data,
          gasWanted: 100n,
          gasUsed: 90n,
          events: [{ type: "t", attributes: [{ key: "k", value: "v" }] }],
        }),
      ),
      [MsgSendSchema],
      80n,
    );
    expect(result).toMatchObject({
      hash: toHex(hash).toUpperCase(),
      height: 7,
      gasWanted: 100n,
      gasUsed: 90n,
      simulatedGas: 80n,
      memo: "memo",
      fee: { amount: [{ denom: "uxprt", amount: 500n }], gas: 100_000n },
      events: [{ type: "t", attributes: { k: "v" } }],
    });
    expect(result.msgResponses[0]?.message?.$typeName).toBe("cosmos.bank.v1beta1.MsgSendResponse");
    expect(msgResponseOf(result, MsgSendResponseSchema).$typeName).toBe("cosmos.bank.v1beta1.MsgSendResponse");
    expect(() => msgResponseOf(result, MsgSendSchema)).toThrow(expect.objectContaining({ code: "INVALID_RESPONSE" }));
    expect(() => msgResponseOf(result, MsgSendResponseSchema, 1)).toThrow();
  });

  it("leaves responses undecoded without their schema", () => {
    const result = txResultOf(indexedTx(bytes, hash, okResult({ data })), [], undefined);
    expect(result.msgResponses[0]).toMatchObject({
      typeUrl: "/cosmos.bank.v1beta1.MsgSendResponse",
      message: undefined,
    });
  });

  it("reads pre-0.46 chains' TxMsgData.data", () => {
    const legacy = toBinary(
      TxMsgDataSchema,
      create(TxMsgDataSchema, { data: [{ msgType: "/cosmos.bank.v1beta1.MsgSendResponse", data: new Uint8Array() }] }),
    );
    const result = txResultOf(indexedTx(bytes, hash, okResult({ data: legacy })), [MsgSendSchema], undefined);
    expect(result.msgResponses[0]?.message?.$typeName).toBe("cosmos.bank.v1beta1.MsgSendResponse");
  });

  it("a DeliverTx failure throws its typed error with hash and height", () => {
    const failed = indexedTx(
      bytes,
      hash,
      okResult({ code: 5, codespace: "sdk", log: "x: insufficient funds", gasWanted: 10n, gasUsed: 9n }),
      12,
    );
    expect(() => txResultOf(failed, [], undefined)).toThrow(InsufficientFundsError);
    try {
      txResultOf(failed, [], undefined);
    } catch (error) {
      expect(error).toMatchObject({ phase: "deliverTx", height: 12, hash: toHex(hash).toUpperCase(), included: true });
    }
  });
});
