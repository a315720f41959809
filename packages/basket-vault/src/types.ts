// The SDK shapes of what the basket vault queries return: amounts and share counts as bigint, LegacyDec fields as
// `Dec`, times as core's `BasketTimestamp` (exact to the nanosecond), enums as the proto value names without their
// prefix. A queried constituent IS core's `BasketConstituent` and a queried config extends core's `BasketConfig`,
// so queried state goes straight into core's basket math (`basketStateOf`).
import type {
  BasketConfig,
  BasketConstituent,
  BasketFeeConfig,
  BasketRateDirection,
  BasketRateOutcome,
  BasketRedeemMode,
  BasketStatus,
  BasketTimestamp,
  Coin,
  Dec,
} from "@persistence-sdk/core";

/** Lifecycle of one redemption request (proto `RequestStatus`). */
export type RedeemRequestStatus = "PENDING" | "CUT" | "CLAIMABLE" | "CLAIMED" | "RETURNED" | "CANCELLED";

/** Lifecycle of one redemption batch (proto `BatchStatus`). */
export type RedeemBatchStatus = "OPEN" | "UNBONDING" | "CLAIMABLE";

/** Module parameters (proto `Params`). */
export interface BasketVaultParams {
  /** Largest number of constituents a basket may list, WINDING_DOWN ones included. */
  readonly maxConstituents: number;
  /** Virtual offset of a basket created with `virtualOffset` 0 (3 means VS = 1000). */
  readonly defaultVirtualOffset: number;
  /** Shortest `epochSeconds` a basket may set. */
  readonly minEpochSeconds: bigint;
  /** Largest number of request ids one claim may list. */
  readonly maxClaimRequestIds: number;
}

/** One LST of a basket: core's `BasketConstituent` (what the basket math reads) plus when its metrics were posted. */
export interface Constituent extends BasketConstituent {
  /** Block time of the last metrics post that covered it (Go's zero time, `{ seconds: 0n }`, before the first). */
  readonly metricsTime: BasketTimestamp;
}

/** Alliance restaking settings of a basket (proto `RestakingConfig`). */
export interface RestakingSettings {
  /** Validator operator addresses the vault delegates to, in equal parts; empty means nothing is restaked. */
  readonly validators: readonly string[];
  /** Fraction of each constituent's holdings kept idle (for instant redemptions and cuts). */
  readonly idleBufferTarget: Dec;
}

/**
 * Every setting of a basket (proto `BasketConfig`): core's `BasketConfig` (what the math reads) plus the epoch,
 * restaking and roles. The same shape goes into `buildCreateBasket` / `buildUpdateBasket`, so a queried config can be
 * edited and sent back.
 */
export interface BasketSettings extends BasketConfig {
  /** Deposit, redemption and performance fees. */
  readonly fees: BasketFeeConfig;
  /** Shortest time between two cuts, in seconds. */
  readonly epochSeconds: bigint;
  /** Time from a cut to its batch's completion, in seconds. */
  readonly unbondingSeconds: bigint;
  /** Alliance restaking settings. */
  readonly restaking: RestakingSettings;
  /** Accounts allowed to post rates and metrics. */
  readonly feeders: readonly string[];
  /** Account allowed to pause the basket. */
  readonly guardian: string;
  /** Account that receives performance-fee shares. */
  readonly treasury: string;
}

/** The reward pool of a basket (proto `RewardPool`). */
export interface RewardPool {
  /** Denom of the restaking rewards (uxprt). */
  readonly rewardDenom: string;
  /** Rewards per share accumulated since creation. */
  readonly rewardIndex: Dec;
  /** Harvested rewards not yet paid to holders. */
  readonly unpaid: bigint;
  /** Block time of the last MsgHarvest. */
  readonly lastHarvestTime: BasketTimestamp;
}

