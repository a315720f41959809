import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgClaimSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, idArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildClaim}. */
export interface BuildClaimParams {
  /** The owner of every listed request; it signs. */
  readonly owner: string;
  /** CLAIMABLE requests to pay, each once (at most the module's `maxClaimRequestIds`, 50 by default). */
  readonly requestIds: readonly bigint[];
}

/** A `MsgClaim` (§3): pays CLAIMABLE requests to their receivers. */
export function buildClaim(context: HasChain, params: BuildClaimParams): TxMessage<typeof MsgClaimSchema> {
  const chain = chainOf(context, "buildClaim");
  paramsArg(params, "buildClaim");
  const ids = params.requestIds;
  if (!Array.isArray(ids) || ids.length === 0) {
    throw new ClientError("INVALID_ARGUMENT", "requestIds is a non-empty list of request ids", {
      field: "requestIds",
      value: ids,
      fix: "Pass the ids of CLAIMABLE requests (getBasketPosition lists them as claimableRequestIds).",
    });
  }
  const checked = ids.map((id, i) => idArg(id, `requestIds[${i}]`));
  const seen = new Set<bigint>();
  checked.forEach((id, i) => {
    if (seen.has(id)) {
      throw new ClientError("INVALID_ARGUMENT", "a request id is listed twice", {
        field: `requestIds[${i}]`,
        value: id,
        fix: "List each request once.",
      });
    }
    seen.add(id);
  });
  return txMessage(MsgClaimSchema, { owner: accountArg(chain, params.owner, "owner"), requestIds: checked });
}
