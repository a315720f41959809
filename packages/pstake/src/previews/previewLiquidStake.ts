import type { Client } from "@persistence-sdk/client";
import { type Coin, type Dec, liquidStakeDelegationAmounts, liquidStakeMintAmount } from "@persistence-sdk/core";
import { asPstake, checkLiquidStake, ratesOf, readLiquidStakeSnapshot } from "../internal/liquidStakeState.js";
import { bondCoinArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link previewLiquidStake}. */
export interface PreviewLiquidStakeParams {
  /** XPRT to stake (bond denom). */
  readonly amount: Coin;
}

/** What a liquid stake would do, computed by core's x/liquidstake math on the chain's current state. */
export interface LiquidStakePreview {
  /** The XPRT staked. */
  readonly amount: Coin;
  /** stkXPRT minted to the staker (`liquidStakeMintAmount` on the NetAmount read before the stake). */
  readonly minted: Coin;
  /** stkXPRT per XPRT before the stake. */
  readonly mintRate: Dec;
  /** XPRT per stkXPRT before the stake. */
  readonly redemptionRate: Dec;
  /** How the XPRT is delegated: by target weight over the active liquid validators, the crumb to the first. */
  readonly delegations: readonly { readonly validator: string; readonly amount: bigint }[];
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * Previews `liquidStake`: the stkXPRT minted and how the XPRT is delegated, with core's `liquidStakeMintAmount` and
 * `liquidStakeDelegationAmounts` on the params, liquid validators and NetAmountState read at the latest height. The
 * chain's checks come first, as typed `PstakeError`s: `MODULE_PAUSED`, `BELOW_MINIMUM`, `NO_ACTIVE_VALIDATORS` /
 * `QUORUM_NOT_REACHED`, `AMOUNT_TOO_SMALL`. Exact while the state does not change before the transaction executes
 * (the hourly autocompound or a slash in between changes it).
 */
export async function previewLiquidStake(
  client: Client,
  params: PreviewLiquidStakeParams,
): Promise<LiquidStakePreview> {
  paramsArg(params, "previewLiquidStake");
  const amount = bondCoinArg(client.chain, params.amount, "amount");
  const snapshot = await readLiquidStakeSnapshot(client);
  const weights = checkLiquidStake(snapshot, amount);
  const { state } = snapshot;
  const minted = asPstake(() =>
    liquidStakeMintAmount({
      amount: amount.amount,
      stkxprtTotalSupply: state.stkxprtTotalSupply,
      netAmount: state.netAmount,
    }),
  );
  const active = snapshot.validators.filter((v) => v.status === "active");
  const split = liquidStakeDelegationAmounts(amount.amount, weights);
  return Object.freeze({
    amount,
    minted: Object.freeze({ denom: snapshot.params.liquidBondDenom, amount: minted }),
    ...ratesOf(state),
    delegations: Object.freeze(
      active
        .map((v, i) => Object.freeze({ validator: v.operatorAddress, amount: split[i] ?? 0n }))
        .filter((d) => d.amount > 0n),
    ),
    height: snapshot.block.height,
  });
}
