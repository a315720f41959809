// protobuf-es schemas in the shapes cosmjs expects, for apps that also use cosmjs directly (a `Registry` of
// `GeneratedType`s, `AminoTypes` converters) and for this client's amino signing. Built per use from the schemas at
// hand: no global registry, nothing bundled that the app does not send.
import { create, type DescMessage, fromBinary, type Message, type MessageShape, toBinary } from "@bufbuild/protobuf";
import type { AminoMsg } from "@cosmjs/amino";
import type { GeneratedType } from "@cosmjs/proto-signing";
import {
  type AminoObject,
  aminoTypeName,
  fromAminoMsg,
  fromAminoValue,
  toAminoMsg,
  toAminoValue,
} from "@persistence-sdk/proto";
import { ClientError } from "./errors.js";
import { type TxMessage, typeUrlOf } from "./messages.js";

/**
 * A schema as a cosmjs `GeneratedType` (`encode(m).finish()`, `decode(bytes)`, `fromPartial(obj)`), for
 * `new Registry([[typeUrl, generatedType(Schema)]])`.
 */
export function generatedType<Desc extends DescMessage>(schema: Desc): GeneratedType {
  const adapter = {
    encode: (message: MessageShape<Desc> | Record<string, unknown>) => ({
      finish: () => toBinary(schema, create(schema, message as MessageShape<Desc>)),
    }),
    decode: (input: Uint8Array) => fromBinary(schema, input),
    fromPartial: (object: Record<string, unknown>) => create(schema, object as MessageShape<Desc>),
  };
  // cosmjs only calls encode(...).finish(), decode and fromPartial; its types name protobufjs' writer classes.
  return adapter as unknown as GeneratedType;
}

/** `[typeUrl, GeneratedType]` pairs for `new Registry(registryTypes([MsgSendSchema, ...]))`. */
export function registryTypes(schemas: readonly DescMessage[]): [string, GeneratedType][] {
  return schemas.map((schema) => [typeUrlOf(schema), generatedType(schema)]);
}

/** A cosmjs `AminoConverter` (the shape of @cosmjs/stargate's, without importing it). */
export interface AminoConverter {
  readonly aminoType: string;
  readonly toAmino: (value: unknown) => AminoObject;
  readonly fromAmino: (value: AminoObject) => Message;
}

/**
 * The amino JSON converter of a message schema, from the proto package's descriptor-driven codec (the same codec
 * the chain's x/tx aminojson mirrors). Throws `AMINO_UNSUPPORTED_MESSAGE` for messages without an amino name.
 */
export function aminoConverter<Desc extends DescMessage>(schema: Desc): AminoConverter {
  const aminoType = aminoTypeName(schema);
  if (aminoType === undefined) {
    throw new ClientError(
      "AMINO_UNSUPPORTED_MESSAGE",
      "this message has no amino name, so amino-only signers (Ledger) cannot sign it",
      {
        field: schema.typeName,
        value: typeUrlOf(schema),
        fix: "Sign with a direct signer (Keplr, DirectSecp256k1HdWallet) instead.",
      },
    );
  }
  return {
    aminoType,
    toAmino: (value) => toAminoValue(schema, create(schema, value as MessageShape<Desc>)),
    fromAmino: (value) => fromAminoValue(schema, value),
  };
}

/** Converters keyed by type URL, for `new AminoTypes(aminoConverters([...]))` in cosmjs. */
export function aminoConverters(schemas: readonly DescMessage[]): Record<string, AminoConverter> {
  return Object.fromEntries(schemas.map((schema) => [typeUrlOf(schema), aminoConverter(schema)]));
}

/** The amino JSON (`{ type, value }`) of a transaction message, as a StdSignDoc lists it. */
export function toAmino(message: TxMessage): AminoMsg {
  return toAminoMsg(message.schema, message.value as Message);
}

/**
 * Decodes amino JSON back into a transaction message of one of `schemas` (matched by amino type), for rebuilding
 * the body a wallet actually signed.
 */
export function fromAmino(msg: AminoMsg, schemas: readonly DescMessage[]): TxMessage {
  const schema = schemas.find((candidate) => aminoTypeName(candidate) === msg.type);
  if (schema === undefined) {
    throw new ClientError(
      "AMINO_UNKNOWN_TYPE",
      "the wallet returned a message of a type this transaction does not have",
      {
        field: "signed.msgs",
        value: msg.type,
        fix: "The wallet changed the messages; sign again and approve the transaction as built.",
      },
    );
  }
  const value = fromAminoMsg(schema, { type: msg.type, value: msg.value as AminoObject });
  return { typeUrl: typeUrlOf(schema), value, schema };
}
