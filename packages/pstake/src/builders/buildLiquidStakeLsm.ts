import { ClientError, type TxMessage, txMessage, validateCoins } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgLiquidStakeLSMSchema } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { checkHostChain } from "../internal/hostChains.js";
import { accountArg, chainOf, type HasChain, ibcCoinArg, paramsArg } from "../internal/validate.js";
import type { HostChain } from "../types.js";

/** Parameters of {@link buildLiquidStakeLsm}. */
export interface BuildLiquidStakeLsmParams {
  /** The depositor's account address; it signs the transaction. */
  readonly delegator: string;
  /** LSM share vouchers (`ibc/...` of `<valoper>/<record>` shares tokenized on the host), one coin per denom. */
  readonly delegations: readonly Coin[];
  /** The host chain the shares come from; when given, checked to be active with LSM switched on. */
  readonly hostChain?: HostChain;
}

/** The most LSM coins one message carries (a sanity bound: each is a separate deposit on chain). */
const MAX_DELEGATIONS = 32;

/**
 * An x/liquidstakeibc `MsgLiquidStakeLSM`: deposits LSM shares of host delegations for stkASSET at their validators'
 * exchange rates. Checked first: 1 to 32 coins, each an `ibc/` voucher with a positive amount, no denom twice (sent
 * sorted by denom, as sdk.Coins must be); with `hostChain`, an active chain with LSM on.
 */
export function buildLiquidStakeLsm(
  context: HasChain,
  params: BuildLiquidStakeLsmParams,
): TxMessage<typeof MsgLiquidStakeLSMSchema> {
  const chain = chainOf(context, "buildLiquidStakeLsm");
  paramsArg(params, "buildLiquidStakeLsm");
  const delegatorAddress = accountArg(chain, params.delegator, "delegator");
  const list = params.delegations;
  if (Array.isArray(list) && list.length > MAX_DELEGATIONS) {
    throw new ClientError("INVALID_ARGUMENT", `at most ${MAX_DELEGATIONS} LSM coins per message`, {
      field: "delegations",
      value: list.length,
      fix: "Split the deposit over several transactions.",
    });
  }
  validateCoins(list, "delegations");
  const delegations = list.map((coin, i) => ibcCoinArg(chain, coin, `delegations[${i}]`));
  if (params.hostChain !== undefined) checkHostChain(params.hostChain, undefined, "liquidStakeLsm", "delegations");
  // sdk.Coins.IsValid (the chain's ValidateBasic) wants the coins sorted by denom.
  const sorted = [...delegations].sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
  return txMessage(MsgLiquidStakeLSMSchema, { delegatorAddress, delegations: sorted.map(coinToProto) });
}
