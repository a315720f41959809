// The bytes of a transaction, built with the proto package's schemas (no cosmjs-types): TxBody, AuthInfo, TxRaw,
// and the way back from what a node returns to a typed result.
import { create, type DescMessage, fromBinary, type Message, type MessageShape, toBinary } from "@bufbuild/protobuf";
import type { Any } from "@bufbuild/protobuf/wkt";
import { sha256 } from "@cosmjs/crypto";
import { toHex } from "@cosmjs/encoding";
import type { Coin } from "@persistence-sdk/core";
import { TxMsgDataSchema } from "@persistence-sdk/proto/cosmos/base/abci/v1beta1";
import { PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/secp256k1";
import type { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import { AuthInfoSchema, TxBodySchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { ClientError, InvalidResponseError, txError } from "./errors.js";
import { eventsOf, type TxEvent } from "./events.js";
import { messageToAny, responseSchemaOf, type TxMessage } from "./messages.js";
import type { CometIndexedTx } from "./transport.js";

/** The fee a transaction carries: amount paid and gas limit (plus an optional fee payer or fee granter). */
export interface TxFee {
  readonly amount: readonly Coin[];
  readonly gas: bigint;
  readonly payer?: string;
  readonly granter?: string;
}

/** A message response of an included transaction, decoded when its schema is known. */
export interface MsgResponse {
  readonly typeUrl: string;
  readonly value: Uint8Array;
  /** The decoded response (e.g. MsgDelegateResponse), when the message's schema was at hand. */
  readonly message: Message | undefined;
}

/** A transaction included in a block and successful. */
export interface TxResult {
  /** Upper-case hex SHA-256 of the tx bytes, as explorers show it. */
  readonly hash: string;
  readonly height: number;
  /** Position in the block. */
  readonly index: number;
  readonly gasWanted: bigint;
  readonly gasUsed: bigint;
  /** The simulation's figure the gas limit was derived from (only for `fee: "auto"`). */
  readonly simulatedGas: bigint | undefined;
  /** The fee as included (a wallet may have changed it while signing). */
  readonly fee: TxFee;
  readonly memo: string;
  readonly events: readonly TxEvent[];
  /** One per message, in order. */
  readonly msgResponses: readonly MsgResponse[];
}

/** The `Any` of a secp256k1 public key (`/cosmos.crypto.secp256k1.PubKey`). */
export function secp256k1PubKeyAny(key: Uint8Array): Any {
  return {
    $typeName: "google.protobuf.Any",
    typeUrl: "/cosmos.crypto.secp256k1.PubKey",
    value: toBinary(PubKeySchema, create(PubKeySchema, { key })),
  };
}

/** The protobuf bytes of a TxBody. */
export function encodeTxBody(messages: readonly TxMessage[], memo: string, timeoutHeight: bigint): Uint8Array {
  return toBinary(TxBodySchema, create(TxBodySchema, { messages: messages.map(messageToAny), memo, timeoutHeight }));
}

/** The protobuf bytes of an AuthInfo with one signer. */
export function encodeAuthInfo(info: {
  readonly pubKey: Any;
  readonly sequence: bigint;
  readonly mode: SignMode;
  readonly fee: TxFee;
}): Uint8Array {
  return toBinary(
    AuthInfoSchema,
    create(AuthInfoSchema, {
      signerInfos: [
        {
          publicKey: info.pubKey,
          modeInfo: { sum: { case: "single", value: { mode: info.mode } } },
          sequence: info.sequence,
        },
      ],
      fee: {
        amount: info.fee.amount.map((coin) => ({ denom: coin.denom, amount: coin.amount.toString() })),
        gasLimit: info.fee.gas,
        payer: info.fee.payer ?? "",
        granter: info.fee.granter ?? "",
      },
    }),
  );
}

/** The protobuf bytes of a TxRaw: what is broadcast, and what the hash is of. */
export function encodeTxRaw(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, signatures: Uint8Array[]): Uint8Array {
  return toBinary(TxRawSchema, create(TxRawSchema, { bodyBytes, authInfoBytes, signatures }));
}

/** The hash of tx bytes as CometBFT and explorers show it: upper-case hex SHA-256. */
export function txHash(txBytes: Uint8Array): string {
  return toHex(sha256(txBytes)).toUpperCase();
}

/** Response schemas by response type URL, from the messages' schemas (their files' Msg services). */
export function responseSchemas(schemas: readonly DescMessage[]): Map<string, DescMessage> {
  const byUrl = new Map<string, DescMessage>();
  for (const schema of schemas) {
    const response = responseSchemaOf(schema);
    if (response !== undefined) byUrl.set(`/${response.typeName}`, response);
  }
  return byUrl;
}

function decodeMsgResponses(data: Uint8Array | undefined, schemas: Map<string, DescMessage>): MsgResponse[] {
  if (data === undefined || data.length === 0) return [];
  const msgData = fromBinary(TxMsgDataSchema, data);
  // SDK ≥0.46 fills msg_responses; older chains fill the deprecated `data` list (type, bytes).
  const raw =
    msgData.msgResponses.length > 0
      ? msgData.msgResponses.map((any) => ({ typeUrl: any.typeUrl, value: any.value }))
      : msgData.data.map((d) => ({ typeUrl: d.msgType, value: d.data }));
  return raw.map(({ typeUrl, value }) => {
    const schema = schemas.get(typeUrl);
    let message: Message | undefined;
    if (schema !== undefined) {
      try {
        message = fromBinary(schema, value);
      } catch {
        message = undefined;
      }
    }
    return Object.freeze({ typeUrl, value, message });
  });
}

function feeAndMemoOf(txBytes: Uint8Array): { fee: TxFee; memo: string } {
  const raw = fromBinary(TxRawSchema, txBytes);
  const authInfo = fromBinary(AuthInfoSchema, raw.authInfoBytes);
  const body = fromBinary(TxBodySchema, raw.bodyBytes);
  const fee = authInfo.fee;
  return {
    fee: {
      amount: (fee?.amount ?? []).map((coin) => ({ denom: coin.denom, amount: BigInt(coin.amount) })),
      gas: fee?.gasLimit ?? 0n,
      ...(fee?.payer ? { payer: fee.payer } : {}),
      ...(fee?.granter ? { granter: fee.granter } : {}),
    },
    memo: body.memo,
  };
}

/**
 * The typed result of an indexed transaction: throws the typed DeliverTx error (`TxFailedError` or a subclass)
 * when its code is not 0, else decodes events, message responses (with `schemas`), fee and memo.
 */
export function txResultOf(
  indexed: CometIndexedTx,
  schemas: readonly DescMessage[],
  simulatedGas: bigint | undefined,
): TxResult {
  const hash = toHex(indexed.hash).toUpperCase();
  const result = indexed.result;
  if (result.code !== 0) {
    throw txError({
      phase: "deliverTx",
      codespace: result.codespace ?? "",
      code: result.code,
      log: result.log ?? "",
      hash,
      height: indexed.height,
      gasWanted: result.gasWanted,
      gasUsed: result.gasUsed,
      ...(simulatedGas === undefined ? {} : { simulatedGas }),
    });
  }
  try {
    const { fee, memo } = feeAndMemoOf(indexed.tx);
    return Object.freeze({
      hash,
      height: indexed.height,
      index: indexed.index ?? 0,
      gasWanted: result.gasWanted,
      gasUsed: result.gasUsed,
      simulatedGas,
      fee,
      memo,
      events: eventsOf(result.events),
      msgResponses: decodeMsgResponses(result.data, responseSchemas(schemas)),
    });
  } catch (error) {
    throw new InvalidResponseError(`the transaction ${hash}`, hash, error);
  }
}

/**
 * The response of message `index` of a result, decoded with `schema` (e.g. `MsgDelegateResponseSchema`). Throws
 * `INVALID_RESPONSE` when the transaction has no such response or it is of another type.
 */
export function msgResponseOf<Desc extends DescMessage>(result: TxResult, schema: Desc, index = 0): MessageShape<Desc> {
  const response = result.msgResponses[index];
  if (response === undefined || response.typeUrl !== `/${schema.typeName}`) {
    throw new ClientError("INVALID_RESPONSE", `message ${index} has no ${schema.typeName} response`, {
      field: `msgResponses[${index}]`,
      value: response?.typeUrl,
      fix: "Pass the response schema of the message at this index.",
    });
  }
  return fromBinary(schema, response.value);
}
