import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgUpdateAllianceProposalSchema } from "@persistence-sdk/proto/alliance/alliance";
import { denomArg, paramsArg, proposalTextArg } from "../internal/validate.js";
import { type AllianceAssetSettings, assetSettingsFields } from "./assetSettings.js";

/** Parameters of {@link buildUpdateAllianceProposal}: the asset and all its new settings. */
export interface BuildUpdateAllianceProposalParams extends AllianceAssetSettings {
  /** Proposal title (1–140 characters). */
  readonly title: string;
  /** Proposal text (1–10,000 characters). */
  readonly description: string;
  /** The denom of the asset to change. */
  readonly denom: string;
}

/**
 * The gov v1beta1 proposal content that changes an Alliance asset's settings (`MsgUpdateAllianceProposal`; submit
 * it with {@link buildSubmitAllianceProposal}). Checked as {@link buildUpdateAlliance}.
 */
export function buildUpdateAllianceProposal(
  params: BuildUpdateAllianceProposalParams,
): TxMessage<typeof MsgUpdateAllianceProposalSchema> {
  paramsArg(params, "buildUpdateAllianceProposal");
  return txMessage(MsgUpdateAllianceProposalSchema, {
    title: proposalTextArg(params.title, "title"),
    description: proposalTextArg(params.description, "description"),
    denom: denomArg(params.denom, "denom"),
    ...assetSettingsFields(params),
  });
}
