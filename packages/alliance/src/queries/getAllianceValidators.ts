import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { converted, validatorOf } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import type { AllianceValidator } from "../types.js";

/** Parameters of {@link getAllianceValidators}. */
export type GetAllianceValidatorsParams = AllianceListOptions;

/** The Alliance bookkeeping of every validator that has any (all pages, read at one height). */
export async function getAllianceValidators(
  client: Client,
  params: GetAllianceValidatorsParams = {},
): Promise<AllianceValidator[]> {
  const items = await paginateAll(
    client,
    Query.method.allAllianceValidators,
    {},
    (r) => r.validators,
    listOptions(params),
  );
  return converted("/alliance.alliance.Query/AllAllianceValidators", items, () => items.map(validatorOf));
}
