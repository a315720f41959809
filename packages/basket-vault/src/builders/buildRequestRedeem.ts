import { type TxMessage, txMessage } from "@persistence-sdk/client";
import type { BasketRedeemMode } from "@persistence-sdk/core";
import { MsgRequestRedeemSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { modeValue } from "../internal/convert.js";
import {
  accountArg,
  chainOf,
  type HasChain,
  idArg,
  modeArg,
  nonNegativeAmountArg,
  optionalAccountArg,
  outDenomArg,
  paramsArg,
  positiveAmountArg,
} from "../internal/validate.js";

/** Parameters of {@link buildRequestRedeem}. */
export interface BuildRequestRedeemParams {
  /** The holder of the shares; it signs. */
  readonly owner: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares to redeem (positive bigint). */
  readonly shares: bigint;
  /** "PRO_RATA" (every constituent, no fee) or "SINGLE" (one constituent, the single-redeem fee). */
  readonly mode: BasketRedeemMode;
  /** The constituent to be paid in: required for "SINGLE", absent for "PRO_RATA". */
  readonly outDenom?: string;
  /** Smallest net value (underlying base units) accepted at the cut (default 0n). */
  readonly minValueOut?: bigint;
  /** The account paid at the claim (default: the owner). */
  readonly receiver?: string;
}

/**
 * A `MsgRequestRedeem` (§3): escrows shares in the basket's open batch; the price (and a SINGLE fee) is locked now,
 * the payout fixed at the cut after the epoch, paid at the claim after the unbonding.
 *
 * @example
 * buildRequestRedeem(client, { owner, basketId: 1n, shares: 1_000_000n, mode: "SINGLE", outDenom: stAtom })
 */
export function buildRequestRedeem(
  context: HasChain,
  params: BuildRequestRedeemParams,
): TxMessage<typeof MsgRequestRedeemSchema> {
  const chain = chainOf(context, "buildRequestRedeem");
  paramsArg(params, "buildRequestRedeem");
  const mode = modeArg(params.mode);
  return txMessage(MsgRequestRedeemSchema, {
    owner: accountArg(chain, params.owner, "owner"),
    basketId: idArg(params.basketId, "basketId"),
    shares: positiveAmountArg(params.shares, "shares").toString(),
    mode: modeValue(mode),
    outDenom: outDenomArg(mode, params.outDenom),
    minValueOut: nonNegativeAmountArg(params.minValueOut ?? 0n, "minValueOut").toString(),
    receiver: optionalAccountArg(chain, params.receiver, "receiver"),
  });
}
