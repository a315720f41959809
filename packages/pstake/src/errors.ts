// pSTAKE's refusals as typed errors. Core's error codes have no pSTAKE-specific entries for a paused module, an
// inactive host chain or a disabled LSM path, so every pSTAKE error carries a second stable name, `reason`, next to the
// nearest core `code` (AMOUNT_BELOW_MINIMUM, INVALID_DENOM, INSUFFICIENT_LIQUIDITY...; TX_FAILED or INVALID_ARGUMENT
// where core has none). Apps switch on `reason`.
//
// Refusals found before signing (from queried state) are `PstakeError`s; refusals the chain returns (usually in the
// simulation, so nothing is signed or paid) are `PstakeTxError`s, recognised by the texts of x/liquidstake's and
// x/liquidstakeibc's registered errors (a simulation loses the codespace, so the text is what is left).
import { type ChainFailure, ClientError, QueryError, TxFailedError } from "@persistence-sdk/client";
import type { SdkErrorCode } from "@persistence-sdk/core";

/** Why pSTAKE refused: a stable name per refusal of x/liquidstake and x/liquidstakeibc. */
export type PstakeRefusal =
  /** x/liquidstake is paused (params.module_paused): every user message fails. */
  | "MODULE_PAUSED"
  /** Below params.min_liquid_stake_amount, or below the host chain's minimum_deposit. */
  | "BELOW_MINIMUM"
  /** The amount converts to 0 (ErrTooSmallLiquidStakeAmount / ErrTooSmallLiquidUnstakingAmount). */
  | "AMOUNT_TOO_SMALL"
  /** A denom the message does not take. */
  | "WRONG_DENOM"
  /** No whitelisted validator is active. */
  | "NO_ACTIVE_VALIDATORS"
  /** Active whitelisted validators hold less than 0.3333 of the weight. */
  | "QUORUM_NOT_REACHED"
  /** More stkXPRT than exists. */
  | "EXCEEDS_SUPPLY"
  /** The pool cannot pay now: proxy balance, current deposits, or host delegations. */
  | "INSUFFICIENT_LIQUIDITY"
  /** MsgStakeToLP with params.lsm_disabled, or MsgLiquidStakeLSM on a host chain without the LSM flag. */
  | "LSM_DISABLED"
  /** MsgStakeToLP from a validator that is not whitelisted. */
  | "NOT_WHITELISTED"
  /** The user already has the maximum unbonding entries (7) with a validator the unstake would use. */
  | "UNBONDING_ENTRIES_FULL"
  /** The host chain is inactive (its c-value left its limits, or it was never activated). */
  | "HOST_CHAIN_INACTIVE"
  /** No host chain is registered for this denom or chain id. */
  | "UNKNOWN_HOST_CHAIN"
  /** An LSM share denom pSTAKE does not recognise. */
  | "INVALID_LSM_DENOM"
  /** An LSM deposit of the same shares by the same delegator is still being processed. */
  | "LSM_DEPOSIT_IN_FLIGHT"
  /** The LSM shares' validator is not bonded or not in the set. */
  | "LSM_VALIDATOR_INVALID"
  /** The current epoch's deposit record is gone (drained by instant redeems): liquid stakes wait for the next day epoch. */
  | "DEPOSIT_NOT_FOUND";

const CODES: Readonly<Record<PstakeRefusal, SdkErrorCode>> = {
  MODULE_PAUSED: "TX_FAILED",
  BELOW_MINIMUM: "AMOUNT_BELOW_MINIMUM",
  AMOUNT_TOO_SMALL: "AMOUNT_TOO_SMALL",
  WRONG_DENOM: "INVALID_DENOM",
  NO_ACTIVE_VALIDATORS: "QUORUM_NOT_REACHED",
  QUORUM_NOT_REACHED: "QUORUM_NOT_REACHED",
  EXCEEDS_SUPPLY: "INVALID_AMOUNT",
  INSUFFICIENT_LIQUIDITY: "INSUFFICIENT_LIQUIDITY",
  LSM_DISABLED: "TX_FAILED",
  NOT_WHITELISTED: "TX_FAILED",
  UNBONDING_ENTRIES_FULL: "TX_FAILED",
  HOST_CHAIN_INACTIVE: "TX_FAILED",
  UNKNOWN_HOST_CHAIN: "INVALID_DENOM",
  INVALID_LSM_DENOM: "INVALID_DENOM",
  LSM_DEPOSIT_IN_FLIGHT: "TX_FAILED",
  LSM_VALIDATOR_INVALID: "TX_FAILED",
  DEPOSIT_NOT_FOUND: "TX_FAILED",
};

