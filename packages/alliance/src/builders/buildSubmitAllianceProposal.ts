import { ClientError, messageToAny, type TxMessage, txMessage, validateCoins } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import {
  MsgCreateAllianceProposalSchema,
  MsgDeleteAllianceProposalSchema,
  MsgUpdateAllianceProposalSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { MsgSubmitProposalSchema } from "@persistence-sdk/proto/cosmos/gov/v1beta1";
import { accountArg, chainOf, type HasChain, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildSubmitAllianceProposal}. */
export interface BuildSubmitAllianceProposalParams {
  /** The account submitting the proposal; it signs and pays the deposit. */
  readonly proposer: string;
  /** The content: from buildCreateAllianceProposal, buildUpdateAllianceProposal or buildDeleteAllianceProposal. */
  readonly content: TxMessage;
  /** The initial deposit (may be empty; the chain's gov params set the minimum to enter voting). */
  readonly initialDeposit: readonly Coin[];
}

const CONTENT_TYPES: ReadonlySet<string> = new Set([
  MsgCreateAllianceProposalSchema.typeName,
  MsgUpdateAllianceProposalSchema.typeName,
  MsgDeleteAllianceProposalSchema.typeName,
]);

/**
 * A gov v1beta1 `MsgSubmitProposal` carrying an Alliance proposal content (chains whose gov still routes legacy
 * content to x/alliance's handler). On gov v1, submit the authority messages (buildCreateAlliance...) instead.
 */
export function buildSubmitAllianceProposal(
  context: HasChain,
  params: BuildSubmitAllianceProposalParams,
): TxMessage<typeof MsgSubmitProposalSchema> {
  const chain = chainOf(context, "buildSubmitAllianceProposal");
  paramsArg(params, "buildSubmitAllianceProposal");
  const proposer = accountArg(chain, params.proposer, "proposer");
  const content = params.content;
  if (content === null || typeof content !== "object" || !CONTENT_TYPES.has(content.schema?.typeName)) {
    throw new ClientError("INVALID_ARGUMENT", "not an Alliance proposal content", {
      field: "content",
      value: (content as TxMessage | null)?.typeUrl ?? content,
      fix: "Pass the result of buildCreateAllianceProposal, buildUpdateAllianceProposal or buildDeleteAllianceProposal.",
    });
  }
  const deposit = validateCoins(params.initialDeposit, "initialDeposit", { allowEmpty: true });
  return txMessage(MsgSubmitProposalSchema, {
    proposer,
    content: messageToAny(content),
    initialDeposit: deposit.map(coinToProto),
  });
}
