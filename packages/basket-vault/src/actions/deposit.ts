import { type Client, ClientError, type TxMessage, type TxResult } from "@persistence-sdk/client";
import type { Coin, Dec } from "@persistence-sdk/core";
import { EventDepositSchema, MsgDepositResponseSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { buildDeposit } from "../builders/buildDeposit.js";
import { BasketVaultError } from "../errors.js";
import { type ActionOptions, eventOf, responseOf, sendBasketTx, signerAddressOf } from "../internal/actions.js";
import { converted, decOf, intOf } from "../internal/convert.js";
import { balanceOf, readBasketSnapshot } from "../internal/state.js";
import {
  coinArg,
  idArg,
  nonNegativeAmountArg,
  optionalAccountArg,
  paramsArg,
  slippageArg,
} from "../internal/validate.js";
import { computeDepositPreview } from "../previews/compute.js";
import { DEFAULT_SLIPPAGE, withSlippage } from "../previews/slippage.js";
import type { DepositPreview } from "../types.js";

/** Parameters of {@link deposit}. The sender is the client's signer. */
export interface DepositParams extends ActionOptions {
  /** The basket's id. */
  readonly basketId: bigint;
  /** The LST to deposit (a constituent's denom) and a positive bigint amount in base units. */
  readonly amount: Coin;
  /** The account the shares are minted to (default: the sender). */
  readonly receiver?: string;
  /** Tolerance for `minSharesOut`, a fraction in [0, 1) (default 0.005: 0.5 %). */
  readonly slippage?: Dec;
  /** The guard itself, instead of one computed from the preview and `slippage`. */
  readonly minSharesOut?: bigint;
  /**
   * Messages to execute first, in the same transaction (atomically): a composite flow such as liquid-staking ATOM
   * into stkATOM and depositing it. The sender's balance is then not checked before signing (these messages may
   * produce it); they must not change the basket, or the preview (and the guard) would not hold.
   */
  readonly before?: readonly TxMessage[];
}

/** What {@link deposit} did. */
export interface DepositResult {
  /** The included transaction (hash, height, gas, fee, events). */
  readonly tx: TxResult;
  /** The sender: the client's signer. */
  readonly sender: string;
  /** The account the shares went to. */
  readonly receiver: string;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The coin deposited. */
  readonly amount: Coin;
  /** Shares minted (MsgDepositResponse). */
  readonly shares: bigint;
  /** Value of the deposit in underlying base units. */
  readonly value: bigint;
  /** The deposit fee rate applied and the fee kept by the vault. */
  readonly feeRate: Dec;
  /** Fee kept by the vault, in underlying base units. */
  readonly feeValue: bigint;
  /** Price per share after the deposit (EventDeposit). */
  readonly pricePerShareAfter: Dec;
  /** The guard sent. */
  readonly minSharesOut: bigint;
  /** What was previewed before signing (core's math on the state at `tx.height − 1` or earlier). */
  readonly preview: DepositPreview;
}

/**
 * Deposits one LST into a basket and mints shares, signed by the client's signer (direct or amino JSON). Before
 * anything is signed it reads the basket and its valuation and runs core's deposit on them: a paused or halted
 * basket, stale rates, a denom that is not a constituent, a cap, or a balance below the amount throw
 * `BasketVaultError`; `min_shares_out` is the preview's shares less `slippage`, rounded down. Chain refusals throw
 * `BasketVaultTxError`.
 *
 * @example
 * const { shares } = await deposit(client, { basketId: 1n, amount: { denom: stAtom, amount: 1_000_000n }, slippage: Dec.fromString("0.005") });
 */
export async function deposit(client: Client, params: DepositParams): Promise<DepositResult> {
  paramsArg(params, "deposit");
  const basketId = idArg(params.basketId, "basketId");
  const amount = coinArg(params.amount, "amount");
  const receiver = optionalAccountArg(client.chain, params.receiver, "receiver");
  const slippage = slippageArg(params.slippage ?? DEFAULT_SLIPPAGE);
  const explicitMin =
    params.minSharesOut === undefined ? undefined : nonNegativeAmountArg(params.minSharesOut, "minSharesOut");
  const before = params.before ?? [];
  if (!Array.isArray(before)) {
    throw new ClientError("INVALID_ARGUMENT", "before is a list of messages to run first", {
      field: "before",
      value: before,
      fix: "Pass [txMessage(Schema, fields)], or leave it out.",
    });
  }
  const sender = await signerAddressOf(client, "deposit");

  const snapshot = await readBasketSnapshot(client, basketId);
  const preview = computeDepositPreview(snapshot, amount);
  if (before.length === 0) {
    const balance = await balanceOf(client, sender, amount.denom, snapshot.height);
    if (balance < amount.amount) {
      throw new BasketVaultError("INSUFFICIENT_FUNDS", `the sender holds ${balance} ${amount.denom}`, {
        field: "amount.amount",
        value: amount.amount,
        fix: `Deposit at most ${balance} ${amount.denom}, or fund ${sender} first.`,
      });
    }
  }
  const minSharesOut = explicitMin ?? withSlippage(preview.shares, slippage);
  if (minSharesOut > preview.shares) {
    throw new BasketVaultError("SLIPPAGE", `the deposit mints ${preview.shares} shares now, fewer than minSharesOut`, {
      field: "minSharesOut",
      value: minSharesOut,
      fix: "Lower minSharesOut (or pass slippage instead), or preview again.",
    });
  }

  const message = buildDeposit(client, {
    sender,
    basketId,
    amount,
    minSharesOut,
    ...(receiver === "" ? {} : { receiver }),
  });
  const index = before.length;
  const tx = await sendBasketTx(client, [...before, message], params);
  const response = responseOf(tx, MsgDepositResponseSchema, index);
  const event = eventOf(tx, EventDepositSchema, index);
  return converted(`the deposit transaction ${tx.hash}`, response, () =>
    Object.freeze({
      tx,
      sender,
      receiver: event.receiver || receiver || sender,
      basketId,
      amount,
      shares: intOf(response.shares, "shares"),
      value: intOf(response.value, "value"),
      feeRate: decOf(event.feeRate, "EventDeposit.feeRate"),
      feeValue: intOf(response.feeValue, "feeValue"),
      pricePerShareAfter: decOf(event.pricePerShare, "EventDeposit.pricePerShare"),
      minSharesOut,
      preview,
    }),
  );
}
