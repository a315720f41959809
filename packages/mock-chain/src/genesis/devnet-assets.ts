// The liquid staking tokens of the default devnet, shared by the Alliance, pSTAKE and basket vault modules' genesis
// and by apps and tests. One ATOM-denominated family: stkATOM minted by the simulated pSTAKE host chain, and three
// LSTs that arrive over (simulated) IBC from other liquid staking providers. The IBC traces are the devnet's own;
// their hashes are computed the way ibc-go does, so the denoms look and validate like real ones.
import { ibcDenom } from "@persistence-sdk/core";

/** How a provider quotes its exchange rate (basket-vault.md §1). */
export type DevnetRateDirection = "UNDERLYING_PER_LST" | "LST_PER_UNDERLYING";

export interface DevnetLst {
  /** Short name for UIs and tests. */
  readonly symbol: string;
  readonly denom: string;
  /** For IBC denoms, the trace behind the hash. */
  readonly trace?: string;
  readonly exponent: 6;
  /** The provider's raw rate at genesis, as a decimal string, in `direction`. */
  readonly genesisRate: string;
  readonly direction: DevnetRateDirection;
}

/** ATOM as it arrives on the devnet over IBC (host denom of the simulated cosmoshub-4 chain: uatom). */
export const DEVNET_ATOM = {
  symbol: "ATOM",
  trace: "transfer/channel-0/uatom",
  denom: ibcDenom("transfer/channel-0/uatom"),
  hostDenom: "uatom",
  hostChainId: "cosmoshub-4",
  exponent: 6,
} as const;

/** The four ATOM LSTs. Rates follow basket-vault.md's worked examples where it has them. */
export const DEVNET_LSTS = {
  stkAtom: {
    symbol: "stkATOM",
    denom: "stk/uatom",
    exponent: 6,
    // pSTAKE's c-value: stkATOM per ATOM (0.8 ⇒ 1.25 ATOM per stkATOM).
    genesisRate: "0.8",
    direction: "LST_PER_UNDERLYING",
  },
  stAtom: {
    symbol: "stATOM",
    trace: "transfer/channel-1/stuatom",
    denom: ibcDenom("transfer/channel-1/stuatom"),
    exponent: 6,
    genesisRate: "1.25",
    direction: "UNDERLYING_PER_LST",
  },
  qAtom: {
    symbol: "qATOM",
    trace: "transfer/channel-2/uqatom",
    denom: ibcDenom("transfer/channel-2/uqatom"),
    exponent: 6,
    genesisRate: "1.4",
    direction: "UNDERLYING_PER_LST",
  },
  dAtom: {
    symbol: "dATOM",
    trace: "transfer/channel-3/udatom",
    denom: ibcDenom("transfer/channel-3/udatom"),
    exponent: 6,
    genesisRate: "1.1",
    direction: "UNDERLYING_PER_LST",
  },
} as const satisfies Record<string, DevnetLst>;
