import type { Client } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { coinOf, converted } from "../internal/convert.js";
import { ibcQuery } from "../internal/hostChains.js";
import { type PstakeQueryOptions, queryOptions } from "../internal/options.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link getDepositAccountBalance}. */
export interface GetDepositAccountBalanceParams extends PstakeQueryOptions {
  /** The host chain id. */
  readonly chainId: string;
}

/** The deposit module account's balance of a host chain's IBC voucher (deposits not yet sent to the host). */
export async function getDepositAccountBalance(client: Client, params: GetDepositAccountBalanceParams): Promise<Coin> {
  paramsArg(params, "getDepositAccountBalance");
  const chainId = chainIdArg(params.chainId);
  const response = await ibcQuery(
    client,
    Query.method.depositAccountBalance,
    { chainId },
    queryOptions(params),
    chainId,
  );
  return converted("/pstake.liquidstakeibc.v1beta1.Query/DepositAccountBalance", response.balance, () =>
    coinOf(response.balance, "balance"),
  );
}
