// Alliance runs on several chains. A chain is plain data: the client's `ChainConfig` plus which x/alliance math it
// runs. Everything version-dependent reads the version from here unless a call overrides it.
import {
  bech32PrefixesOf,
  type ChainConfig,
  type Client,
  ClientError,
  persistenceCore1,
  persistenceMockDevnet,
  persistenceTestnet,
} from "@persistence-sdk/client";
import { ALLIANCE_DEFAULT_MATH_VERSION, type AllianceMathVersion } from "@persistence-sdk/core";

/** What the SDK needs to know about a chain's x/alliance module. */
export interface AllianceSettings {
  /**
   * The math the chain's x/alliance release runs (alliance-math.md §0): `"v0.3.6"` for v0.3.6 and release/v0.4.x
   * HEAD (reward split by staked weight, Rounder 0.01), `"v0.3.4"` for v0.3.4, v0.3.5 and v0.4.0–v0.4.3 (the
   * Persistence fork: split `rw/Σrw`, Rounder 0.000001).
   */
  readonly mathVersion: AllianceMathVersion;
}

/** A chain config with its Alliance settings. It is still a `ChainConfig`: pass it to `createClient` as is. */
export interface AllianceChainConfig extends ChainConfig {
  /** Which x/alliance math the chain runs. */
  readonly alliance: AllianceSettings;
}

/** The settings of a chain that does not say: the default math (v0.3.6). */
export const DEFAULT_ALLIANCE_SETTINGS: AllianceSettings = Object.freeze({
  mathVersion: ALLIANCE_DEFAULT_MATH_VERSION,
});

const VERSIONS: readonly AllianceMathVersion[] = ["v0.3.6", "v0.3.4"];

/** Throws `INVALID_ARGUMENT` unless `version` is an Alliance math version the SDK knows. */
export function checkMathVersion(version: AllianceMathVersion, field = "version"): AllianceMathVersion {
  if (!VERSIONS.includes(version)) {
    throw new ClientError("INVALID_ARGUMENT", "unknown Alliance math version", {
      field,
      value: version,
      fix: 'Use "v0.3.6" (v0.3.6, release/v0.4.x HEAD) or "v0.3.4" (v0.3.4, v0.3.5, v0.4.0–v0.4.3, the Persistence fork).',
    });
  }
  return version;
}

/**
 * `chain` with Alliance settings (default math v0.3.6). The result is plain, frozen data.
 *
 * @example
 * const myChain = withAllianceSettings({ ...myChainConfig }, { mathVersion: "v0.3.4" });
 */
export function withAllianceSettings(
  chain: ChainConfig,
  settings: Partial<AllianceSettings> = {},
): AllianceChainConfig {
  const mathVersion = checkMathVersion(settings.mathVersion ?? ALLIANCE_DEFAULT_MATH_VERSION, "settings.mathVersion");
  return Object.freeze({ ...chain, alliance: Object.freeze({ mathVersion }) });
}

/** The Alliance settings of a chain config: its own, or the defaults when it has none. */
export function allianceSettingsOf(chain: ChainConfig): AllianceSettings {
  const settings = (chain as Partial<AllianceChainConfig>).alliance;
  return settings === undefined ? DEFAULT_ALLIANCE_SETTINGS : settings;
}

/**
 * The math version a call uses: the call's own `version`, else the client's chain config's, else v0.3.6.
 */
export function mathVersionOf(client: Pick<Client, "chain">, version?: AllianceMathVersion): AllianceMathVersion {
  if (version !== undefined) return checkMathVersion(version);
  return checkMathVersion(allianceSettingsOf(client.chain).mathVersion, "chain.alliance.mathVersion");
}

/**
 * Persistence One mainnet with Alliance as Persistence wired it (branch f/alliance, persistenceOne/alliance
 * v0.3.4-lsm): v0.3.4 math. No tagged core-1 release ships x/alliance (chain-facts.md).
 */
export const persistenceCore1Alliance: AllianceChainConfig = withAllianceSettings(persistenceCore1, {
  mathVersion: "v0.3.4",
});

/** Persistence testnet `test-core-2` with the Persistence fork's Alliance (v0.3.4 math). */
export const persistenceTestnetAlliance: AllianceChainConfig = withAllianceSettings(persistenceTestnet, {
  mathVersion: "v0.3.4",
});

/** The mock devnet (`@persistence-sdk/mock-chain`), whose Alliance module runs the default math (v0.3.6). */
export const persistenceMockDevnetAlliance: AllianceChainConfig = withAllianceSettings(persistenceMockDevnet, {
  mathVersion: "v0.3.6",
});

/**
 * Terra `phoenix-1` (chain-registry: prefix terra, uluna, coin type 330, gas 0.015–0.04 uluna). Its math version is
 * the default (v0.3.6) and UNVERIFIED: check the x/alliance release of the running terrad and override it if needed.
 */
export const terraPhoenix1: AllianceChainConfig = withAllianceSettings({
  chainId: "phoenix-1",
  name: "Terra",
  bech32: bech32PrefixesOf("terra"),
  bondDenom: "uluna",
  displayDenom: "LUNA",
  exponent: 6,
  feeDenoms: [{ denom: "uluna", minGasPrice: "0.015", low: "0.015", average: "0.015", high: "0.04" }],
  gasPrice: "0.015uluna",
  coinTypes: [330],
});

/**
 * Migaloo `migaloo-1` (chain-registry: prefix migaloo, uwhale, coin type 118, gas 1–3 uwhale). Its math version is
 * the default (v0.3.6) and UNVERIFIED: check the x/alliance release of the running migalood and override it if needed.
 */
export const migaloo1: AllianceChainConfig = withAllianceSettings({
  chainId: "migaloo-1",
  name: "Migaloo",
  bech32: bech32PrefixesOf("migaloo"),
  bondDenom: "uwhale",
  displayDenom: "WHALE",
  exponent: 6,
  feeDenoms: [{ denom: "uwhale", minGasPrice: "1", low: "1", average: "2", high: "3" }],
  gasPrice: "1uwhale",
  coinTypes: [118],
});
