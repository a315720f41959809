// The chain state a preview computes from, read at one height so that every figure agrees: the latest block
// (height and time), the asset, the validator's Alliance bookkeeping, the delegation, and the staking unbonding time.
import { type Client, ClientError, query, resolveSigner } from "@persistence-sdk/client";
import type {
  AllianceDelegationState,
  AllianceDuration,
  AllianceTimestamp,
  AllianceValidatorState,
} from "@persistence-sdk/core";
import { Service as TendermintService } from "@persistence-sdk/proto/cosmos/base/tendermint/v1beta1";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { getAlliance } from "../queries/getAlliance.js";
import { getAllianceDelegation } from "../queries/getAllianceDelegation.js";
import { getAllianceValidator } from "../queries/getAllianceValidator.js";
import type { AllianceAsset, AllianceDelegation, AllianceValidator } from "../types.js";
import { converted, durationOf, timestampOf } from "./convert.js";

/** A committed block: the state previews read, and the time the next block builds on. */
export interface ChainMoment {
  /** The height of the state the preview read. */
  readonly height: bigint;
  /** The block's time. */
  readonly time: AllianceTimestamp;
}

/** The latest committed block's height and time. */
export async function latestBlock(client: Client): Promise<ChainMoment> {
  const response = await query(client, TendermintService.method.getLatestBlock, {});
  const header = response.block?.header;
  return converted("/cosmos.base.tendermint.v1beta1.Service/GetLatestBlock", header, () => {
    if (header === undefined || header.time === undefined) throw new Error("the block has no header time");
    return Object.freeze({ height: header.height, time: timestampOf(header.time) });
  });
}

/** x/staking's unbonding time at `height`: how long undelegations and redelegation locks last. */
export async function unbondingTimeOf(client: Client, height: bigint): Promise<AllianceDuration> {
  const response = await query(client, StakingQuery.method.params, {}, { height });
  return durationOf(response.params?.unbondingTime);
}

/** The delegator a preview is for: the one given, else the client's signer; `undefined` if neither. */
export async function delegatorOf(client: Client, delegator: string | undefined): Promise<string | undefined> {
  if (delegator !== undefined) return delegator;
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

/** The validator as core's math reads it (the queries do not expose its global reward history, which no share figure uses). */
export function validatorStateOf(validator: AllianceValidator): AllianceValidatorState {
  return {
    globalRewardHistory: [],
    totalDelegatorShares: validator.totalDelegatorShares,
    validatorShares: validator.validatorShares,
  };
}

/** A delegation as core's math reads it, or `undefined` when it holds no shares (the chain has none). */
export function delegationStateOf(delegation: AllianceDelegation): AllianceDelegationState | undefined {
  if (delegation.shares.isZero()) return undefined;
  return {
    shares: delegation.shares,
    rewardHistory: delegation.rewardHistory,
    lastRewardClaimHeight: delegation.lastRewardClaimHeight,
  };
}

/** What a preview of one (delegator, validator, asset) reads. */
export interface DelegationSnapshot {
  /** The latest block when the state was read. */
  readonly block: ChainMoment;
  /** The asset. */
  readonly asset: AllianceAsset;
  /** The validator's Alliance bookkeeping. */
  readonly validator: AllianceValidator;
  /** Absent when there is no delegator or no delegation. */
  readonly delegation: AllianceDelegation | undefined;
}

/** Reads the asset, the validator and (with a delegator) the delegation at the latest height, in parallel. */
export async function readDelegationSnapshot(
  client: Client,
  params: { readonly delegator: string | undefined; readonly validator: string; readonly denom: string },
): Promise<DelegationSnapshot> {
  const block = await latestBlock(client);
  const at = { height: block.height };
  const [asset, validator, delegation] = await Promise.all([
    getAlliance(client, { denom: params.denom, ...at }),
    getAllianceValidator(client, { validator: params.validator, ...at }),
    params.delegator === undefined
      ? Promise.resolve(undefined)
      : getAllianceDelegation(client, {
          delegator: params.delegator,
          validator: params.validator,
          denom: params.denom,
          ...at,
        }),
  ]);
  return { block, asset, validator, delegation };
}
