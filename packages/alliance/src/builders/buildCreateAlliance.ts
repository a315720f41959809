import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgCreateAllianceSchema } from "@persistence-sdk/proto/alliance/alliance";
import { accountArg, chainOf, denomArg, type HasChain, paramsArg } from "../internal/validate.js";
import { type AllianceAssetSettings, assetSettingsFields } from "./assetSettings.js";

/** Parameters of {@link buildCreateAlliance}. */
export interface BuildCreateAllianceParams extends AllianceAssetSettings {
  /** The module authority (normally the gov module account; the mock devnet's is `DEVNET.authority`). */
  readonly authority: string;
  /** The denom to accept: a native denom or an `ibc/...` voucher. */
  readonly denom: string;
}

/**
 * A `MsgCreateAlliance` (authority only; inside a gov v1 proposal on a real chain): registers a new Alliance asset.
 * `Dec` settings are converted to the protobuf form here, never by the caller; every bound x/alliance checks is
 * checked first. Amino JSON signing needs a chain whose codec knows the name (x/alliance v0.4.x on SDK ≥ 0.50).
 */
export function buildCreateAlliance(
  context: HasChain,
  params: BuildCreateAllianceParams,
): TxMessage<typeof MsgCreateAllianceSchema> {
  const chain = chainOf(context, "buildCreateAlliance");
  paramsArg(params, "buildCreateAlliance");
  return txMessage(MsgCreateAllianceSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    denom: denomArg(params.denom, "denom"),
    ...assetSettingsFields(params),
  });
}
