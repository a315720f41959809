// Test support for the pSTAKE modules: unmodified cosmjs clients (SigningStargateClient in SIGN_MODE_DIRECT and
// SIGN_MODE_LEGACY_AMINO_JSON, QueryClient.queryAbci) with the proto package's schemas wrapped as cosmjs
// GeneratedTypes and AminoTypes built from the proto package's amino codec. Only tests import it.
import {
  create,
  type DescMessage,
  type DescMethodUnary,
  fromBinary,
  type MessageInitShape,
  type MessageShape,
  toBinary,
} from "@bufbuild/protobuf";
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { fromHex } from "@cosmjs/encoding";
import { DirectSecp256k1HdWallet, type EncodeObject, type GeneratedType, Registry } from "@cosmjs/proto-signing";
import {
  AminoTypes,
  createDefaultAminoConverters,
  type DeliverTxResponse,
  defaultRegistryTypes,
  QueryClient,
  SigningStargateClient,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { aminoTypeName, fromAminoValue, toAminoMsg } from "@persistence-sdk/proto";
import * as liquidstake from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import * as liquidstakeibc from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { DEVNET } from "../../genesis/devnet.js";
import type { MockChain } from "../../node/chain.js";

/** The Msg schemas of both pSTAKE modules. */
const MSG_SCHEMAS: readonly DescMessage[] = [
  liquidstake.MsgLiquidStakeSchema,
  liquidstake.MsgLiquidUnstakeSchema,
  liquidstake.MsgStakeToLPSchema,
  liquidstake.MsgUpdateParamsSchema,
  liquidstake.MsgUpdateWhitelistedValidatorsSchema,
  liquidstake.MsgSetModulePausedSchema,
  liquidstakeibc.MsgRegisterHostChainSchema,
  liquidstakeibc.MsgUpdateHostChainSchema,
  liquidstakeibc.MsgLiquidStakeSchema,
  liquidstakeibc.MsgLiquidStakeLSMSchema,
  liquidstakeibc.MsgLiquidUnstakeSchema,
  liquidstakeibc.MsgRedeemSchema,
  liquidstakeibc.MsgUpdateParamsSchema,
];

/** A protobuf-es schema as a cosmjs GeneratedType. */
function generatedType(schema: DescMessage): GeneratedType {
  return {
    encode: (message: object) => ({ finish: () => toBinary(schema, create(schema, message as never)) }),
    decode: (bytes: Uint8Array) => fromBinary(schema, bytes),
    fromPartial: (object: object) => create(schema, object as never),
  } as unknown as GeneratedType;
}

export const pstakeRegistry = new Registry([
  ...defaultRegistryTypes,
  ...MSG_SCHEMAS.map((schema) => [`/${schema.typeName}`, generatedType(schema)] as [string, GeneratedType]),
]);

export const pstakeAminoTypes = new AminoTypes({
  ...createDefaultAminoConverters(),
  ...Object.fromEntries(
    MSG_SCHEMAS.map((schema) => [
      `/${schema.typeName}`,
      {
        aminoType: aminoTypeName(schema)!,
        toAmino: (value: object) => toAminoMsg(schema, create(schema, value as never)).value,
        fromAmino: (json: object) => fromAminoValue(schema, json as never),
      },
    ]),
  ),
});

/** A generous fixed fee: the pSTAKE messages touch many store entries. */
export const FEE = { amount: [{ denom: "uxprt", amount: "100000" }], gas: "4000000" };

export interface PstakeSigner {
  readonly address: string;
  readonly client: SigningStargateClient;
  /** Signs and broadcasts `messages` (typeUrl + protobuf-es init value). */
  send(messages: readonly EncodeObject[], memo?: string): Promise<DeliverTxResponse>;
}

/** A signing client for devnet account `index` (10 = the authority) in the given sign mode. */
export async function pstakeSigner(rpcUrl: string, index: number, mode: "direct" | "amino"): Promise<PstakeSigner> {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  const wallet =
    mode === "direct"
      ? await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
      : await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
  const [account] = await wallet.getAccounts();
  const client = await SigningStargateClient.connectWithSigner(rpcUrl, wallet, {
    registry: pstakeRegistry,
    aminoTypes: pstakeAminoTypes,
    broadcastPollIntervalMs: 10,
  });
  const address = account!.address;
  return {
    address,
    client,
    send: (messages, memo = "") => client.signAndBroadcast(address, [...messages], FEE, memo),
  };
}

/** An EncodeObject for a protobuf-es schema and init value. */
export function msg<Desc extends DescMessage>(schema: Desc, value: MessageInitShape<Desc>): EncodeObject {
  return { typeUrl: `/${schema.typeName}`, value: create(schema, value) };
}

/** A query through cosmjs' QueryClient (abci_query on the gRPC path), decoded with protobuf-es. */
export class AbciQuerier {
  private constructor(private readonly client: QueryClient) {}

  static async connect(rpcUrl: string): Promise<AbciQuerier> {
    return new AbciQuerier(new QueryClient(await Comet38Client.connect(rpcUrl)));
  }

  async query<I extends DescMessage, O extends DescMessage>(
    method: DescMethodUnary<I, O>,
    request: MessageInitShape<I>,
  ): Promise<MessageShape<O>> {
    const path = `/${method.parent.typeName}/${method.name}`;
    const response = await this.client.queryAbci(path, toBinary(method.input, create(method.input, request)));
    return fromBinary(method.output, response.value);
  }
}

/** The attributes of the first event of `type` in a tx result, as a record. */
export function eventOf(result: DeliverTxResponse, type: string): Record<string, string> | undefined {
  const event = result.events.find((e) => e.type === type);
  return event && Object.fromEntries(event.attributes.map((a) => [a.key, a.value]));
}

/** Every event of `type` in a tx result. */
export function eventsOf(result: DeliverTxResponse, type: string): Record<string, string>[] {
  return result.events
    .filter((e) => e.type === type)
    .map((e) => Object.fromEntries(e.attributes.map((a) => [a.key, a.value])));
}

/** The codespace of a delivered tx (cosmjs' DeliverTxResponse has none), read from the chain's tx index. */
export function codespaceOf(chain: MockChain, result: DeliverTxResponse): string | undefined {
  return chain.tx(fromHex(result.transactionHash))?.result.codespace;
}

/** JSON with bigints as strings: for comparing query results before and after a failed tx. */
export function snapshotJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? v.toString() : v));
}
