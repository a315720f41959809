// Chain state several previews and queries read: the latest block, a block's time, x/staking's parameters, and the
// delegator a preview is for.
import { type Client, ClientError, query, resolveSigner } from "@persistence-sdk/client";
import { Service as TendermintService } from "@persistence-sdk/proto/cosmos/base/tendermint/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { ChainTimestamp } from "../types.js";
import { converted, timestampOf } from "./convert.js";
import { accountArg } from "./validate.js";

/** A committed block: the state a preview read and its time. */
export interface ChainMoment {
  /** The block height. */
  readonly height: bigint;
  /** The block's time. */
  readonly time: ChainTimestamp;
}

/** The latest committed block's height and time. */
export async function latestBlock(client: Client): Promise<ChainMoment> {
  const response = await query(client, TendermintService.method.getLatestBlock, {});
  const header = response.block?.header;
  return converted("/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock", header, () => {
    if (header === undefined) throw new Error("the block has no header");
    return Object.freeze({ height: header.height, time: timestampOf(header.time, "header.time") });
  });
}

/** The height and time of the block at `height`. */
export async function blockAt(client: Client, height: bigint): Promise<ChainMoment> {
  const response = await query(client, TendermintService.method.getBlockByHeight, { height });
  const header = response.block?.header;
  return converted("/cosmos.base.tendermint.v1beta1.Service/GetBlockByHeight", header, () => {
    if (header === undefined) throw new Error("the block has no header");
    return Object.freeze({ height: header.height, time: timestampOf(header.time, "header.time") });
  });
}

/** x/staking's parameters a liquid unstake depends on. */
export interface StakingFacts {
  /** How long an undelegation takes. */
  readonly unbondingTime: { readonly seconds: bigint; readonly nanos: number };
  /** The most unbonding entries one (delegator, validator) pair may have. */
  readonly maxEntries: number;
  /** The bond denom. */
  readonly bondDenom: string;
}

/** x/staking's unbonding time, max entries and bond denom at `height`. */
export async function stakingFactsAt(client: Client, height: bigint): Promise<StakingFacts> {
  const { params } = await query(client, StakingQuery.method.params, {}, { height });
  return Object.freeze({
    unbondingTime: Object.freeze({
      seconds: params?.unbondingTime?.seconds ?? 0n,
      nanos: params?.unbondingTime?.nanos ?? 0,
    }),
    maxEntries: params?.maxEntries ?? 0,
    bondDenom: params?.bondDenom ?? client.chain.bondDenom,
  });
}

/** The delegator a preview is for: the one given (checked), else the client's signer; `undefined` if neither. */
export async function delegatorOf(client: Client, delegator: string | undefined): Promise<string | undefined> {
  if (delegator !== undefined) return accountArg(client.chain, delegator, "delegator");
  if (client.signer === undefined) return undefined;
  return (await resolveSigner(client, "preview")).address;
}

/** Like {@link delegatorOf}, but a delegator is required. */
export async function requiredDelegatorOf(
  client: Client,
  delegator: string | undefined,
  what: string,
): Promise<string> {
  const address = await delegatorOf(client, delegator);
  if (address === undefined) {
    throw new ClientError("INVALID_ARGUMENT", `${what} needs the delegator's address`, {
      field: "delegator",
      value: undefined,
      fix: `Pass { delegator } or use a client with a signer: ${what}(withSigner(client, wallet), params).`,
    });
  }
  return address;
}
