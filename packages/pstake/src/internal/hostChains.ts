// Which registered host chain a denom or chain id belongs to, and the checks a liquidstakeibc message must pass
// against it before anything is signed: the right denom, an active chain, the minimum deposit, LSM switched on.
import type { DescMessage, DescMethodUnary, MessageInitShape, MessageShape } from "@bufbuild/protobuf";
import { type Client, ClientError, type QueryOptions, queryAtHeight } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { Query } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { HostChainInactiveError, isNotFound, isUnknownQuery, PstakeError, UnknownHostChainError } from "../errors.js";
import type { HostChain } from "../types.js";
import { converted, hostChainOf } from "./convert.js";

/**
 * A query of x/liquidstakeibc. A node without the module (Persistence core-1 since v12.0.0) answers "unknown query
 * path": that becomes a `QUERY_FAILED` error saying so. `chainId`, when given, turns a "key not found" into
 * {@link UnknownHostChainError}.
 */
export async function ibcQuery<I extends DescMessage, O extends DescMessage>(
  client: Client,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  options: QueryOptions,
  chainId?: string,
): Promise<MessageShape<O>> {
  return (await ibcQueryAtHeight(client, method, request, options, chainId)).response;
}

/** {@link ibcQuery}, also returning the height the node answered at. */
export async function ibcQueryAtHeight<I extends DescMessage, O extends DescMessage>(
  client: Client,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  options: QueryOptions,
  chainId?: string,
): Promise<{ readonly response: MessageShape<O>; readonly height: bigint }> {
  try {
    return await queryAtHeight(client, method, request, options);
  } catch (error) {
    if (isUnknownQuery(error)) {
      throw new ClientError("QUERY_FAILED", "this chain does not run x/liquidstakeibc", {
        field: error.path,
        value: { codespace: error.codespace, code: error.abciCode, log: error.log },
        fix: "x/liquidstakeibc was removed from Persistence core-1 in v12.0.0: stkXPRT (liquidStake) is the pSTAKE module there; point the client at a chain that runs liquidstakeibc.",
        cause: error,
      });
    }
    if (chainId !== undefined && isNotFound(error)) {
      const known = await registeredChainIds(client, options).catch(() => []);
      throw new UnknownHostChainError("chainId", chainId, known, error);
    }
    throw error;
  }
}

/** Every registered host chain, converted. */
export async function allHostChains(client: Client, options: QueryOptions = {}): Promise<HostChain[]> {
  const response = await ibcQuery(client, Query.method.hostChains, {}, options);
  return converted("/pstake.liquidstakeibc.v1beta1.Query/HostChains", response.hostChains, () =>
    response.hostChains.map(hostChainOf),
  );
}

async function registeredChainIds(client: Client, options: QueryOptions): Promise<string[]> {
  return (await allHostChains(client, options)).map((hc) => hc.chainId);
}

/** The host chain whose IBC voucher is `denom`; otherwise {@link UnknownHostChainError} listing the vouchers. */
export async function hostChainOfIbcDenom(
  client: Client,
  denom: string,
  options: QueryOptions = {},
): Promise<HostChain> {
  const chains = await allHostChains(client, options);
  const found = chains.find((hc) => hc.ibcDenom === denom);
  if (found === undefined) {
    throw new UnknownHostChainError(
      "amount.denom",
      denom,
      chains.map((hc) => `${hc.ibcDenom} (${hc.hostDenom} of ${hc.chainId})`),
    );
  }
  return found;
}

/** The host chain whose stkASSET is `denom`; otherwise {@link UnknownHostChainError} listing the stkASSETs. */
export async function hostChainOfMintDenom(
  client: Client,
  denom: string,
  options: QueryOptions = {},
): Promise<HostChain> {
  const chains = await allHostChains(client, options);
  const found = chains.find((hc) => hc.mintDenom === denom);
  if (found === undefined) {
    throw new UnknownHostChainError(
      "amount.denom",
      denom,
      chains.map((hc) => `${hc.mintDenom} (${hc.chainId})`),
    );
  }
  return found;
}