interface Refusal {
  readonly reason: PstakeRefusal;
  readonly pattern: RegExp;
  readonly fix: string;
}

// Order matters: the first match wins ("active liquid validators not exists" before "liquid validators not exists").
const REFUSALS: readonly Refusal[] = [
  {
    reason: "MODULE_PAUSED",
    pattern: /module functions have been paused/i,
    fix: "x/liquidstake is paused by its admin: wait until getLiquidStakeParams(client).modulePaused is false.",
  },
  {
    reason: "BELOW_MINIMUM",
    pattern: /staking amount should be over params\.min_liquid_stake_amount|deposit amount less than minimum deposit/i,
    fix: "Send at least the minimum: getLiquidStakeParams(client).minLiquidStakeAmount, or HostChain.minimumDeposit.",
  },
  {
    reason: "AMOUNT_TOO_SMALL",
    pattern: /liquid stake amount is too small|liquid unstaking amount is too small/i,
    fix: "The amount converts to 0 at the current rate: send more.",
  },
  {
    reason: "NO_ACTIVE_VALIDATORS",
    pattern: /active liquid validators not exists/i,
    fix: "Liquid staking is unavailable until a whitelisted validator is active (getLiquidValidators).",
  },
  {
    reason: "QUORUM_NOT_REACHED",
    pattern: /active liquid validators weight quorum not reached/i,
    fix: "Liquid staking is unavailable until active whitelisted validators hold a third of the weight.",
  },
  {
    reason: "EXCEEDS_SUPPLY",
    pattern: /invalid liquid bond denom supply/i,
    fix: "Unstake at most the stkXPRT you hold (and that exists: getLiquidStakeStates().stkxprtTotalSupply).",
  },
  {
    reason: "WRONG_DENOM",
    pattern: /invalid (liquid )?bond denom|invalid token denom|: invalid denom$/i,
    fix: "liquidStake takes uxprt, liquidUnstake stk/uxprt, liquidStakeIbc a host token's ibc/ voucher, liquidUnstakeIbc and redeemIbc its stk/ denom.",
  },
  {
    reason: "INSUFFICIENT_LIQUIDITY",
    pattern:
      /insufficient liquid tokens or balance of proxy account|delegated amount is less than undelegation amount requested|an error occurred while instant redeeming tokens|insufficient deposits/i,
    fix: "The pool cannot pay this now: for redeemIbc, redeem at most previewRedeemIbc's availableDeposits or use liquidUnstakeIbc; otherwise send less or wait for the next epoch.",
  },
  {
    reason: "LSM_DISABLED",
    pattern: /LSM delegation is disabled|host chain has LSM staking disabled/i,
    fix: "LSM deposits are switched off for this module or host chain; liquid stake the tokens instead.",
  },
  {
    reason: "NOT_WHITELISTED",
    pattern: /liquid validators not exists/i,
    fix: "StakeToLP takes delegations to whitelisted validators only (getLiquidStakeParams(client).whitelistedValidators).",
  },
  {
    reason: "UNBONDING_ENTRIES_FULL",
    pattern: /too many unbonding delegation entries/i,
    fix: "You already have the maximum unbonding entries with a validator the unstake uses: wait for one to complete (getLiquidUnstakeUnbondings).",
  },
  {
    reason: "HOST_CHAIN_INACTIVE",
    pattern: /host chain is not active/i,
    fix: "The host chain is inactive (HostChain.active is false): wait until pSTAKE reactivates it.",
  },
  {
    reason: "UNKNOWN_HOST_CHAIN",
    pattern: /host chain not registered/i,
    fix: "Use a denom of a registered host chain (getHostChains: ibcDenom to stake, mintDenom to unstake or redeem).",
  },
  {
    reason: "INVALID_LSM_DENOM",
    pattern: /invalid lsm token denom/i,
    fix: "Pass the IBC vouchers of LSM shares tokenized on the host chain and sent over its pSTAKE channel.",
  },
  {
    reason: "LSM_DEPOSIT_IN_FLIGHT",
    pattern: /already processing LSM deposit/i,
    fix: "An LSM deposit of these shares is still being processed (getHostChainLsmDeposits): wait for it to complete.",
  },
  {
    reason: "LSM_VALIDATOR_INVALID",
    pattern: /validator invalid state|is not part of the module active set|is not in the validator set/i,
    fix: "Tokenize shares of a bonded validator in the host chain's pSTAKE set (HostChain.validators with weight > 0).",
  },
  {
    reason: "DEPOSIT_NOT_FOUND",
    pattern: /deposit record not found/i,
    fix: "This epoch's deposit record was drained by instant redeems: liquid stake again after the next day epoch.",
  },
];

