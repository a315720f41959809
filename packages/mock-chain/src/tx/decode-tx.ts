import { type DescMessage, fromBinary, type Message } from "@bufbuild/protobuf";
import {
  type AuthInfo,
  AuthInfoSchema,
  type TxBody,
  TxBodySchema,
  TxRawSchema,
} from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import type { MsgRoute } from "../app/application.js";
import type { ChainError } from "../app/module.js";
import { sdkError } from "../app/sdk-errors.js";
import { signerFieldNames, signersFromOption } from "../app/signers.js";
import type { AddressCodec } from "../modules/auth/address-codec.js";
import { type Coin, coinsFromProto } from "../modules/bank/coins.js";

/** One message of a tx, decoded and routed. */
export interface DecodedMsg {
  readonly typeUrl: string;
  readonly schema: DescMessage;
  readonly message: Message;
  /** Undefined when the type is known but no module handles it (baseapp answers "no message handler found"). */
  readonly route: MsgRoute | undefined;
  /** The message's signers, from its `cosmos.msg.v1.signer` option. */
  readonly signers: readonly string[];
}

/** A transaction as the ante handler and runTx see it. */
export interface DecodedTx {
  readonly bytes: Uint8Array;
  readonly bodyBytes: Uint8Array;
  readonly authInfoBytes: Uint8Array;
  readonly signatures: readonly Uint8Array[];
  readonly body: TxBody;
  readonly authInfo: AuthInfo;
  readonly msgs: readonly DecodedMsg[];
  /** Every required signer, deduplicated in message order, then the fee payer if it is not among them. */
  readonly signers: readonly string[];
  readonly fee: readonly Coin[];
  readonly gasLimit: bigint;
}

/** What decoding needs from the application: the route of a type URL. */
export type RouteLookup = (typeUrl: string) => MsgRoute | undefined;

function parseError(detail: string): ChainError {
  return sdkError(2, detail);
}

function decodePart<Desc extends DescMessage>(schema: Desc, bytes: Uint8Array) {
  let message: ReturnType<typeof fromBinary<Desc>>;
  try {
    message = fromBinary(schema, bytes);
  } catch (error) {
    throw parseError((error as Error).message);
  }
  // x/tx's decoder rejects unknown fields (in the body only those below 1024, the "critical" ones).
  const unknown = (message as { $unknown?: { no: number }[] }).$unknown ?? [];
  const critical = schema.typeName === TxBodySchema.typeName ? unknown.filter((field) => field.no < 1024) : unknown;
  if (critical.length > 0) {
    throw parseError(`errUnknownField "${schema.typeName}": {TagNum: ${critical[0]!.no}}`);
  }
  return message;
}

/** Whether `address` is valid, answered from the codec's cache of decoded addresses when it is there. */
function isKnownAddress(addresses: AddressCodec, address: string): boolean {
  try {
    addresses.key(address);
    return true;
  } catch {
    return false;
  }
}

/**
 * Decodes TxRaw bytes like the SDK's tx decoder: TxRaw, then the body and auth info from their exact bytes (signatures
 * cover those bytes, so they are kept), then each message Any by its type URL, then each message's signers. Any
 * failure is sdk 2 "tx parse error".
 */
export function decodeTx(bytes: Uint8Array, routes: RouteLookup, addresses: AddressCodec): DecodedTx {
  const raw = decodePart(TxRawSchema, bytes);
  const body = decodePart(TxBodySchema, raw.bodyBytes);
  const authInfo = decodePart(AuthInfoSchema, raw.authInfoBytes);

  const msgs = body.messages.map((any): DecodedMsg => {
    const typeName = any.typeUrl.slice(any.typeUrl.lastIndexOf("/") + 1);
    const schema = protoRegistry.getMessage(typeName);
    if (schema === undefined || !any.typeUrl.startsWith("/")) {
      throw parseError(`unable to resolve type URL ${any.typeUrl}`);
    }
    const message = decodePart(schema, any.value) as Message;
    const route = routes(any.typeUrl);
    let signers: string[];
    try {
      signers =
        signerFieldNames(schema) !== undefined || route === undefined
          ? signersFromOption(schema, message)
          : [...route.handler.signers(message as never)];
    } catch (error) {
      throw parseError((error as Error).message);
    }
    for (const signer of signers) {
      if (isKnownAddress(addresses, signer)) continue;
      const decoded = addresses.decode(signer);
      if (typeof decoded === "string") throw parseError(decoded);
    }
    return { typeUrl: any.typeUrl, schema, message, route, signers };
  });

  const signers: string[] = [];
  for (const msg of msgs) for (const signer of msg.signers) if (!signers.includes(signer)) signers.push(signer);
  const payer = authInfo.fee?.payer ?? "";
  if (payer !== "" && !signers.includes(payer)) signers.push(payer);

  let fee: Coin[];
  try {
    fee = coinsFromProto(authInfo.fee?.amount ?? []);
  } catch (error) {
    throw parseError((error as Error).message);
  }

  return {
    bytes,
    bodyBytes: raw.bodyBytes,
    authInfoBytes: raw.authInfoBytes,
    signatures: raw.signatures,
    body,
    authInfo,
    msgs,
    signers,
    fee,
    gasLimit: authInfo.fee?.gasLimit ?? 0n,
  };
}
