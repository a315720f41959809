import { type Client, ClientError, paginateAll } from "@persistence-sdk/client";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { isUnknownQuery } from "../errors.js";
import { converted, userUnbondingOf } from "../internal/convert.js";
import { listOptions, type PstakeListOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";
import type { UserUnbonding } from "../types.js";

/** Parameters of {@link getHostChainUserUnbondings}. */
export interface GetHostChainUserUnbondingsParams extends PstakeListOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/** Every user's unbondings on one host chain (`HostChainUserUnbondings`, every page read at one height). */
export async function getHostChainUserUnbondings(
  client: Client,
  params: GetHostChainUserUnbondingsParams,
): Promise<UserUnbonding[]> {
  paramsArg(params, "getHostChainUserUnbondings");
  const chainId = chainIdArg(params.chainId);
  const items = await paginateAll(
    client,
    Query.method.hostChainUserUnbondings,
    { chainId },
    (r) => r.userUnbondings,
    listOptions(params),
  ).catch((error: unknown) => {
    if (!isUnknownQuery(error)) throw error;
    throw new ClientError("QUERY_FAILED", "this chain does not run x/liquidstakeibc", {
      field: error.path,
      value: error.log,
      fix: "x/liquidstakeibc was removed from Persistence core-1 in v12.0.0; point the client at a chain that runs it.",
      cause: error,
    });
  });
  return converted("/pstake.liquidstakeibc.v1beta1.Query/HostChainUserUnbondings", items, () =>
    items.map((u, i) => userUnbondingOf(u, `userUnbondings[${i}]`)),
  );
}
