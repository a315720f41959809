import { type Client, ClientError } from "@persistence-sdk/client";
import {
  type AllianceTimestamp,
  allianceDeductTakeRate,
  allianceDelegationTokens,
  allianceTimeCompare,
  Dec,
} from "@persistence-sdk/core";
import { mathVersionOf } from "../chains.js";
import type { PreviewOptions } from "../internal/previewOptions.js";
import { readDelegationSnapshot, requiredDelegatorOf } from "../internal/state.js";
import { accountArg, denomArg, paramsArg, validatorArg } from "../internal/validate.js";
import { getAllianceParams } from "../queries/getAllianceParams.js";

/** Parameters of {@link previewDelegationBalance}. */
export interface PreviewDelegationBalanceParams extends PreviewOptions {
  /** The validator's operator address. */
  readonly validator: string;
  /** The asset's denom. */
  readonly denom: string;
  /** Whose delegation (default: the client's signer). */
  readonly delegator?: string;
  /**
   * Also project the balance to the block at this time (after the latest): the take rate that block's EndBlock would
   * charge (`allianceDeductTakeRate`) shrinks every delegation of the asset. Exact when the next block is at `at`;
   * over many blocks the chain compounds and truncates per charge, which can differ in the last units.
   */
  readonly at?: AllianceTimestamp;
}

/** The tokens behind a delegation. */
export interface DelegationBalancePreview {
  /** The delegation's shares (0 when there is none). */
  readonly shares: Dec;
  /** Their token value now, by core's `allianceDelegationTokens` (what the chain reports as the balance). */
  readonly balance: bigint;
  /** Their value in a block at `at`, after that block's take-rate charge (only when `at` was given). */
  readonly balanceAt: bigint | undefined;
  /** Tokens of the asset the take-rate charge at `at` would remove from the whole asset (0n without `at`). */
  readonly takeRateDeducted: bigint;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * The balance behind a delegation, from its shares and the asset's and validator's state (core's
 * `allianceDelegationTokens`, equal to the chain's reported balance), and optionally projected to a later block's
 * take-rate charge.
 */
export async function previewDelegationBalance(
  client: Client,
  params: PreviewDelegationBalanceParams,
): Promise<DelegationBalancePreview> {
  paramsArg(params, "previewDelegationBalance");
  const validator = validatorArg(client.chain, params.validator, "validator");
  const denom = denomArg(params.denom, "denom");
  const version = mathVersionOf(client, params.version);
  const delegator = await requiredDelegatorOf(
    client,
    params.delegator === undefined ? undefined : accountArg(client.chain, params.delegator, "delegator"),
    "previewDelegationBalance",
  );
  const state = await readDelegationSnapshot(client, { delegator, validator, denom });
  const shares = state.delegation?.shares ?? Dec.ZERO;
  const tokensOf = (asset: typeof state.asset) =>
    shares.isZero() ? 0n : allianceDelegationTokens(shares, state.validator, asset, { version });
  const balance = tokensOf(state.asset);
  if (params.at === undefined) {
    return Object.freeze({ shares, balance, balanceAt: undefined, takeRateDeducted: 0n, height: state.block.height });
  }
  if (allianceTimeCompare(params.at, state.block.time) <= 0) {
    throw new ClientError("INVALID_ARGUMENT", "the projection time must be after the latest block", {
      field: "at",
      value: params.at,
      fix: "Pass a time after the latest block's (a future block), or omit it for the balance now.",
    });
  }
  const chainParams = await getAllianceParams(client, { height: state.block.height });
  const charged = allianceDeductTakeRate({
    assets: [state.asset],
    lastTakeRateClaimTime: chainParams.lastTakeRateClaimTime,
    takeRateClaimInterval: chainParams.takeRateClaimInterval,
    blockTime: params.at,
  });
  const assetAt = charged.assets[0]!;
  return Object.freeze({
    shares,
    balance,
    balanceAt: tokensOf(assetAt),
    takeRateDeducted: state.asset.totalTokens - assetAt.totalTokens,
    height: state.block.height,
  });
}
