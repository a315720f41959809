import { Dec } from "../dec.js";
import { fail } from "./internal.js";

/**
 * Which x/alliance math a chain runs (alliance-math.md §0). Pick it once per chain and pass it in every call's
 * options.
 * - `"v0.3.6"` (default): terra-money/alliance v0.3.6 and release/v0.4.x HEAD: reward split by staked reward weight
 *   (`rw · valTokens / totalTokens`), Rounder 0.01.
 * - `"v0.3.4"`: v0.3.4 (= persistenceOne/alliance v0.3.4-lsm, the version Persistence wired), v0.3.5 and
 *   v0.4.0–v0.4.3: reward split `rw / Σ rw`, Rounder 0.000001.
 */
export type AllianceMathVersion = "v0.3.6" | "v0.3.4";

/** The math of v0.3.6 / release/v0.4.x HEAD (architecture.md: the default). */
export const ALLIANCE_DEFAULT_MATH_VERSION: AllianceMathVersion = "v0.3.6";

/** Options every version-dependent alliance function takes. */
export interface AllianceMathOptions {
  /** Defaults to {@link ALLIANCE_DEFAULT_MATH_VERSION}. */
  readonly version?: AllianceMathVersion;
}

/** How `AddAssetsToRewardPool` splits a validator's rewards across the assets staked on it. */
export type AllianceRewardSplit = "stakedRewardWeight" | "rewardWeight";

const ROUNDER_V036 = Dec.withPrec(1n, 2);
const ROUNDER_V034 = Dec.withPrec(1n, 6);

export function resolveAllianceVersion(options: AllianceMathOptions | undefined): AllianceMathVersion {
  const version = options?.version ?? ALLIANCE_DEFAULT_MATH_VERSION;
  if (version !== "v0.3.6" && version !== "v0.3.4") {
    fail(
      "INVALID_ARGUMENT",
      "unknown alliance math version",
      "options.version",
      version,
      'Use "v0.3.6" (v0.3.6, release/v0.4.x HEAD) or "v0.3.4" (v0.3.4, v0.3.5, v0.4.0–v0.4.3, Persistence fork).',
    );
  }
  return version;
}

/**
 * The epsilon added before truncating a delegation's token value and the full-exit tolerance of
 * ValidateDelegatedAmount: `Rounder = LegacyNewDecWithPrec(1, 2)` (v0.3.6 types/params.go:16), `NewDecWithPrec(1, 6)`
 * in v0.3.4 (types/asset.go:50,61, keeper/delegation.go:386).
 */
export function allianceRounder(options?: AllianceMathOptions): Dec {
  return resolveAllianceVersion(options) === "v0.3.6" ? ROUNDER_V036 : ROUNDER_V034;
}

/** The reward split of a version: v0.3.6 keeper/reward.go:152-183 vs v0.3.4 keeper/reward.go:153-169. */
export function allianceRewardSplit(options?: AllianceMathOptions): AllianceRewardSplit {
  return resolveAllianceVersion(options) === "v0.3.6" ? "stakedRewardWeight" : "rewardWeight";
}
