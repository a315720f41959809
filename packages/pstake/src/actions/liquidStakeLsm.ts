import type { Client, TxResult } from "@persistence-sdk/client";
import type { Coin } from "@persistence-sdk/core";
import { buildLiquidStakeLsm } from "../builders/buildLiquidStakeLsm.js";
import {
  type ActionOptions,
  attributeOf,
  eventsOfMessage,
  parseCoinString,
  sendPstakeTx,
  signerAddressOf,
} from "../internal/actions.js";
import { hostChainById } from "../internal/hostChains.js";
import { chainIdArg, paramsArg } from "../internal/validate.js";

/** Parameters of {@link liquidStakeLsm}. The depositor is the client's signer. */
export interface LiquidStakeLsmParams extends ActionOptions {
  /** The host chain the LSM shares come from (checked active, with LSM on, before signing). */
  readonly chainId: string;
  /** The LSM share vouchers (`ibc/...`), one coin per denom. */
  readonly delegations: readonly Coin[];
}

/** One LSM deposit as the chain reported it (`liquid_stake_lsm` event). */
export interface LsmDepositResult {
  /** Host tokens the shares were valued at. */
  readonly depositAmount: Coin;
  /** stkASSET received. */
  readonly received: Coin;
  /** Deposit fee, in stkASSET. */
  readonly fee: Coin;
}

/** What {@link liquidStakeLsm} did. */
export interface LiquidStakeLsmResult {
  /** The included transaction. */
  readonly tx: TxResult;
  /** The depositor. */
  readonly delegator: string;
  /** The host chain. */
  readonly chainId: string;
  /** Per deposit, in the message's order (coins sorted by denom). */
  readonly deposits: readonly LsmDepositResult[];
  /** Σ received. */
  readonly received: Coin;
  /** Σ fee. */
  readonly fee: Coin;
}

/**
 * Deposits LSM shares of host delegations for stkASSET (x/liquidstakeibc MsgLiquidStakeLSM), signed by the client's
 * signer. Refused before signing: bad coins, an unknown or inactive host chain, LSM switched off (`LSM_DISABLED`).
 * Chain refusals (`INVALID_LSM_DENOM`, `LSM_VALIDATOR_INVALID`, `BELOW_MINIMUM`, `LSM_DEPOSIT_IN_FLIGHT`) throw
 * `PstakeTxError`.
 */
export async function liquidStakeLsm(client: Client, params: LiquidStakeLsmParams): Promise<LiquidStakeLsmResult> {
  paramsArg(params, "liquidStakeLsm");
  const delegator = await signerAddressOf(client, "liquidStakeLsm");
  const chainId = chainIdArg(params.chainId);
  // Bad coins are refused before the host chain is read, then again with the host chain's rules.
  buildLiquidStakeLsm(client, { delegator, delegations: params.delegations });
  const hostChain = await hostChainById(client, chainId);
  const message = buildLiquidStakeLsm(client, { delegator, delegations: params.delegations, hostChain });
  const tx = await sendPstakeTx(client, [message], params);
  const deposits = eventsOfMessage(tx, "liquid_stake_lsm", 0).map((event) =>
    Object.freeze({
      depositAmount: parseCoinString(attributeOf(event, "input_amount"), "liquid_stake_lsm.input_amount"),
      received: parseCoinString(attributeOf(event, "output_amount"), "liquid_stake_lsm.output_amount"),
      fee: parseCoinString(attributeOf(event, "pstake_deposit_fee"), "liquid_stake_lsm.pstake_deposit_fee"),
    }),
  );
  const denom = hostChain.mintDenom;
  return Object.freeze({
    tx,
    delegator,
    chainId,
    deposits: Object.freeze(deposits),
    received: Object.freeze({ denom, amount: deposits.reduce((sum, d) => sum + d.received.amount, 0n) }),
    fee: Object.freeze({ denom, amount: deposits.reduce((sum, d) => sum + d.fee.amount, 0n) }),
  });
}