/** A basket vault (proto `Basket`). Pair it with the share supply (`getBasketNav`) for core's math: `basketStateOf`. */
export interface Basket {
  /** Basket id (assigned at creation). */
  readonly id: bigint;
  /** Base denom every rate is quoted in (e.g. uatom). */
  readonly underlyingDenom: string;
  /** Display exponent of the underlying (6 for ATOM). */
  readonly underlyingExponent: number;
  /** `basket/{id}`; its display exponent is `underlyingExponent + virtualOffset`. */
  readonly shareDenom: string;
  /** VS = 10^virtualOffset virtual shares (VA = 1). */
  readonly virtualOffset: number;
  /** ACTIVE, or PAUSED by the guardian. */
  readonly status: BasketStatus;
  /** Listing order (which breaks ties of the targets' leftover ppm). */
  readonly constituents: readonly Constituent[];
  /** The basket's settings. */
  readonly config: BasketSettings;
  /** Price per share at which the performance fee was last taken. */
  readonly highWaterMark: Dec;
  /** Block time of the last cut. */
  readonly lastCutTime: BasketTimestamp;
  /** Batch currently collecting requests. */
  readonly openBatchId: bigint;
  /** The reward pool. */
  readonly rewards: RewardPool;
  /** Block time of the last MsgSyncHoldings. */
  readonly lastSyncTime: BasketTimestamp;
}

/** One constituent's line of the valuation (proto `ConstituentNav`). */
export interface ConstituentNav {
  /** The constituent's denom. */
  readonly denom: string;
  /** H = idle + restaked. */
  readonly holdings: bigint;
  /** Idle part of the holdings (not delegated). */
  readonly idle: bigint;
  /** Part of the holdings delegated through Alliance. */
  readonly restaked: bigint;
  /** Rate used for the NAV: the rate in force, or min(rate, pending) while HALTED. */
  readonly rate: Dec;
  /** H·rate, exact, in underlying base units. */
  readonly value: Dec;
  /** Current weight. */
  readonly weight: Dec;
  /** Target weight (a multiple of 10^-6). */
  readonly targetWeight: Dec;
  /** OK, HALTED or WINDING_DOWN. */
  readonly status: Constituent["status"];
  /** Seconds since the rate in force was accepted. */
  readonly rateAgeSeconds: bigint;
  /** Whether the rate is fresh. */
  readonly rateFresh: boolean;
}

/** A basket's valuation at one block (proto `QueryNavResponse`). */
export interface BasketNav {
  /** The basket's id. */
  readonly basketId: bigint;
  /** A = Σ H·rate, exact. */
  readonly nav: Dec;
  /** floor(A): the NAV redemptions and the price use. */
  readonly navDown: bigint;
  /** ceil(A): the NAV deposits use. */
  readonly navUp: bigint;
  /** Share supply S, escrowed shares included. */
  readonly shares: bigint;
  /** P = QuoTruncate(A_dn + 1, S + VS), underlying base units per share base unit. */
  readonly pricePerShare: Dec;
  /** Price-per-share high-water mark of the performance fee. */
  readonly highWaterMark: Dec;
  /** ACTIVE or PAUSED. */
  readonly status: BasketStatus;
  /** Every rate fresh (deposits, instant redemptions and cuts need it). */
  readonly ratesFresh: boolean;
  /** Some constituent HALTED (deposits, instant redemptions and cuts pause). */
  readonly halted: boolean;
  /** Per constituent, in listing order. */
  readonly constituents: readonly ConstituentNav[];
  /** Block time of the valuation. */
  readonly time: BasketTimestamp;
}

/** What a deposit mints (proto `QueryPreviewDepositResponse`; the client preview computes the same figures). */
export interface DepositPreview {
  /** Shares (base units of the share denom). */
  readonly shares: bigint;
  /** d = floor(x·rate), in underlying base units. */
  readonly value: bigint;
  /** Deposit fee rate f = min(fee_max, fee_base + fee_slope·max(0, w_after − target)). */
  readonly feeRate: Dec;
  /** ceil(d·f), kept by the vault. */
  readonly feeValue: bigint;
  /** d − feeValue: what the shares are minted for. */
  readonly netValue: bigint;
  /** Weight of the deposited constituent after the deposit. */
  readonly weightAfter: Dec;
  /** Price per share before the deposit. */
  readonly pricePerShare: Dec;
}

/** What a redemption pays (proto `QueryPreviewRedeemResponse`). */
export interface RedeemPreview {
  /** w = floor(s·P), in underlying base units. */
  readonly value: bigint;
  /** Single-redeem fee (locked at request), the instant fee, or 0 for PRO_RATA. */
  readonly feeRate: Dec;
  /** Fee kept by the vault, in underlying base units. */
  readonly feeValue: bigint;
  /** w − feeValue. */
  readonly netValue: bigint;
  /** LSTs paid, as sdk.Coins (sorted by denom, no zero amounts). */
  readonly out: readonly Coin[];
  /** Price per share P, underlying base units per share base unit. */
  readonly pricePerShare: Dec;
  /** Weight of the paid constituent afterwards (0 for PRO_RATA). */
  readonly weightAfter: Dec;
}