/** What a liquidstakeibc message does with a host chain, for {@link checkHostChain}. */
export type HostChainUse = "liquidStake" | "liquidStakeLsm" | "liquidUnstake" | "redeem";

function isHostChain(value: unknown): value is HostChain {
  const hc = value as Partial<HostChain> | null;
  return (
    hc !== null &&
    typeof hc === "object" &&
    typeof hc.chainId === "string" &&
    typeof hc.active === "boolean" &&
    typeof hc.minimumDeposit === "bigint" &&
    typeof hc.ibcDenom === "string" &&
    typeof hc.mintDenom === "string"
  );
}

/**
 * Checks a message's coin against the host chain it is for, as x/liquidstakeibc would: the denom (the IBC voucher to
 * stake, the stkASSET to unstake or redeem), an active chain, the minimum deposit (stake, and unstake in stk units),
 * and the LSM flag. Throws a typed {@link PstakeError} otherwise; `HostChainInactiveError` for an inactive chain.
 */
export function checkHostChain(
  hostChain: HostChain,
  coin: Coin | undefined,
  use: HostChainUse,
  field: string,
): HostChain {
  if (!isHostChain(hostChain)) {
    throw new ClientError("INVALID_ARGUMENT", "not a host chain", {
      field: "hostChain",
      value: hostChain,
      fix: "Pass a host chain as getHostChain(client, { chainId }) returns it, or leave hostChain out.",
    });
  }
  if (coin !== undefined) {
    const expected =
      use === "liquidStake" ? hostChain.ibcDenom : use === "liquidStakeLsm" ? undefined : hostChain.mintDenom;
    if (expected !== undefined && coin.denom !== expected) {
      throw new PstakeError("WRONG_DENOM", `host chain ${hostChain.chainId} takes ${expected} here`, {
        field: `${field}.denom`,
        value: coin.denom,
        fix:
          use === "liquidStake"
            ? `Liquid stake ${hostChain.hostDenom} as its IBC voucher ${hostChain.ibcDenom}.`
            : `Unstake or redeem ${hostChain.mintDenom}, the stkASSET of ${hostChain.chainId}.`,
      });
    }
  }
  if (!hostChain.active) throw new HostChainInactiveError(hostChain.chainId, field);
  if (use === "liquidStakeLsm" && !hostChain.lsmEnabled) {
    throw new PstakeError("LSM_DISABLED", `host chain ${hostChain.chainId} does not take LSM shares`, {
      field: "chainId",
      value: hostChain.chainId,
      fix: `Liquid stake ${hostChain.hostDenom} itself with liquidStakeIbc instead (HostChain.lsmEnabled is false).`,
    });
  }
  if (
    coin !== undefined &&
    (use === "liquidStake" || use === "liquidUnstake") &&
    coin.amount < hostChain.minimumDeposit
  ) {
    const unit = use === "liquidStake" ? hostChain.ibcDenom : hostChain.mintDenom;
    throw new PstakeError("BELOW_MINIMUM", `below the host chain's minimum of ${hostChain.minimumDeposit}`, {
      field: `${field}.amount`,
      value: coin.amount,
      fix: `Send at least ${hostChain.minimumDeposit} ${unit} (HostChain.minimumDeposit of ${hostChain.chainId}).`,
    });
  }
  return hostChain;
}

/** The host chain `chainId`; {@link UnknownHostChainError} when none is registered. */
export async function hostChainById(client: Client, chainId: string, options: QueryOptions = {}): Promise<HostChain> {
  const response = await ibcQuery(client, Query.method.hostChain, { chainId }, options, chainId);
  return converted("/pstake.liquidstakeibc.v1beta1.Query/HostChain", response.hostChain, () => {
    if (response.hostChain === undefined) throw new Error("no host chain in the answer");
    return hostChainOf(response.hostChain);
  });
}
