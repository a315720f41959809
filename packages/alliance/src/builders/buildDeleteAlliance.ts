import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgDeleteAllianceSchema } from "@persistence-sdk/proto/alliance/alliance";
import { accountArg, chainOf, denomArg, type HasChain, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildDeleteAlliance}. */
export interface BuildDeleteAllianceParams {
  /** The module authority (normally the gov module account). */
  readonly authority: string;
  /** The denom of the asset to remove (the chain refuses while it has stake). */
  readonly denom: string;
}

/** A `MsgDeleteAlliance` (authority only): removes an Alliance asset. Checked first. */
export function buildDeleteAlliance(
  context: HasChain,
  params: BuildDeleteAllianceParams,
): TxMessage<typeof MsgDeleteAllianceSchema> {
  const chain = chainOf(context, "buildDeleteAlliance");
  paramsArg(params, "buildDeleteAlliance");
  return txMessage(MsgDeleteAllianceSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    denom: denomArg(params.denom, "denom"),
  });
}
