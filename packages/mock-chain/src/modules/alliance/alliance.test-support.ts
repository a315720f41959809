// Test support for the alliance module: unmodified cosmjs clients (SigningStargateClient with a Registry holding the
// proto package's alliance types, AminoTypes from its amino codec, QueryClient for ABCI queries) against a mock chain
// served in-process over real HTTP. Only tests import it.
import {
  create,
  type DescMessage,
  fromBinary,
  type MessageInitShape,
  type MessageShape,
  toBinary,
} from "@bufbuild/protobuf";
import { makeCosmoshubPath, Secp256k1HdWallet } from "@cosmjs/amino";
import { DirectSecp256k1HdWallet, type EncodeObject, type GeneratedType, Registry } from "@cosmjs/proto-signing";
import {
  type AminoConverters,
  AminoTypes,
  createDefaultAminoConverters,
  type DeliverTxResponse,
  defaultRegistryTypes,
  QueryClient,
  SigningStargateClient,
} from "@cosmjs/stargate";
import { Comet38Client } from "@cosmjs/tendermint-rpc";
import {
  type AllianceMathVersion,
  type AllianceRebalanceResult,
  type AllianceTimestamp,
  allianceAddRewardsToPool,
  allianceClaimDelegationRewards,
  allianceRebalanceTargets,
} from "@persistence-sdk/core";
import { type AminoMsg, fromAminoMsg, toAminoMsg } from "@persistence-sdk/proto";
import {
  Query as AllianceQuery,
  type GenesisState,
  MsgClaimDelegationRewardsSchema,
  MsgCreateAllianceProposalSchema,
  MsgCreateAllianceSchema,
  MsgDelegateSchema,
  MsgDeleteAllianceProposalSchema,
  MsgDeleteAllianceSchema,
  MsgRedelegateSchema,
  MsgUndelegateSchema,
  MsgUpdateAllianceProposalSchema,
  MsgUpdateAllianceSchema,
  MsgUpdateParamsSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { Query as DistributionQuery } from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import { BondStatus, Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { devnetGenesis } from "../../genesis/devnet-genesis.js";
import type { GenesisDocument } from "../../genesis/genesis-document.js";
import { type RunningMockChain, type StartMockChainOptions, startMockChain } from "../../server/start.js";
import { convertBech32 } from "../staking/addresses.js";
import { assetState, decOf, delegationState, timeFromNs, validatorState } from "./convert.js";
import { parseAllianceGenesis } from "./genesis.js";

/** The devnet validators' operator addresses. */
export const VALIDATORS = DEVNET.validatorOperators.map((operator) =>
  convertBech32(operator.address, `${DEVNET.bech32Prefix}valoper`),
);

export const STK_ATOM = DEVNET_LSTS.stkAtom.denom;
export const ST_ATOM = DEVNET_LSTS.stAtom.denom;
export const Q_ATOM = DEVNET_LSTS.qAtom.denom;
export const D_ATOM = DEVNET_LSTS.dAtom.denom;

/** No fee (the devnet's minimum gas price is 0) and room for claims over several validators. */
export const FEE = { amount: [], gas: "3000000" };

const ALLIANCE_MESSAGES: readonly DescMessage[] = [
  MsgDelegateSchema,
  MsgUndelegateSchema,
  MsgRedelegateSchema,
  MsgClaimDelegationRewardsSchema,
  MsgUpdateParamsSchema,
  MsgCreateAllianceSchema,
  MsgUpdateAllianceSchema,
  MsgDeleteAllianceSchema,
  MsgCreateAllianceProposalSchema,
  MsgUpdateAllianceProposalSchema,
  MsgDeleteAllianceProposalSchema,
];

/** A protobuf-es schema as a cosmjs GeneratedType. */
export function generatedType(schema: DescMessage): GeneratedType {
  return {
    encode: (message: unknown) => ({ finish: () => toBinary(schema, create(schema, message as never)) }),
    decode: (bytes: Uint8Array) => fromBinary(schema, bytes),
    fromPartial: (object: unknown) => create(schema, object as never),
  } as unknown as GeneratedType;
}

/** cosmjs' default types plus the alliance Msgs and proposal contents. */
export function allianceRegistry(): Registry {
  return new Registry([
    ...defaultRegistryTypes,
    ...ALLIANCE_MESSAGES.map((schema) => [`/${schema.typeName}`, generatedType(schema)] as [string, GeneratedType]),
  ]);
}

/** cosmjs' default converters plus the alliance ones, driven by the proto package's amino codec. */
export function allianceAminoTypes(): AminoTypes {
  const converters: AminoConverters = { ...createDefaultAminoConverters() };
  for (const schema of ALLIANCE_MESSAGES) {
    const aminoType = toAminoMsg(schema, create(schema)).type;
    converters[`/${schema.typeName}`] = {
      aminoType,
      toAmino: (value: unknown) => toAminoMsg(schema, create(schema, value as never)).value,
      fromAmino: (value: unknown) => fromAminoMsg(schema, { type: aminoType, value } as AminoMsg),
    };
  }
  return new AminoTypes(converters);
}

/** A devnet key's SigningStargateClient in one sign mode. */
export interface Signer {
  readonly address: string;
  readonly client: SigningStargateClient;
}

/** The client of the devnet key m/44'/118'/0'/0/{index}: 0..9 users, 10 the authority. */
export async function signer(served: RunningMockChain, index: number, mode: "direct" | "amino"): Promise<Signer> {
  const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
  const wallet =
    mode === "direct"
      ? await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options)
      : await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
  const [account] = await wallet.getAccounts();
  const client = await SigningStargateClient.connectWithSigner(served.rpcUrl, wallet, {
    registry: allianceRegistry(),
    aminoTypes: allianceAminoTypes(),
    broadcastPollIntervalMs: 20,
  });
  return { address: account!.address, client };
}

/** A typed ABCI query through cosmjs' QueryClient; throws the node's log on failure. */
export type Query = <I extends DescMessage, O extends DescMessage>(
  method: {
    readonly input: I;
    readonly output: O;
    readonly name: string;
    readonly parent: { readonly typeName: string };
  },
  request: MessageInitShape<I>,
) => Promise<MessageShape<O>>;

export async function querier(served: RunningMockChain): Promise<Query> {
  const comet = await Comet38Client.connect(served.rpcUrl);
  const client = new QueryClient(comet);
  return async (method, request) => {
    const path = `/${method.parent.typeName}/${method.name}`;
    const response = await client.queryAbci(path, toBinary(method.input, create(method.input, request)));
    return fromBinary(method.output, response.value);
  };
}

/**
 * The default devnet genesis with only the built-in modules' and Alliance's sections, so that other part-2 modules'
 * devnet state (a basket restaking its LSTs...) does not move the numbers these tests check. `alliance` replaces
 * the alliance section.
 */
export function allianceTestGenesis(alliance?: unknown): GenesisDocument {
  const genesis = devnetGenesis();
  const keep = ["auth", "bank", "staking", "distribution", "mint", "alliance"];
  const appState = Object.fromEntries(Object.entries(genesis.appState).filter(([name]) => keep.includes(name)));
  return { ...genesis, appState: alliance === undefined ? appState : { ...appState, alliance } };
}

/** Starts a chain on free ports: the default devnet restricted to Alliance (see allianceTestGenesis). */
export function startChain(options: StartMockChainOptions = {}): Promise<RunningMockChain> {
  return startMockChain({ genesis: allianceTestGenesis(), ...options });
}

/** An EncodeObject of an alliance message. */
export function msg<Desc extends DescMessage>(schema: Desc, value: MessageInitShape<Desc>): EncodeObject {
  return { typeUrl: `/${schema.typeName}`, value: create(schema, value) };
}

type EventLike = { readonly type: string; readonly attributes: readonly { key: string; value: string }[] };

/** A typed event's fields (values are JSON: strings keep their quotes); the appended msg_index is left out. */
export function typedEventFields(event: EventLike): Record<string, unknown> {
  return Object.fromEntries(
    event.attributes.filter((a) => a.key !== "msg_index" && a.key !== "mode").map((a) => [a.key, JSON.parse(a.value)]),
  );
}

/** The first typed event of a type in a delivered tx. */
export function typedEvent(result: DeliverTxResponse, type: string): Record<string, unknown> | undefined {
  const event = result.events.find((e) => e.type === type);
  return event && typedEventFields(event);
}

/** Every typed event of a type among `events`. */
export function typedEvents(events: readonly EventLike[], type: string): Record<string, unknown>[] {
  return events.filter((e) => e.type === type).map(typedEventFields);
}

/** A LegacyDec in the 10^18-scaled form protobuf carries ("0.25" → "250000000000000000"). */
export function atomics(decimal: string): string {
  const [whole = "0", fraction = ""] = decimal.split(".");
  return (BigInt(whole) * 10n ** 18n + BigInt(fraction.padEnd(18, "0").slice(0, 18) || "0")).toString();
}

/** The chain's alliance state now, as its genesis export writes it. */
export function allianceState(chain: RunningMockChain): GenesisState {
  return parseAllianceGenesis(chain.chain.exportGenesis().appState.alliance).state;
}

/** The latest block's time and height. */
export function latest(chain: RunningMockChain): { time: AllianceTimestamp; height: bigint } {
  const header = chain.chain.block()!.header;
  return { time: timeFromNs(header.timeNs), height: header.height };
}

/** Delegates through cosmjs (direct mode) and returns the delegator's address. */
export async function delegate(
  chain: RunningMockChain,
  index: number,
  validator: string,
  denom: string,
  amount: bigint,
): Promise<string> {
  const { address, client } = await signer(chain, index, "direct");
  const result = await client.signAndBroadcast(
    address,
    [
      msg(MsgDelegateSchema, {
        delegatorAddress: address,
        validatorAddress: validator,
        amount: { denom, amount: amount.toString() },
      }),
    ],
    FEE,
  );
  client.disconnect();
  if (result.code !== 0) throw new Error(`delegation failed: ${result.rawLog}`);
  return address;
}

/**
 * What AllianceDelegationRewards must return now, computed by core from the chain's state (its genesis export) and
 * the module's pending x/distribution rewards: ClaimValidatorRewards (whole coins into the indices), then the claim
 * with the validator's reward-weight snapshots of the denom.
 */
export async function expectedRewards(
  chain: RunningMockChain,
  query: Query,
  version: AllianceMathVersion,
  delegator: string,
  validator: string,
  denom: string,
): Promise<{ denom: string; amount: string }[]> {
  const state = allianceState(chain);
  const { time, height } = latest(chain);
  const pending = await query(DistributionQuery.method.delegationRewards, {
    delegatorAddress: chain.chain.keepers.alliance.moduleAddress,
    validatorAddress: validator,
  });
  const coins = pending.rewards
    .map((c) => ({ denom: c.denom, amount: decOf(c.amount).truncateInt() }))
    .filter((c) => c.amount > 0n);
  const assets = state.assets.map(assetState);
  const info = validatorState(state.validatorInfos.find((v) => v.validatorAddress === validator)!.validator!);
  const added = allianceAddRewardsToPool({ validator: info, assets, blockTime: time, rewards: coins }, { version });
  const delegation = state.delegations.find(
    (d) => d.delegatorAddress === delegator && d.validatorAddress === validator && d.denom === denom,
  )!;
  const snapshots = state.rewardWeightChangeSnaphots
    .filter((s) => s.denom === denom && s.validator === validator)
    .map((s) => ({
      height: s.height,
      prevRewardWeight: decOf(s.snapshot!.prevRewardWeight),
      rewardHistories: s.snapshot!.rewardHistories.map((h) => ({
        denom: h.denom,
        index: decOf(h.index),
        alliance: h.alliance,
      })),
    }));
  const claim = allianceClaimDelegationRewards(
    {
      asset: assets.find((a) => a.denom === denom)!,
      validator: added.validator,
      delegation: delegationState(delegation),
      snapshots,
      blockTime: time,
      blockHeight: height,
    },
    { version },
  );
  return claim.rewards.map((c) => ({ denom: c.denom, amount: c.amount.toString() }));
}

/** AllianceDelegationRewards through cosmjs. */
export async function rewardsQuery(
  query: Query,
  delegator: string,
  validator: string,
  denom: string,
): Promise<{ denom: string; amount: string }[]> {
  const { rewards } = await query(AllianceQuery.method.allianceDelegationRewards, {
    delegatorAddr: delegator,
    validatorAddr: validator,
    denom,
  });
  return rewards.map((c) => ({ denom: c.denom, amount: c.amount }));
}

/** core's rebalancing targets for the chain's state now (x/staking read through cosmjs queries). */
export async function rebalanceTargets(chain: RunningMockChain, query: Query): Promise<AllianceRebalanceResult> {
  const state = allianceState(chain);
  const moduleAddress = chain.chain.keepers.alliance.moduleAddress;
  const { delegationResponses } = await query(StakingQuery.method.delegatorDelegations, {
    delegatorAddr: moduleAddress,
  });
  const { validators } = await query(StakingQuery.method.validators, { status: "" });
  const { pool } = await query(StakingQuery.method.pool, {});
  return allianceRebalanceTargets({
    assets: state.assets.map(assetState),
    validators: state.validatorInfos.map((entry) => {
      const validator = validators.find((v) => v.operatorAddress === entry.validatorAddress)!;
      const moduleDelegation = delegationResponses.find(
        (d) => d.delegation?.validatorAddress === entry.validatorAddress,
      );
      return {
        operatorAddress: entry.validatorAddress,
        bonded: validator.status === BondStatus.BONDED,
        validatorShares: validatorState(entry.validator!).validatorShares,
        tokens: BigInt(validator.tokens),
        delegatorShares: decOf(validator.delegatorShares),
        moduleDelegationShares: decOf(moduleDelegation?.delegation?.shares ?? ""),
      };
    }),
    totalBondedTokens: BigInt(pool!.bondedTokens),
    blockTime: latest(chain).time,
  });
}
