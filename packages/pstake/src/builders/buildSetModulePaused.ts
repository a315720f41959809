import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgSetModulePausedSchema } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { accountArg, chainOf, type HasChain, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildSetModulePaused}. */
export interface BuildSetModulePausedParams {
  /** The whitelist admin or the module authority; it signs the transaction. */
  readonly authority: string;
  /** true pauses every x/liquidstake user message; false resumes them. */
  readonly paused: boolean;
}

/** An x/liquidstake `MsgSetModulePaused` (admin only): pauses or resumes liquid stake, unstake and StakeToLP. */
export function buildSetModulePaused(
  context: HasChain,
  params: BuildSetModulePausedParams,
): TxMessage<typeof MsgSetModulePausedSchema> {
  const chain = chainOf(context, "buildSetModulePaused");
  paramsArg(params, "buildSetModulePaused");
  if (typeof params.paused !== "boolean") {
    throw new ClientError("INVALID_ARGUMENT", "paused is a boolean", {
      field: "paused",
      value: params.paused,
      fix: "Pass paused: true to pause the module, false to resume it.",
    });
  }
  return txMessage(MsgSetModulePausedSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    isPaused: params.paused,
  });
}
