import { type AllianceTimestamp, timestampNanos } from "./time.js";
import type { AllianceAssetState } from "./types.js";

/**
 * Whether an asset earns rewards, counts for rebalancing and pays take rate at `blockTime`. Mirrors
 * `AllianceAsset.RewardsStarted` (v0.3.6 types/asset.go): `blockTime ≥ rewardStartTime`, where
 * `rewardStartTime = creation time + Params.reward_delay_time` (keeper/msg_server.go:165).
 */
export function allianceRewardsStarted(
  asset: Pick<AllianceAssetState, "rewardStartTime">,
  blockTime: AllianceTimestamp,
): boolean {
  return timestampNanos(blockTime, "blockTime") >= timestampNanos(asset.rewardStartTime, "asset.rewardStartTime");
}
