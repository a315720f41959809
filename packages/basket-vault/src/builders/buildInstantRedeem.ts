import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgInstantRedeemSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import {
  accountArg,
  chainOf,
  denomArg,
  type HasChain,
  idArg,
  nonNegativeAmountArg,
  paramsArg,
  positiveAmountArg,
} from "../internal/validate.js";

/** Parameters of {@link buildInstantRedeem}. */
export interface BuildInstantRedeemParams {
  /** The holder; it signs and is paid. */
  readonly owner: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** Shares to burn (positive bigint). */
  readonly shares: bigint;
  /** The constituent to be paid in, from its idle buffer. */
  readonly outDenom: string;
  /** Fewest LST base units accepted (default 0n; `instantRedeem` fills it from a preview). */
  readonly minOut?: bigint;
}

/** A `MsgInstantRedeem` (§3): redeems shares at once from the idle buffer, for the instant fee. */
export function buildInstantRedeem(
  context: HasChain,
  params: BuildInstantRedeemParams,
): TxMessage<typeof MsgInstantRedeemSchema> {
  const chain = chainOf(context, "buildInstantRedeem");
  paramsArg(params, "buildInstantRedeem");
  return txMessage(MsgInstantRedeemSchema, {
    owner: accountArg(chain, params.owner, "owner"),
    basketId: idArg(params.basketId, "basketId"),
    shares: positiveAmountArg(params.shares, "shares").toString(),
    outDenom: denomArg(params.outDenom, "outDenom"),
    minOut: nonNegativeAmountArg(params.minOut ?? 0n, "minOut").toString(),
  });
}
