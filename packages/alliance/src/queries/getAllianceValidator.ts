import { type Client, query } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, validatorOf } from "../internal/convert.js";
import { type AllianceQueryOptions, queryOptions } from "../internal/options.js";
import { paramsArg, validatorArg } from "../internal/validate.js";
import type { AllianceValidator } from "../types.js";

/** Parameters of {@link getAllianceValidator}. */
export interface GetAllianceValidatorParams extends AllianceQueryOptions {
  /** The validator's operator address. */
  readonly validator: string;
}

/** A validator's Alliance bookkeeping: its validator shares, its delegators' total shares and tokens, per asset. */
export async function getAllianceValidator(
  client: Client,
  params: GetAllianceValidatorParams,
): Promise<AllianceValidator> {
  paramsArg(params, "getAllianceValidator");
  const validatorAddr = validatorArg(client.chain, params.validator, "validator");
  const response = await query(client, Query.method.allianceValidator, { validatorAddr }, queryOptions(params));
  return converted("/alliance.alliance.Query/AllianceValidator", response, () => validatorOf(response));
}
