import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgDeleteAllianceProposalSchema } from "@persistence-sdk/proto/alliance/alliance";
import { denomArg, paramsArg, proposalTextArg } from "../internal/validate.js";

/** Parameters of {@link buildDeleteAllianceProposal}. */
export interface BuildDeleteAllianceProposalParams {
  /** Proposal title (1–140 characters). */
  readonly title: string;
  /** Proposal text (1–10,000 characters). */
  readonly description: string;
  /** The denom of the asset to remove. */
  readonly denom: string;
}

/**
 * The gov v1beta1 proposal content that removes an Alliance asset (`MsgDeleteAllianceProposal`; submit it with
 * {@link buildSubmitAllianceProposal}). Checked first.
 */
export function buildDeleteAllianceProposal(
  params: BuildDeleteAllianceProposalParams,
): TxMessage<typeof MsgDeleteAllianceProposalSchema> {
  paramsArg(params, "buildDeleteAllianceProposal");
  return txMessage(MsgDeleteAllianceProposalSchema, {
    title: proposalTextArg(params.title, "title"),
    description: proposalTextArg(params.description, "description"),
    denom: denomArg(params.denom, "denom"),
  });
}
