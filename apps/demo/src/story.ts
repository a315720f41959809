// What one step hands to the next.
import type { Coin, Dec } from "@persistence-sdk/core";
import type { ChainTimestamp, IbcClaimEstimate } from "@persistence-sdk/pstake";

export interface Story {
  /** Balances of the followed denoms at the start, by denom. */
  startBalances: Record<string, bigint>;
  /** The height before anything happened: the first observation of the LST rates. */
  startHeight: bigint;
  /** stkXPRT and stkATOM received by the liquid stakes. */
  stkXprt: Coin;
  stkAtom: Coin;
  /** The Alliance validator the user restakes with, and what was restaked. */
  validator: string;
  restaked: Coin;
  /** Basket shares received by the deposit. */
  shares: bigint;
  /** LST APRs measured from the rate history (stkXPRT, stkATOM). */
  stkXprtApr: Dec;
  stkAtomApr: Dec;
  /** The async exits waiting for their dates. */
  redeemRequestId: bigint;
  xprtUnbonding: { amount: bigint; completionTime: ChainTimestamp | undefined };
  /** The claim date previewed for the stkATOM unstake. */
  atomClaimEstimate: IbcClaimEstimate;
}

export function newStory(): Story {
  return {} as Story;
}
