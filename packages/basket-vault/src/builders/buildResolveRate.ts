import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgResolveRateSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, denomArg, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildResolveRate}. */
export interface BuildResolveRateParams {
  /** The module authority. */
  readonly authority: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The HALTED constituent. */
  readonly denom: string;
  /** true applies the pending rate (update time = now); false keeps the old one. */
  readonly accept: boolean;
}

/** A `MsgResolveRate` (§4, authority only): settles the pending rate of a HALTED constituent. */
export function buildResolveRate(
  context: HasChain,
  params: BuildResolveRateParams,
): TxMessage<typeof MsgResolveRateSchema> {
  const chain = chainOf(context, "buildResolveRate");
  paramsArg(params, "buildResolveRate");
  if (typeof params.accept !== "boolean") {
    throw new ClientError("INVALID_ARGUMENT", "accept is a boolean", {
      field: "accept",
      value: params.accept,
      fix: "Pass true to apply the pending rate, false to discard it.",
    });
  }
  return txMessage(MsgResolveRateSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    basketId: idArg(params.basketId, "basketId"),
    denom: denomArg(params.denom, "denom"),
    accept: params.accept,
  });
}
