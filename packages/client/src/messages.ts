// A message travels with its schema, so the client needs no global registry (and bundles only the schemas an app
// uses). The schema also says who must sign it (`cosmos.msg.v1.signer`), which fields are addresses
// (`cosmos_proto.scalar`), and, through its file's Msg service, what the chain answers.
import {
  create,
  type DescField,
  type DescMessage,
  getOption,
  hasOption,
  type Message,
  type MessageInitShape,
  type MessageShape,
  toBinary,
} from "@bufbuild/protobuf";
import type { Any } from "@bufbuild/protobuf/wkt";
import { signer } from "@persistence-sdk/proto/cosmos/msg/v1";
import { scalar } from "@persistence-sdk/proto/cosmos_proto";
import type { ChainConfig } from "./chains.js";
import { ClientError, SignerMismatchError } from "./errors.js";
import { validateAddress } from "./validation.js";

/**
 * A message of a transaction: cosmjs' `EncodeObject` (`typeUrl`, `value`) plus the protobuf-es `schema` that
 * encodes it, signs it in amino JSON and decodes its response.
 */
export interface TxMessage<Desc extends DescMessage = DescMessage> {
  readonly typeUrl: string;
  readonly value: MessageShape<Desc>;
  readonly schema: Desc;
}

/** The type URL of a message schema: "/cosmos.bank.v1beta1.MsgSend". */
export function typeUrlOf(schema: DescMessage): string {
  return `/${schema.typeName}`;
}

/**
 * Builds a {@link TxMessage} from a generated schema and its fields.
 *
 * @example
 * txMessage(MsgSendSchema, { fromAddress, toAddress, amount: [{ denom: "uxprt", amount: "1000" }] })
 */
export function txMessage<Desc extends DescMessage>(schema: Desc, init: MessageInitShape<Desc>): TxMessage<Desc> {
  return Object.freeze({ typeUrl: typeUrlOf(schema), value: create(schema, init), schema });
}

/** The message packed as `google.protobuf.Any`, as TxBody carries it. */
export function messageToAny(message: TxMessage): Any {
  return {
    $typeName: "google.protobuf.Any",
    typeUrl: message.typeUrl,
    value: toBinary(message.schema, message.value as Message),
  };
}

/**
 * The response schema of a message: the output of the method of its file's `Msg` service that takes it
 * (MsgSend → MsgSendResponse). Undefined when the file declares no such service.
 */
export function responseSchemaOf(schema: DescMessage): DescMessage | undefined {
  for (const service of schema.file.services) {
    for (const method of service.methods) {
      if (method.input.typeName === schema.typeName) return method.output;
    }
  }
  return undefined;
}

/** The field names (proto names) that hold the message's signers, from its `cosmos.msg.v1.signer` option. */
export function signerFieldsOf(schema: DescMessage): readonly string[] {
  return hasOption(schema, signer) ? getOption(schema, signer) : [];
}

function fieldByProtoName(schema: DescMessage, name: string): DescField | undefined {
  return schema.fields.find((field) => field.name === name);
}

/**
 * Throws `INVALID_ARGUMENT` unless `message` is a {@link TxMessage} whose type URL matches its schema and whose
 * value is a message of that schema.
 */
export function checkTxMessage(message: TxMessage, field: string): void {
  const ok =
    message !== null &&
    typeof message === "object" &&
    typeof message.schema === "object" &&
    message.schema?.kind === "message" &&
    message.typeUrl === typeUrlOf(message.schema) &&
    (message.value as { $typeName?: string } | undefined)?.$typeName === message.schema.typeName;
  if (!ok) {
    throw new ClientError("INVALID_ARGUMENT", "not a transaction message built by txMessage(schema, fields)", {
      field,
      value: (message as { typeUrl?: unknown } | null)?.typeUrl ?? message,
      fix: "Build messages with txMessage(Schema, fields) or a module package's builders.",
    });
  }
}

/**
 * Checks a message against the chain and the signer before anything is signed: every address field (annotated
 * `cosmos.AddressString` / `cosmos.ValidatorAddressString`) must be a valid bech32 address of this chain, and every
 * signer field must hold `signerAddress` (else `SIGNER_MISMATCH`).
 */
export function checkMessageAddresses(
  message: TxMessage,
  chain: ChainConfig,
  signerAddress: string | undefined,
  field: string,
): void {
  walkAddresses(message.schema, message.value as Message, chain, `${field}.value`, 0);
  if (signerAddress === undefined) return;
  for (const name of signerFieldsOf(message.schema)) {
    const desc = fieldByProtoName(message.schema, name);
    if (desc === undefined || desc.fieldKind !== "scalar") continue;
    const value = (message.value as unknown as Record<string, unknown>)[desc.localName];
    if (typeof value === "string" && value !== signerAddress) {
      throw new SignerMismatchError(`${field}.value.${desc.localName}`, value, signerAddress);
    }
  }
}

const MAX_DEPTH = 16;

function walkAddresses(schema: DescMessage, value: Message, chain: ChainConfig, path: string, depth: number): void {
  if (depth > MAX_DEPTH) return;
  const record = value as unknown as Record<string, unknown>;
  for (const field of schema.fields) {
    const fieldValue = record[field.localName];
    const fieldPath = `${path}.${field.localName}`;
    if (field.fieldKind === "scalar" && hasOption(field, scalar)) {
      checkAddressScalar(getOption(field, scalar), fieldValue, chain, fieldPath);
    } else if (field.fieldKind === "list" && field.listKind === "scalar" && hasOption(field, scalar)) {
      const kind = getOption(field, scalar);
      (fieldValue as unknown[]).forEach((item, i) => {
        checkAddressScalar(kind, item, chain, `${fieldPath}[${i}]`);
      });
    } else if (field.fieldKind === "message" && fieldValue !== undefined) {
      walkAddresses(field.message, fieldValue as Message, chain, fieldPath, depth + 1);
    } else if (field.fieldKind === "list" && field.listKind === "message") {
      (fieldValue as Message[]).forEach((item, i) => {
        walkAddresses(field.message, item, chain, `${fieldPath}[${i}]`, depth + 1);
      });
    }
  }
}

// Modules annotate validator operator fields as plain `cosmos.AddressString` too (alliance; staking and distribution
// on SDK ≤0.47), so a field named for a validator or operator may hold either kind; builders check the exact kind.
const VALIDATOR_FIELD = /validator|operator/i;

function checkAddressScalar(kind: string, value: unknown, chain: ChainConfig, field: string): void {
  if (typeof value !== "string" || value === "") return;
  if (kind === "cosmos.ValidatorAddressString") {
    validateAddress(value, { prefix: chain.bech32, kind: "validator", field });
  } else if (kind === "cosmos.AddressString") {
    const leaf = field.slice(field.lastIndexOf(".") + 1);
    const either = VALIDATOR_FIELD.test(leaf) && value.startsWith(`${chain.bech32.validator}1`);
    validateAddress(value, { prefix: chain.bech32, kind: either ? "validator" : "account", field });
  }
}
