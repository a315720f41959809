import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgUpdateAllianceSchema } from "@persistence-sdk/proto/alliance/alliance";
import { accountArg, chainOf, denomArg, type HasChain, paramsArg } from "../internal/validate.js";
import { type AllianceAssetSettings, assetSettingsFields } from "./assetSettings.js";

/** Parameters of {@link buildUpdateAlliance}: the asset and all its new settings (every one is replaced). */
export interface BuildUpdateAllianceParams extends AllianceAssetSettings {
  /** The module authority (normally the gov module account; the mock devnet's is `DEVNET.authority`). */
  readonly authority: string;
  /** The denom of the asset to change. */
  readonly denom: string;
}

/**
 * A `MsgUpdateAlliance` (authority only): replaces an asset's reward weight, take rate, change rate and interval,
 * and weight range. Start from `getAlliance` to change one setting and keep the rest. Checked first, as
 * {@link buildCreateAlliance}.
 */
export function buildUpdateAlliance(
  context: HasChain,
  params: BuildUpdateAllianceParams,
): TxMessage<typeof MsgUpdateAllianceSchema> {
  const chain = chainOf(context, "buildUpdateAlliance");
  paramsArg(params, "buildUpdateAlliance");
  return txMessage(MsgUpdateAllianceSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    denom: denomArg(params.denom, "denom"),
    ...assetSettingsFields(params),
  });
}
