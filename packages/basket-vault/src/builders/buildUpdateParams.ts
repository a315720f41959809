import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgUpdateParamsSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, type HasChain, paramsArg, secondsArg, smallIntArg } from "../internal/validate.js";
import type { BasketVaultParams } from "../types.js";

/** Parameters of {@link buildUpdateParams}. */
export interface BuildUpdateParamsParams {
  /** The module authority. */
  readonly authority: string;
  /** The new params, all fields (start from `getBasketVaultParams`). */
  readonly params: BasketVaultParams;
}

const UINT32 = 2 ** 32 - 1;

function atLeastOne(value: number, field: string): number {
  smallIntArg(value, field, UINT32);
  if (value < 1) {
    throw new ClientError("INVALID_INTEGER", "must be at least 1", { field, value, fix: "Pass 1 or more." });
  }
  return value;
}

/** A `MsgUpdateParams` (authority only): replaces the module params, each checked as the chain checks it. */
export function buildUpdateParams(
  context: HasChain,
  params: BuildUpdateParamsParams,
): TxMessage<typeof MsgUpdateParamsSchema> {
  const chain = chainOf(context, "buildUpdateParams");
  paramsArg(params, "buildUpdateParams");
  const p = paramsArg(params.params, "buildUpdateParams");
  return txMessage(MsgUpdateParamsSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    params: {
      maxConstituents: atLeastOne(p.maxConstituents, "params.maxConstituents"),
      defaultVirtualOffset: smallIntArg(p.defaultVirtualOffset, "params.defaultVirtualOffset", 18),
      minEpochSeconds: secondsArg(p.minEpochSeconds, "params.minEpochSeconds", 1n),
      maxClaimRequestIds: atLeastOne(p.maxClaimRequestIds, "params.maxClaimRequestIds"),
    },
  });
}
