// Test support for the basket vault's integration tests: unmodified cosmjs clients (SigningStargateClient over real
// HTTP, DirectSecp256k1HdWallet or Secp256k1HdWallet) with the proto package's basket vault types in a cosmjs
// Registry and AminoTypes built from its amino codec; gRPC queries through cosmjs' QueryClient; and the §10
// invariants, checked after every operation. Only tests import it.
import {
  create,
  type DescMessage,
  fromBinary,
  type MessageInitShape,
  type MessageShape,
  toBinary,
} from "@bufbuild/protobuf";
import type { GenService, GenServiceMethods } from "@bufbuild/protobuf/codegenv2";
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type EncodeObject, type GeneratedType, Registry } from "@cosmjs/proto-signing";
import {
  AminoTypes,
  createDefaultAminoConverters,
  type DeliverTxResponse,
  defaultRegistryTypes,
  QueryClient,
  SigningStargateClient,
  type StdFee,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import { Dec } from "@persistence-sdk/core";
import { aminoTypeName, fromAminoMsg, toAminoMsg } from "@persistence-sdk/proto";
import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import * as bv from "@persistence-sdk/proto/persistence/basketvault/v1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { expect } from "vitest";
import { DEVNET } from "../../genesis/devnet.js";
import type { RunningMockChain } from "../../server/start.js";
import { basketVaultGenesisState, requiredModuleBalances } from "./genesis.js";
import { BASKETVAULT_MODULE } from "./keeper.js";

const MSG_SCHEMAS: readonly DescMessage[] = [
  bv.MsgDepositSchema,
  bv.MsgRequestRedeemSchema,
  bv.MsgCancelRedeemSchema,
  bv.MsgCutBatchSchema,
  bv.MsgClaimSchema,
  bv.MsgInstantRedeemSchema,
  bv.MsgPostRatesSchema,
  bv.MsgResolveRateSchema,
  bv.MsgSyncHoldingsSchema,
  bv.MsgHarvestSchema,
  bv.MsgClaimRewardsSchema,
  bv.MsgPostMetricsSchema,
  bv.MsgCreateBasketSchema,
  bv.MsgUpdateBasketSchema,
  bv.MsgPauseSchema,
  bv.MsgUnpauseSchema,
  bv.MsgUpdateParamsSchema,
];

/** A protobuf-es schema as a cosmjs GeneratedType. */
function generatedType(schema: DescMessage): GeneratedType {
  return {
    encode: (message: object) => ({ finish: () => toBinary(schema, create(schema, message as never)) }),
    decode: (bytes: Uint8Array) => fromBinary(schema, bytes),
    fromPartial: (object: object) => create(schema, object as never),
  } as unknown as GeneratedType;
}

export const registry = new Registry([
  ...defaultRegistryTypes,
  ...MSG_SCHEMAS.map((schema) => [`/${schema.typeName}`, generatedType(schema)] as [string, GeneratedType]),
]);

export const aminoTypes = new AminoTypes({
  ...createDefaultAminoConverters(),
  ...Object.fromEntries(
    MSG_SCHEMAS.map((schema) => {
      const type = aminoTypeName(schema)!;
      return [
        `/${schema.typeName}`,
        {
          aminoType: type,
          toAmino: (value: object) =>
            toAminoMsg(schema, create(schema, value as never), { registry: protoRegistry }).value,
          fromAmino: (value: object) =>
            fromAminoMsg(schema, { type, value: value as never }, { registry: protoRegistry }),
        },
      ];
    }),
  ),
});

export const FEE: StdFee = { amount: [{ denom: "uxprt", amount: "10000" }], gas: "50000000" };

/** A signing client for devnet key `index` (accounts 0..9, 10 = authority), in either sign mode. */
export async function signer(
  chain: RunningMockChain,
  index: number,
  mode: "direct" | "amino" = "direct",
): Promise<{ address: string; client: SigningStargateClient }> {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  const wallet =
    mode === "direct"
      ? await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
      : await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
  const [account] = await wallet.getAccounts();
  const client = await SigningStargateClient.connectWithSigner(chain.rpcUrl, wallet, {
    registry,
    aminoTypes,
    broadcastPollIntervalMs: 20,
  });
  return { address: account!.address, client };
}

/** An EncodeObject of a basket vault Msg. */
export function msg<Desc extends DescMessage>(schema: Desc, value: MessageInitShape<Desc>): EncodeObject {
  return { typeUrl: `/${schema.typeName}`, value: create(schema, value) };
}

/** Signs and broadcasts one message; returns the result (code 0 or not). */
export async function send(
  client: SigningStargateClient,
  address: string,
  message: EncodeObject,
): Promise<DeliverTxResponse> {
  return client.signAndBroadcast(address, [message], FEE);
}

/** Sends and expects success; decodes the message's response. */
export async function ok<Res extends DescMessage>(
  client: SigningStargateClient,
  address: string,
  message: EncodeObject,
  response: Res,
): Promise<{ response: MessageShape<Res>; result: DeliverTxResponse }> {
  const result = await send(client, address, message);
  if (result.code !== 0) throw new Error(`tx failed: code ${result.code}: ${result.rawLog}`);
  const any = result.msgResponses[0]!;
  expect(any.typeUrl).toBe(`/${response.typeName}`);
  return { response: fromBinary(response, any.value), result };
}

/** The attributes of the first event of `type` (typed events: JSON-decoded values). */
export function typedEvent(result: DeliverTxResponse, type: string): Record<string, unknown> | undefined {
  const event = result.events.find((e) => e.type === type);
  if (event === undefined) return undefined;
  return Object.fromEntries(
    event.attributes.filter((a) => a.key !== "msg_index").map((a) => [a.key, JSON.parse(a.value)]),
  );
}

export function typedEvents(result: DeliverTxResponse, type: string): Record<string, unknown>[] {
  return result.events
    .filter((e) => e.type === type)
    .map((event) =>
      Object.fromEntries(
        event.attributes.filter((a) => a.key !== "msg_index").map((a) => [a.key, JSON.parse(a.value)]),
      ),
    );
}

/** The typed events of `type` the blocks from `fromHeight` to the latest emitted outside txs (begin and end block). */
export async function blockEvents(chain: RunningMockChain, fromHeight: number, type: string) {
  const comet = await Comet38Client.connect(chain.rpcUrl);
  try {
    const latest = (await comet.status()).syncInfo.latestBlockHeight;
    const out: Record<string, unknown>[] = [];
    for (let height = fromHeight; height <= latest; height++) {
      const results = await comet.blockResults(height);
      for (const event of results.finalizeBlockEvents) {
        if (event.type !== type) continue;
        out.push(
          Object.fromEntries(event.attributes.filter((a) => a.key !== "mode").map((a) => [a.key, JSON.parse(a.value)])),
        );
      }
    }
    return out;
  } finally {
    comet.disconnect();
  }
}

export function latestHeight(chain: RunningMockChain): number {
  return Number(chain.chain.abciInfo().lastBlockHeight);
}

/** gRPC queries through cosmjs' QueryClient (abci_query over the RPC URL). */
export async function queryClient(chain: RunningMockChain) {
  const comet = await Comet38Client.connect(chain.rpcUrl);
  const client = new QueryClient(comet);
  return {
    async call<Methods extends GenServiceMethods, K extends keyof Methods & string>(
      service: GenService<Methods>,
      method: K,
      request: MessageInitShape<Methods[K]["input"]>,
    ): Promise<MessageShape<Methods[K]["output"]>> {
      const desc = service.method[method as never] as unknown as {
        input: DescMessage;
        output: DescMessage;
        name: string;
      };
      const bytes = toBinary(desc.input, create(desc.input, request as never));
      const response = await client.queryAbci(`/${service.typeName}/${desc.name}`, bytes);
      return fromBinary(desc.output, response.value) as MessageShape<Methods[K]["output"]>;
    },
    /** The failure of a query as cosmjs reports it (the error message carries code and log). */
    async fail<Methods extends GenServiceMethods, K extends keyof Methods & string>(
      service: GenService<Methods>,
      method: K,
      request: MessageInitShape<Methods[K]["input"]>,
    ): Promise<string> {
      try {
        await this.call(service, method, request);
      } catch (error) {
        return (error as Error).message;
      }
      throw new Error("the query did not fail");
    },
    disconnect: () => comet.disconnect(),
  };
}

/** In-process typed query of the basket vault (for state checks between steps). */
export function q<K extends keyof typeof bv.Query.method>(
  chain: RunningMockChain,
  method: K,
  request: MessageInitShape<(typeof bv.Query.method)[K]["input"]>,
): MessageShape<(typeof bv.Query.method)[K]["output"]> {
  return chain.chain.query(bv.Query.method[method] as never, request as never) as never;
}

export function balance(chain: RunningMockChain, address: string, denom: string): bigint {
  return BigInt(chain.chain.query(BankQuery.method.balance, { address, denom }).balance?.amount ?? "0");
}

export function supply(chain: RunningMockChain, denom: string): bigint {
  return BigInt(chain.chain.query(BankQuery.method.supplyOf, { denom }).amount?.amount ?? "0");
}

export const dec = (text: string): string => Dec.fromString(text).toProto();
export const decString = (atomics: string): string => Dec.fromProto(atomics).toString();
export const decAtomics = (text: string): string => Dec.fromString(text).toProto();

/** Exact value per share as a fraction, (A + VA)/(S + VS), from the Nav query. */
export function valuePerShare(chain: RunningMockChain, basketId: bigint): { num: bigint; den: bigint } {
  const nav = q(chain, "nav", { basketId });
  const basket = q(chain, "basket", { basketId }).basket!;
  const vs = 10n ** BigInt(basket.virtualOffset);
  return { num: BigInt(nav.nav) + 10n ** 18n, den: (BigInt(nav.shares) + vs) * 10n ** 18n };
}

/** The basket vault's whole state, as its ExportGenesis writes it. */
export function vaultState(chain: RunningMockChain): bv.GenesisState {
  return basketVaultGenesisState(chain.chain.exportGenesis().appState.basketvault);
}

/**
 * §10 after an operation: (1) the bank supply of each share denom is S and is exactly what the reward books count
 * (Σ snapshot shares: balances plus escrow); (2) the module holds at least idle + owed of every denom; (4) per
 * batch and denom Σ paid ≤ received; (5) every basket's targets sum to exactly 1. (3), the exact value per share
 * never falling, is checked around deposits and redemptions with `valuePerShare`.
 */
export function expectInvariants(chain: RunningMockChain): bv.GenesisState {
  const state = vaultState(chain);
  const moduleAddress = chain.chain.keepers.auth.moduleAddress(BASKETVAULT_MODULE);
  for (const basket of state.baskets) {
    const s = supply(chain, basket.shareDenom);
    expect(BigInt(q(chain, "nav", { basketId: basket.id }).shares)).toBe(s);
    const counted = state.rewardSnapshots
      .filter((snapshot) => snapshot.basketId === basket.id)
      .reduce((sum, snapshot) => sum + BigInt(snapshot.shares), 0n);
    expect(counted, `Σ snapshot shares of basket ${basket.id}`).toBe(s);
    const targets = basket.constituents.reduce((sum, c) => sum + BigInt(c.targetWeight), 0n);
    expect(targets, `targets of basket ${basket.id}`).toBe(10n ** 18n);
  }
  for (const [denom, amount] of requiredModuleBalances(state)) {
    const held = balance(chain, moduleAddress, denom);
    expect(held >= amount, `module holds ${held} ≥ ${amount} ${denom}`).toBe(true);
  }
  for (const batch of state.batches) {
    if (batch.status !== bv.BatchStatus.CLAIMABLE) continue;
    const paid = new Map<string, bigint>();
    for (const request of state.requests.filter((r) => r.batchId === batch.id)) {
      for (const coin of request.paid) paid.set(coin.denom, (paid.get(coin.denom) ?? 0n) + BigInt(coin.amount));
    }
    for (const [denom, amount] of paid) {
      const received = BigInt(batch.received.find((c) => c.denom === denom)?.amount ?? "0");
      expect(amount <= received, `batch ${batch.id}: paid ${amount} ≤ received ${received} ${denom}`).toBe(true);
    }
  }
  return state;
}

/** Compares two exact fractions a ≥ b. */
export function gte(a: { num: bigint; den: bigint }, b: { num: bigint; den: bigint }): boolean {
  return a.num * b.den >= b.num * a.den;
}

/** Standard settings of a test basket (zero fees, no weight checks), overridable. */
export function testConfig(overrides: Partial<Omit<bv.BasketConfig, "$typeName">> = {}): bv.BasketConfig {
  const base = create(bv.BasketConfigSchema, {
    fees: {
      feeBase: "0",
      feeSlope: "0",
      feeMax: "0",
      redeemBase: "0",
      redeemSlope: "0",
      instantFee: "0",
      performanceFee: "0",
    },
    maxStalenessSeconds: 86_400n * 30n,
    maxUpPerDay: dec("0.05"),
    maxDown: dec("0.10"),
    band: dec("1"),
    minNavForWeightChecks: (10n ** 30n).toString(),
    epochSeconds: 86_400n,
    unbondingSeconds: 21n * 86_400n,
    restaking: { validators: [], idleBufferTarget: "0" },
    feeders: [DEVNET.accounts[9]!.address],
    guardian: DEVNET.authority.address,
    treasury: DEVNET.accounts[8]!.address,
    aprFloor: dec("0.10"),
  });
  return { ...base, ...overrides };
}

/** A constituent config: denom, direction, [min, max], cap. */
export function constituent(
  denom: string,
  direction: bv.RateDirection,
  min = "0",
  max = "1",
  cap = "0",
): MessageInitShape<typeof bv.ConstituentConfigSchema> {
  return { denom, direction, minWeight: dec(min), maxWeight: dec(max), capValue: cap };
}
