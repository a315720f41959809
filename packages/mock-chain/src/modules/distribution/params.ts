import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import { type Params, ParamsSchema } from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import type { KVStore } from "../../app/module.js";
import { DistributionKeys } from "./keys.js";

/**
 * The SDK's defaults since v0.47: 2% community tax, no proposer rewards (deprecated and unused since then), withdraw
 * addresses allowed.
 */
export function defaultDistributionParams(): Params {
  return create(ParamsSchema, {
    communityTax: Dec.fromString("0.02").toProto(),
    baseProposerReward: Dec.ZERO.toProto(),
    bonusProposerReward: Dec.ZERO.toProto(),
    withdrawAddrEnabled: true,
  });
}

export function getDistributionParams(store: KVStore): Params {
  return store.get<Params>(DistributionKeys.params) ?? defaultDistributionParams();
}

export function setDistributionParams(store: KVStore, params: Params): void {
  store.set(DistributionKeys.params, params);
}
