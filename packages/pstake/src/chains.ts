// pSTAKE runs on Persistence (x/liquidstake, live) and ran x/liquidstakeibc until core-1 v12. A chain is plain data:
// the client's `ChainConfig` plus what the SDK cannot read from the chain itself (the host chains' unbonding times,
// which only the host chains know) and the liquid bond denom builders check offline.
import {
  type ChainConfig,
  type Client,
  ClientError,
  persistenceCore1,
  persistenceMockDevnet,
  persistenceTestnet,
} from "@persistence-sdk/client";

/** The Cosmos Hub's x/staking unbonding time (chain-registry `lock_duration` 1814400 s = 21 days). */
export const DEFAULT_HOST_UNBONDING_SECONDS = 1_814_400n;

/** What the SDK needs to know about a chain's pSTAKE modules that the chain does not serve. */
export interface PstakeSettings {
  /**
   * x/liquidstake's `params.liquid_bond_denom` (stkXPRT): what `buildLiquidUnstake` accepts offline. Actions check
   * it against the chain's params too. Default `stk/<bondDenom>` (Go's `DefaultLiquidBondDenom` on Persistence).
   */
  readonly liquidBondDenom: string;
  /**
   * The x/staking unbonding time of each host chain, in seconds, by host chain id (x/liquidstakeibc's claim dates).
   * A host not listed uses {@link DEFAULT_HOST_UNBONDING_SECONDS} (21 days, the Cosmos Hub's).
   */
  readonly hostUnbondingSeconds: Readonly<Record<string, bigint>>;
}

/** A chain config with its pSTAKE settings. It is still a `ChainConfig`: pass it to `createClient` as is. */
export interface PstakeChainConfig extends ChainConfig {
  /** The chain's pSTAKE settings. */
  readonly pstake: PstakeSettings;
}

// Only what the references pin (chain-facts: the Cosmos Hub's lock_duration); other hosts are the caller's to set.
const KNOWN_HOSTS: Readonly<Record<string, bigint>> = Object.freeze({ "cosmoshub-4": 1_814_400n });

function invalidSettings(field: string, value: unknown, fix: string): ClientError {
  return new ClientError("INVALID_ARGUMENT", "not a valid pSTAKE setting", { field, value, fix });
}

/**
 * `chain` with pSTAKE settings: the liquid bond denom (default `stk/<bondDenom>`) and host unbonding times (merged
 * over the one the SDK knows, cosmoshub-4's 21 days; set other hosts' yourself). The result is plain, frozen data.
 *
 * @example
 * const chain = withPstakeSettings(myChain, { hostUnbondingSeconds: { "mychain-1": 1_209_600n } });
 */
export function withPstakeSettings(chain: ChainConfig, settings: Partial<PstakeSettings> = {}): PstakeChainConfig {
  const liquidBondDenom = settings.liquidBondDenom ?? `stk/${chain.bondDenom}`;
  if (typeof liquidBondDenom !== "string" || !liquidBondDenom.startsWith("stk/")) {
    throw invalidSettings(
      "settings.liquidBondDenom",
      liquidBondDenom,
      'Pass the chain\'s liquid bond denom, such as "stk/uxprt".',
    );
  }
  const hosts: Record<string, bigint> = { ...KNOWN_HOSTS };
  for (const [chainId, seconds] of Object.entries(settings.hostUnbondingSeconds ?? {})) {
    if (typeof seconds !== "bigint" || seconds < 0n) {
      throw invalidSettings(
        `settings.hostUnbondingSeconds.${chainId}`,
        seconds,
        "Pass the host chain's unbonding time in whole seconds as a bigint, such as 1814400n (21 days).",
      );
    }
    hosts[chainId] = seconds;
  }
  return Object.freeze({
    ...chain,
    pstake: Object.freeze({ liquidBondDenom, hostUnbondingSeconds: Object.freeze(hosts) }),
  });
}

/** The pSTAKE settings of a chain config: its own, or the defaults for its bond denom when it has none. */
export function pstakeSettingsOf(chain: ChainConfig): PstakeSettings {
  const settings = (chain as Partial<PstakeChainConfig>).pstake;
  return settings === undefined ? withPstakeSettings(chain).pstake : settings;
}

/** The unbonding time (seconds) of host chain `chainId` as the client's chain config knows it. */
export function hostUnbondingSecondsOf(client: Pick<Client, "chain">, chainId: string): bigint {
  return pstakeSettingsOf(client.chain).hostUnbondingSeconds[chainId] ?? DEFAULT_HOST_UNBONDING_SECONDS;
}

/** Persistence One mainnet `core-1`: stk/uxprt (x/liquidstake). x/liquidstakeibc was removed in v12.0.0. */
export const persistenceCore1Pstake: PstakeChainConfig = withPstakeSettings(persistenceCore1);

/** Persistence testnet `test-core-2`. */
export const persistenceTestnetPstake: PstakeChainConfig = withPstakeSettings(persistenceTestnet);

/** The mock devnet (`@persistence-sdk/mock-chain`): stk/uxprt, and cosmoshub-4 simulated with a 21-day unbonding. */
export const persistenceMockDevnetPstake: PstakeChainConfig = withPstakeSettings(persistenceMockDevnet);
