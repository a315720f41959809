import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { checkNonNegative, validateDenom } from "@persistence-sdk/core";
import { MsgUpdateParamsSchema } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { accountArg, chainOf, fractionArg, type HasChain, paramsArg } from "../internal/validate.js";
import type { LiquidStakeModuleParams } from "../types.js";
import { whitelistArg } from "./whitelist.js";

/** Parameters of {@link buildUpdateLiquidStakeParams}. */
export interface BuildUpdateLiquidStakeParamsParams {
  /** The module authority (gov) or the whitelist admin; it signs the transaction. */
  readonly authority: string;
  /**
   * The complete parameter set, as `getLiquidStakeParams` returns it (change what you need and pass the rest back).
   * The chain updates unstake_fee_rate, lsm_disabled, min_liquid_stake_amount, cw_locked_pool_address,
   * fee_account_address, autocompound_fee_rate and whitelist_admin_address; the denom, whitelist and pause keep their
   * own messages, but the whole set must still be valid.
   */
  readonly params: LiquidStakeModuleParams;
}

/**
 * An x/liquidstake `MsgUpdateParams` (authority or whitelist admin), with every rule of Go's `Params.Validate`
 * checked first: a valid liquid bond denom, a valid whitelist, fee rates from 0 to 1, a minimum ≥ 0, a fee account,
 * and optional LP contract and admin addresses of this chain. Decs are sent in their protobuf form.
 */
export function buildUpdateLiquidStakeParams(
  context: HasChain,
  params: BuildUpdateLiquidStakeParamsParams,
): TxMessage<typeof MsgUpdateParamsSchema> {
  const chain = chainOf(context, "buildUpdateLiquidStakeParams");
  paramsArg(params, "buildUpdateLiquidStakeParams");
  const authority = accountArg(chain, params.authority, "authority");
  const p = paramsArg(params.params, "buildUpdateLiquidStakeParams({ params })");
  const optionalAccount = (value: string, field: string) => (value === "" ? "" : accountArg(chain, value, field));
  const min = p.minLiquidStakeAmount;
  if (typeof min !== "bigint") {
    throw new ClientError("INVALID_AMOUNT", "the minimum is a bigint of uxprt", {
      field: "params.minLiquidStakeAmount",
      value: min,
      fix: "Pass a bigint such as 1000n.",
    });
  }
  checkNonNegative(min, "params.minLiquidStakeAmount");
  return txMessage(MsgUpdateParamsSchema, {
    authority,
    params: {
      liquidBondDenom: validateDenom(p.liquidBondDenom, "params.liquidBondDenom"),
      whitelistedValidators: whitelistArg(chain, p.whitelistedValidators, "params.whitelistedValidators", {
        requireTotal: false,
      }),
      unstakeFeeRate: fractionArg(p.unstakeFeeRate, "params.unstakeFeeRate").toProto(),
      lsmDisabled: p.lsmDisabled === true,
      minLiquidStakeAmount: min.toString(),
      cwLockedPoolAddress: optionalAccount(p.cwLockedPoolAddress ?? "", "params.cwLockedPoolAddress"),
      feeAccountAddress: accountArg(chain, p.feeAccountAddress, "params.feeAccountAddress"),
      autocompoundFeeRate: fractionArg(p.autocompoundFeeRate, "params.autocompoundFeeRate").toProto(),
      whitelistAdminAddress: optionalAccount(p.whitelistAdminAddress ?? "", "params.whitelistAdminAddress"),
      modulePaused: p.modulePaused === true,
    },
  });
}
