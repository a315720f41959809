import { type Client, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/alliance/alliance";
import { assetOf, converted } from "../internal/convert.js";
import { type AllianceListOptions, listOptions } from "../internal/options.js";
import type { AllianceAsset } from "../types.js";

/** Parameters of {@link getAlliances}. */
export type GetAlliancesParams = AllianceListOptions;

/** Every Alliance asset (all pages, read at one height), with Decs and bigint amounts. */
export async function getAlliances(client: Client, params: GetAlliancesParams = {}): Promise<AllianceAsset[]> {
  const assets = await paginateAll(client, Query.method.alliances, {}, (r) => r.alliances, listOptions(params));
  return converted("/alliance.alliance.Query/Alliances", assets, () => assets.map(assetOf));
}
