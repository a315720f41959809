import { type Client, InvalidResponseError, type TxResult } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { buildStakeToLp } from "../builders/buildStakeToLp.js";
import { PstakeError } from "../errors.js";
import {
  type ActionOptions,
  attributeOf,
  eventsOfMessage,
  parseCoinString,
  sendPstakeTx,
  signerAddressOf,
} from "../internal/actions.js";
import { checkNotPaused } from "../internal/liquidStakeState.js";
import { paramsArg } from "../internal/validate.js";
import { getLiquidStakeParams } from "../queries/getLiquidStakeParams.js";

/** Parameters of {@link stakeToLp}. The delegator is the client's signer. */
export interface StakeToLpParams extends ActionOptions {
  /** The whitelisted validator the delegation is with. */
  readonly validator: string;
  /** How much of the delegation moves to pSTAKE (bond denom). */
  readonly stakedAmount: Coin;
  /** Optional liquid XPRT staked as well (bond denom). */
  readonly liquidAmount?: Coin;
}

/** What {@link stakeToLp} did. */
export interface StakeToLpResult {
  /** The included transaction. */
  readonly tx: TxResult;
  /** The delegator: the client's signer. */
  readonly delegator: string;
  /** The validator. */
  readonly validator: string;
  /** stkXPRT minted for the delegation moved. */
  readonly stakedMinted: Coin;
  /** stkXPRT minted for the liquid XPRT (amount 0 without it). */
  readonly liquidMinted: Coin;
  /** Everything locked in the LP contract for the delegator. */
  readonly locked: Coin;
}

/**
 * Moves an existing delegation (and optionally liquid XPRT) into stkXPRT locked in the chain's LP contract
 * (x/liquidstake MsgStakeToLP), signed by the client's signer. Refused before signing: bad input, a paused module,
 * LSM switched off (`LSM_DISABLED`). Chain refusals throw `PstakeTxError` (`NOT_WHITELISTED`, `BELOW_MINIMUM`...).
 */
export async function stakeToLp(client: Client, params: StakeToLpParams): Promise<StakeToLpResult> {
  paramsArg(params, "stakeToLp");
  const delegator = await signerAddressOf(client, "stakeToLp");
  const message = buildStakeToLp(client, {
    delegator,
    validator: params.validator,
    stakedAmount: params.stakedAmount,
    ...(params.liquidAmount === undefined ? {} : { liquidAmount: params.liquidAmount }),
  });
  const moduleParams = await getLiquidStakeParams(client);
  checkNotPaused(moduleParams);
  if (moduleParams.lsmDisabled) {
    throw new PstakeError("LSM_DISABLED", "MsgStakeToLP is switched off (params.lsm_disabled)", {
      field: "params.lsmDisabled",
      value: true,
      fix: "Liquid stake XPRT with liquidStake instead.",
    });
  }
  const tx = await sendPstakeTx(client, [message], params);
  const events = eventsOfMessage(tx, "stake_to_lp", 0);
  const staked = events.find((e) => e.attributes.staked_amount !== undefined);
  if (staked === undefined)
    throw new InvalidResponseError(`the stakeToLp transaction ${tx.hash} (no stake_to_lp event)`, tx.hash);
  const stakedMinted = parseCoinString(
    attributeOf(staked, "stkxprt_minted_amount"),
    "stake_to_lp.stkxprt_minted_amount",
  );
  const liquid = events.find((e) => e.attributes.liquid_amount !== undefined);
  const liquidMinted =
    liquid === undefined
      ? Object.freeze({ denom: stakedMinted.denom, amount: 0n })
      : parseCoinString(attributeOf(liquid, "stkxprt_minted_amount"), "stake_to_lp.stkxprt_minted_amount");
  return Object.freeze({
    tx,
    delegator,
    validator: message.value.validatorAddress,
    stakedMinted,
    liquidMinted,
    locked: Object.freeze({ denom: stakedMinted.denom, amount: stakedMinted.amount + liquidMinted.amount }),
  });
}
