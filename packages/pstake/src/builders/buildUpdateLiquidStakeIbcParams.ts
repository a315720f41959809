import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgUpdateParamsSchema } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { accountArg, chainOf, type HasChain, paramsArg } from "../internal/validate.js";

/** Parameters of {@link buildUpdateLiquidStakeIbcParams}. */
export interface BuildUpdateLiquidStakeIbcParamsParams {
  /** The module authority (gov) or the current admin; it signs the transaction. */
  readonly authority: string;
  /** The new admin. */
  readonly adminAddress: string;
  /** The new fee address. */
  readonly feeAddress: string;
}

/** An x/liquidstakeibc `MsgUpdateParams` (authority or admin): replaces the admin and the fee address. */
export function buildUpdateLiquidStakeIbcParams(
  context: HasChain,
  params: BuildUpdateLiquidStakeIbcParamsParams,
): TxMessage<typeof MsgUpdateParamsSchema> {
  const chain = chainOf(context, "buildUpdateLiquidStakeIbcParams");
  paramsArg(params, "buildUpdateLiquidStakeIbcParams");
  return txMessage(MsgUpdateParamsSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    params: {
      adminAddress: accountArg(chain, params.adminAddress, "adminAddress"),
      feeAddress: accountArg(chain, params.feeAddress, "feeAddress"),
    },
  });
}
