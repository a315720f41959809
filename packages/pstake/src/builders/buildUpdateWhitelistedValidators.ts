import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgUpdateWhitelistedValidatorsSchema } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { accountArg, chainOf, type HasChain, paramsArg } from "../internal/validate.js";
import type { WhitelistedValidator } from "../types.js";
import { whitelistArg } from "./whitelist.js";

/** Parameters of {@link buildUpdateWhitelistedValidators}. */
export interface BuildUpdateWhitelistedValidatorsParams {
  /** The whitelist admin (params.whitelist_admin_address) or the module authority; it signs the transaction. */
  readonly authority: string;
  /** The new whitelist: bonded validators, target weights as bigint summing to 10000n. */
  readonly whitelistedValidators: readonly WhitelistedValidator[];
}

/**
 * An x/liquidstake `MsgUpdateWhitelistedValidators` (admin only): replaces the whitelist. Checked first: operator
 * addresses of this chain, weights from 1 to 10000 summing to exactly 10000, no duplicates. (The chain also requires
 * each validator to be bonded, which only the chain knows.)
 */
export function buildUpdateWhitelistedValidators(
  context: HasChain,
  params: BuildUpdateWhitelistedValidatorsParams,
): TxMessage<typeof MsgUpdateWhitelistedValidatorsSchema> {
  const chain = chainOf(context, "buildUpdateWhitelistedValidators");
  paramsArg(params, "buildUpdateWhitelistedValidators");
  return txMessage(MsgUpdateWhitelistedValidatorsSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    whitelistedValidators: whitelistArg(chain, params.whitelistedValidators, "whitelistedValidators", {
      requireTotal: true,
    }),
  });
}
