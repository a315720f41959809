import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { buildLiquidStakeIbc } from "../builders/buildLiquidStakeIbc.js";
import {
  type ActionOptions,
  attributeOf,
  eventOfMessage,
  parseCoinString,
  sendPstakeTx,
  signerAddressOf,
} from "../internal/actions.js";
import { hostChainOfIbcDenom } from "../internal/hostChains.js";
import { ibcCoinArg, paramsArg } from "../internal/validate.js";
import type { HostChain } from "../types.js";

/** Parameters of {@link liquidStakeIbc}. The staker is the client's signer. */
export interface LiquidStakeIbcParams extends ActionOptions {
  /** The host token to stake, as its IBC voucher (`HostChain.ibcDenom`), in base units. */
  readonly amount: Coin;
}

/** What {@link liquidStakeIbc} did. */
export interface LiquidStakeIbcResult {
  /** The included transaction. */
  readonly tx: TxResult;
  /** The staker: the client's signer. */
  readonly delegator: string;
  /** The host chain. */
  readonly chainId: string;
  /** The voucher staked. */
  readonly amount: Coin;
  /** The stkASSET the staker received (the event's output_amount). */
  readonly received: Coin;
  /** The deposit fee, in stkASSET (pstake_deposit_fee). */
  readonly fee: Coin;
  /** stkASSET minted: received + fee. */
  readonly mintAmount: bigint;
}

/** The result of message `msgIndex` of a transaction that liquid staked `amount` into `hostChain`. */
export function liquidStakeIbcResultOf(
  tx: TxResult,
  delegator: string,
  hostChain: HostChain,
  amount: Coin,
  msgIndex: number,
): LiquidStakeIbcResult {
  const event = eventOfMessage(tx, "liquid_stake", msgIndex);
  const received = parseCoinString(attributeOf(event, "output_amount"), "liquid_stake.output_amount");
  const fee = parseCoinString(attributeOf(event, "pstake_deposit_fee"), "liquid_stake.pstake_deposit_fee");
  return Object.freeze({
    tx,
    delegator,
    chainId: hostChain.chainId,
    amount,
    received,
    fee,
    mintAmount: received.amount + fee.amount,
  });
}

/** The host chain of a liquid stake, checked (denom, active, minimum) before anything is signed. */
export async function hostChainForStake(client: Client, amount: Coin): Promise<HostChain> {
  return hostChainOfIbcDenom(client, ibcCoinArg(client.chain, amount, "amount").denom);
}

/**
 * Liquid stakes a host token (ATOM as its IBC voucher...) into its stkASSET (x/liquidstakeibc MsgLiquidStake), signed
 * by the client's signer. Refused before signing, with typed errors: a denom that is not a registered host token's
 * voucher (`INVALID_DENOM` for uxprt or stk/ denoms, `UnknownHostChainError` for unknown vouchers), bad amounts, an
 * inactive host chain (`HostChainInactiveError`), an amount below the minimum deposit (`BELOW_MINIMUM`).
 *
 * @example
 * const [atom] = await getHostChains(client);
 * const { received } = await liquidStakeIbc(client, { amount: { denom: atom.ibcDenom, amount: 1_000_000n } });
 */
export async function liquidStakeIbc(client: Client, params: LiquidStakeIbcParams): Promise<LiquidStakeIbcResult> {
  paramsArg(params, "liquidStakeIbc");
  const delegator = await signerAddressOf(client, "liquidStakeIbc");
  const hostChain = await hostChainForStake(client, params.amount);
  const message = buildLiquidStakeIbc(client, { delegator, amount: params.amount, hostChain });
  const amount = { denom: message.value.amount!.denom, amount: params.amount.amount };
  const tx = await sendPstakeTx(client, [message], params);
  return liquidStakeIbcResultOf(tx, delegator, hostChain, amount, 0);
}