/** One asynchronous redemption request (proto `RedeemRequest`). */
export interface RedeemRequest {
  /** Request id. */
  readonly id: bigint;
  /** The basket's id. */
  readonly basketId: bigint;
  /** The owner (holder) of the shares or request. */
  readonly owner: string;
  /** Paid at the claim. */
  readonly receiver: string;
  /** Shares (base units of the share denom). */
  readonly shares: bigint;
  /** PRO_RATA or SINGLE. */
  readonly mode: BasketRedeemMode;
  /** Constituent paid for SINGLE; "" for PRO_RATA. */
  readonly outDenom: string;
  /** Smallest net value accepted at the cut, in underlying base units. */
  readonly minValueOut: bigint;
  /** P_req; the cut pays at min(P_req, P_cut). */
  readonly priceAtRequest: Dec;
  /** Single-redeem fee rate locked at request; 0 for PRO_RATA. */
  readonly feeRate: Dec;
  /** The batch's id. */
  readonly batchId: bigint;
  /** PENDING, CUT, CLAIMABLE, CLAIMED, RETURNED or CANCELLED. */
  readonly status: RedeemRequestStatus;
  /** Block time of the request. */
  readonly requestTime: BasketTimestamp;
  /** Gross value at the cut (0 before). */
  readonly value: bigint;
  /** Fee taken at the cut (0 before, and for PRO_RATA). */
  readonly feeValue: bigint;
  /** LSTs owed by the cut (before any slash while unbonding). */
  readonly expected: readonly Coin[];
  /** LSTs paid at the claim, set when the batch completes. */
  readonly paid: readonly Coin[];
}

/** One redemption batch (proto `Batch`). */
export interface RedeemBatch {
  /** Batch id (unique across baskets). */
  readonly id: bigint;
  /** The basket's id. */
  readonly basketId: bigint;
  /** OPEN, UNBONDING or CLAIMABLE. */
  readonly status: RedeemBatchStatus;
  /** Zero time while OPEN. */
  readonly cutTime: BasketTimestamp;
  /** cutTime + unbondingSeconds; zero time while OPEN. */
  readonly completionTime: BasketTimestamp;
  /** P_cut (0 while OPEN). */
  readonly priceAtCut: Dec;
  /** Requests that joined, in request order. */
  readonly requestIds: readonly bigint[];
  /** Shares burned by the cut. */
  readonly shares: bigint;
  /** LSTs owed by the cut. */
  readonly expected: readonly Coin[];
  /** Part of `expected` undelegated from Alliance. */
  readonly undelegated: readonly Coin[];
  /** What came back, set at completion. */
  readonly received: readonly Coin[];
}

/** What a holder is owed in one basket (proto `QueryPendingRewardsResponse`). */
export interface PendingRewards {
  /** What MsgClaimRewards would pay now, in the basket's reward denom. */
  readonly rewards: Coin;
  /** Shares that earn for the holder (balance plus shares escrowed in PENDING requests). */
  readonly shares: bigint;
  /** The basket's current reward index. */
  readonly rewardIndex: Dec;
}

/** One constituent in governance's terms (proto `ConstituentConfig`), for `buildCreateBasket` / `buildUpdateBasket`. */
export interface ConstituentSettings {
  /** Bank denom of the LST. */
  readonly denom: string;
  /** How its rate source quotes the rate; a wrong direction mis-prices by the square of the rate. */
  readonly direction: BasketRateDirection;
  /** Lower bound of its target weight, in [0, 1]. */
  readonly minWeight: Dec;
  /** Upper bound of its target weight and hard cap on its weight after a deposit, in [minWeight, 1]. */
  readonly maxWeight: Dec;
  /** Largest value (underlying base units) the basket may hold of it; 0 or absent: no cap. */
  readonly capValue?: bigint;
}

/** What happened to one posted rate (proto `RateResult`). */
export interface RateResult {
  /** The constituent's denom. */
  readonly denom: string;
  /** What happened to the posted rate. */
  readonly outcome: BasketRateOutcome;
  /** Normalised rate posted. */
  readonly postedRate: Dec;
  /** Normalised rate in force after the post. */
  readonly rate: Dec;
}

/** A target weight (proto `TargetWeight`). */
export interface TargetWeight {
  /** The constituent's denom. */
  readonly denom: string;
  /** A multiple of 10^-6; a basket's targets sum to exactly 1. */
  readonly targetWeight: Dec;
}