/** A pSTAKE refusal found before anything was signed (from the state the SDK read). */
export class PstakeError extends ClientError {
  override readonly name: string = "PstakeError";
  /** The refusal, as a stable name. */
  readonly reason: PstakeRefusal;

  constructor(
    reason: PstakeRefusal,
    problem: string,
    details: { readonly field: string; readonly value: unknown; readonly fix: string; readonly cause?: unknown },
    code: SdkErrorCode = CODES[reason] === "TX_FAILED" ? "INVALID_ARGUMENT" : CODES[reason],
  ) {
    super(code, problem, details);
    this.reason = reason;
  }
}

/** The host chain is inactive: every liquidstakeibc user message for it fails. Thrown before signing. */
export class HostChainInactiveError extends PstakeError {
  override readonly name: string = "HostChainInactiveError";
  /** The host chain. */
  readonly chainId: string;

  constructor(chainId: string, field = "amount") {
    super("HOST_CHAIN_INACTIVE", `host chain ${chainId} is inactive`, {
      field,
      value: chainId,
      fix: "pSTAKE switched this host chain off (its c-value left its limits, or it was never activated); nothing for it can be staked, unstaked or redeemed until it is active again (getHostChain(client, { chainId }).active).",
    });
    this.chainId = chainId;
  }
}

/** No registered host chain has this chain id or denom. */
export class UnknownHostChainError extends PstakeError {
  override readonly name: string = "UnknownHostChainError";

  constructor(field: string, value: string, known: readonly string[], cause?: unknown) {
    super(
      "UNKNOWN_HOST_CHAIN",
      "no registered host chain has this",
      {
        field,
        value,
        fix:
          known.length === 0
            ? "No host chain is registered on this chain (getHostChains is empty)."
            : `Use one of the registered host chains: ${known.join(", ")}.`,
        cause,
      },
      field.endsWith("denom") ? "INVALID_DENOM" : "NOT_FOUND",
    );
  }
}

/** A transaction x/liquidstake or x/liquidstakeibc refused, with the chain's details and a stable `reason`. */
export class PstakeTxError extends TxFailedError {
  override readonly name: string = "PstakeTxError";
  /** The refusal, as a stable name. */
  readonly reason: PstakeRefusal;

  constructor(failure: ChainFailure, reason: PstakeRefusal, fix: string) {
    super(failure, CODES[reason], fix);
    this.reason = reason;
  }
}

function failureOf(error: TxFailedError): ChainFailure {
  return {
    phase: error.phase,
    codespace: error.codespace,
    code: error.abciCode,
    log: error.log,
    ...(error.hash === undefined ? {} : { hash: error.hash }),
    ...(error.height === undefined ? {} : { height: error.height }),
    ...(error.gasWanted === undefined ? {} : { gasWanted: error.gasWanted }),
    ...(error.gasUsed === undefined ? {} : { gasUsed: error.gasUsed }),
    ...(error.simulatedGas === undefined ? {} : { simulatedGas: error.simulatedGas }),
  };
}

/**
 * The typed form of a chain refusal: a {@link PstakeTxError} when a `TxFailedError`'s log names a pSTAKE refusal,
 * else `error` unchanged (the client's own subclasses, such as `InsufficientFundsError`, stay as they are). Actions
 * apply it to everything `sendTx` throws.
 */
export function pstakeErrorOf(error: unknown): unknown {
  if (!(error instanceof TxFailedError) || error instanceof PstakeTxError) return error;
  if (error.constructor !== TxFailedError) return error;
  const refusal = REFUSALS.find((r) => r.pattern.test(readable(error.log)));
  return refusal === undefined ? error : new PstakeTxError(failureOf(error), refusal.reason, refusal.fix);
}

function readable(log: string): string {
  return log.replace(/ With gas wanted: .*$/s, "").trim();
}

/** Whether a query failed because the chain has no such item (an unknown host chain, an epoch without unbonding). */
export function isNotFound(error: unknown): error is QueryError {
  return error instanceof QueryError && (error.notFound || /key not found/i.test(error.log));
}

// The client owns the test (it knows the node's wordings); re-exported so this package's users find it here too.
export { isUnknownQuery } from "@persistence-sdk/client";
