import { type TxMessage, txMessage } from "@persistence-sdk/client";
import { type Coin, coinToProto } from "@persistence-sdk/core";
import { MsgDepositSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import {
  accountArg,
  chainOf,
  coinArg,
  type HasChain,
  idArg,
  nonNegativeAmountArg,
  optionalAccountArg,
  paramsArg,
} from "../internal/validate.js";

/** Parameters of {@link buildDeposit}. */
export interface BuildDepositParams {
  /** The account the LST is taken from; it signs. */
  readonly sender: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The LST (a constituent's denom) and a positive bigint amount in base units. */
  readonly amount: Coin;
  /** Fewest shares accepted (default 0n: no guard; `deposit` fills it from a preview). */
  readonly minSharesOut?: bigint;
  /** The account the shares are minted to (default: the sender). */
  readonly receiver?: string;
}

/**
 * A `MsgDeposit` (§2): deposits one LST and mints shares. Every field is checked against the chain of `context`
 * (a client, or `{ chain }`) first; a typed error names the field otherwise. Whether the denom is a constituent and
 * the rates are fresh is the chain's state: `deposit` and `previewDeposit` check it before signing.
 *
 * @example
 * buildDeposit(client, { sender, basketId: 1n, amount: { denom: stAtom, amount: 1_000_000n }, minSharesOut })
 */
export function buildDeposit(context: HasChain, params: BuildDepositParams): TxMessage<typeof MsgDepositSchema> {
  const chain = chainOf(context, "buildDeposit");
  paramsArg(params, "buildDeposit");
  return txMessage(MsgDepositSchema, {
    sender: accountArg(chain, params.sender, "sender"),
    basketId: idArg(params.basketId, "basketId"),
    amount: coinToProto(coinArg(params.amount, "amount")),
    minSharesOut: nonNegativeAmountArg(params.minSharesOut ?? 0n, "minSharesOut").toString(),
    receiver: optionalAccountArg(chain, params.receiver, "receiver"),
  });
}
