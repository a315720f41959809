import { type Client, query } from "@persistence-sdk/client";
import { type Coin, Dec, liquidStakeMintAmount, nativeTokenToStkXprt } from "@persistence-sdk/core";
import { Query as StakingQuery } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { isNotFound, PstakeError } from "../errors.js";
import {
  asPstake,
  checkLiquidStake,
  checkNotPaused,
  ratesOf,
  readLiquidStakeSnapshot,
} from "../internal/liquidStakeState.js";
import { delegatorOf } from "../internal/state.js";
import { bondCoinArg, paramsArg, validatorArg } from "../internal/validate.js";

/** Parameters of {@link previewStakeToLp}. */
export interface PreviewStakeToLpParams {
  /** The whitelisted validator the delegation is with. */
  readonly validator: string;
  /** How much of the delegation moves to pSTAKE. */
  readonly stakedAmount: Coin;
  /** Optional liquid XPRT staked as well. */
  readonly liquidAmount?: Coin;
  /** Whose delegation (default: the client's signer); with one, the delegation is checked to hold `stakedAmount`. */
  readonly delegator?: string;
}

/** What MsgStakeToLP would mint and lock in the LP contract. */
export interface StakeToLpPreview {
  /** stkXPRT minted for the delegation moved. */
  readonly stakedMinted: Coin;
  /** stkXPRT minted for the liquid XPRT (0 without it). */
  readonly liquidMinted: Coin;
  /** Everything locked in the LP contract for the delegator. */
  readonly locked: Coin;
  /** The LP contract (params.cw_locked_pool_address). */
  readonly lpContract: string;
  /** stkXPRT per XPRT before. */
  readonly mintRate: Dec;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * Previews `stakeToLp` with core's x/liquidstake math on the state at the latest height: the delegation's stkXPRT
 * (`NativeTokenToStkXPRT` of the moved tokens, on the NetAmount before), then the liquid part's (`liquidStakeMintAmount`
 * on the state after the first part). Assumes the validator's token/share rate is 1 (not slashed), so the moved
 * delegation is worth exactly `stakedAmount`. Refusals: `MODULE_PAUSED`, `LSM_DISABLED`, `NOT_WHITELISTED`,
 * `BELOW_MINIMUM`, quorum, `AMOUNT_TOO_SMALL`, and `INSUFFICIENT_FUNDS` for a delegation smaller than `stakedAmount`.
 */
export async function previewStakeToLp(client: Client, params: PreviewStakeToLpParams): Promise<StakeToLpPreview> {
  paramsArg(params, "previewStakeToLp");
  const validator = validatorArg(client.chain, params.validator, "validator");
  const staked = bondCoinArg(client.chain, params.stakedAmount, "stakedAmount");
  const liquid =
    params.liquidAmount === undefined ? undefined : bondCoinArg(client.chain, params.liquidAmount, "liquidAmount");
  const delegator = await delegatorOf(client, params.delegator);
  const snapshot = await readLiquidStakeSnapshot(client);
  const { params: p, state } = snapshot;
  checkNotPaused(p);
  if (p.lsmDisabled) {
    throw new PstakeError("LSM_DISABLED", "MsgStakeToLP is switched off (params.lsm_disabled)", {
      field: "params.lsmDisabled",
      value: true,
      fix: "Liquid stake XPRT with liquidStake instead.",
    });
  }
  checkLiquidStake(snapshot, staked);
  if (!p.whitelistedValidators.some((wv) => wv.validatorAddress === validator)) {
    throw new PstakeError("NOT_WHITELISTED", "the validator is not whitelisted", {
      field: "validator",
      value: validator,
      fix: "StakeToLP moves delegations to whitelisted validators only (getLiquidStakeParams(client).whitelistedValidators).",
    });
  }
  if (delegator !== undefined) {
    const response = await query(
      client,
      StakingQuery.method.delegation,
      { delegatorAddr: delegator, validatorAddr: validator },
      { height: snapshot.block.height },
    ).catch((error: unknown) => {
      if (isNotFound(error)) return undefined;
      throw error;
    });
    const held = BigInt(response?.delegationResponse?.balance?.amount || "0");
    if (held < staked.amount) {
      throw new PstakeError(
        "INSUFFICIENT_LIQUIDITY",
        "the delegation is smaller than stakedAmount",
        {
          field: "stakedAmount.amount",
          value: { requested: staked.amount, delegated: held },
          fix: `Move at most ${held} (your delegation with ${validator}).`,
        },
        "INSUFFICIENT_FUNDS",
      );
    }
  }
  const stakedMinted =
    state.stkxprtTotalSupply === 0n
      ? staked.amount
      : asPstake(() =>
          nativeTokenToStkXprt({
            amount: staked.amount,
            stkxprtTotalSupply: state.stkxprtTotalSupply,
            netAmount: state.netAmount,
          }),
        );
  if (stakedMinted <= 0n) {
    throw new PstakeError("AMOUNT_TOO_SMALL", "the delegation would mint 0 stkXPRT", {
      field: "stakedAmount.amount",
      value: staked.amount,
      fix: "Move a larger part of the delegation.",
    });
  }
  let liquidMinted = 0n;
  if (liquid !== undefined) {
    checkLiquidStake(snapshot, liquid);
    const after = {
      stkxprtTotalSupply: state.stkxprtTotalSupply + stakedMinted,
      netAmount: state.netAmount.add(Dec.fromInt(staked.amount)),
    };
    liquidMinted = asPstake(() => liquidStakeMintAmount({ amount: liquid.amount, ...after }));
  }
  const denom = p.liquidBondDenom;
  return Object.freeze({
    stakedMinted: Object.freeze({ denom, amount: stakedMinted }),
    liquidMinted: Object.freeze({ denom, amount: liquidMinted }),
    locked: Object.freeze({ denom, amount: stakedMinted + liquidMinted }),
    lpContract: p.cwLockedPoolAddress,
    mintRate: ratesOf(state).mintRate,
    height: snapshot.block.height,
  });
}
