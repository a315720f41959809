import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgCreateAllianceProposalSchema } from "@persistence-sdk/proto/alliance/alliance";
import { denomArg, paramsArg, proposalTextArg } from "../internal/validate.js";
import { type AllianceAssetSettings, assetSettingsFields } from "./assetSettings.js";

/** Parameters of {@link buildCreateAllianceProposal}. */
export interface BuildCreateAllianceProposalParams extends AllianceAssetSettings {
  /** Proposal title (1–140 characters). */
  readonly title: string;
  /** Proposal text (1–10,000 characters). */
  readonly description: string;
  /** The denom to accept. */
  readonly denom: string;
}

/**
 * The gov v1beta1 proposal content that registers an Alliance asset (`MsgCreateAllianceProposal`; not a
 * transaction by itself: submit it with {@link buildSubmitAllianceProposal}). Checked as {@link buildCreateAlliance}.
 */
export function buildCreateAllianceProposal(
  params: BuildCreateAllianceProposalParams,
): TxMessage<typeof MsgCreateAllianceProposalSchema> {
  paramsArg(params, "buildCreateAllianceProposal");
  return txMessage(MsgCreateAllianceProposalSchema, {
    title: proposalTextArg(params.title, "title"),
    description: proposalTextArg(params.description, "description"),
    denom: denomArg(params.denom, "denom"),
    ...assetSettingsFields(params),
  });
}
