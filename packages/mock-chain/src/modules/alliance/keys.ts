// The alliance module's store layout. It follows the order of x/alliance's byte keys (types/keys.go) so that
// iteration, and so pagination, comes out in the order a node gives: addresses as the hex of their bytes, denoms
// behind a length prefix (Go's address.MustLengthPrefix sorts shorter denoms first), times and heights as
// fixed-width decimals.
import { bech32Hex } from "../staking/addresses.js";
import { sortableNumber } from "../staking/keys.js";

const P = "alliance/";

/** A denom behind a two-hex-digit length prefix (denoms are at most 128 characters). */
export function lengthPrefixed(denom: string): string {
  return `${denom.length.toString(16).padStart(2, "0")}${denom}`;
}

/** The store-key form of a bech32 address of any prefix. */
export function addressKey(address: string): string {
  return bech32Hex(address);
}

export const AllianceKeys = {
  params: `${P}params`,
  /** The math the chain runs ("v0.3.6" or "v0.3.4"); a mock-only setting. */
  mathVersion: `${P}math_version`,
  /** Set when voting power must be rebalanced at the end of the block (AssetRebalanceQueueKey). */
  rebalance: `${P}rebalance`,

  assetPrefix: `${P}asset/`,
  asset: (denom: string) => `${P}asset/${lengthPrefixed(denom)}`,

  validatorPrefix: `${P}validator/`,
  validator: (operator: string) => `${P}validator/${addressKey(operator)}`,

  delegationPrefix: `${P}delegation/`,
  delegationsOf: (delegator: string) => `${P}delegation/${addressKey(delegator)}/`,
  delegationsOfWith: (delegator: string, operator: string) =>
    `${P}delegation/${addressKey(delegator)}/${addressKey(operator)}/`,
  delegation: (delegator: string, operator: string, denom: string) =>
    `${P}delegation/${addressKey(delegator)}/${addressKey(operator)}/${lengthPrefixed(denom)}`,

  /** Redelegation records: delegator | denom | destination | completion, as Go's GetRedelegationKey. */
  redelegationPrefix: `${P}redelegation/`,
  redelegationsOf: (delegator: string) => `${P}redelegation/${addressKey(delegator)}/`,
  redelegationsOfDenom: (delegator: string, denom: string) =>
    `${P}redelegation/${addressKey(delegator)}/${lengthPrefixed(denom)}/`,
  redelegationsInto: (delegator: string, denom: string, destination: string) =>
    `${P}redelegation/${addressKey(delegator)}/${lengthPrefixed(denom)}/${addressKey(destination)}/`,
  redelegation: (delegator: string, denom: string, destination: string, completionNs: bigint) =>
    `${P}redelegation/${addressKey(delegator)}/${lengthPrefixed(denom)}/${addressKey(destination)}/${sortableNumber(completionNs)}`,
  /** Index of redelegations by source validator: source | completion | denom | destination | delegator. */
  redelegationsFrom: (source: string) => `${P}redelegation_by_src/${addressKey(source)}/`,
  redelegationBySource: (source: string, completionNs: bigint, denom: string, destination: string, delegator: string) =>
    `${P}redelegation_by_src/${addressKey(source)}/${sortableNumber(completionNs)}/${lengthPrefixed(denom)}/${addressKey(destination)}/${addressKey(delegator)}`,
  redelegationQueuePrefix: `${P}redelegation_queue/`,
  redelegationQueue: (completionNs: bigint) => `${P}redelegation_queue/${sortableNumber(completionNs)}`,

  /** The unbonding queue: completion | delegator → QueuedUndelegation, as Go's GetUndelegationQueueKey. */
  undelegationQueuePrefix: `${P}undelegation_queue/`,
  undelegationQueueUpTo: (completionNs: bigint) => `${P}undelegation_queue/${sortableNumber(completionNs)}`,
  undelegationQueue: (completionNs: bigint, delegator: string) =>
    `${P}undelegation_queue/${sortableNumber(completionNs)}/${addressKey(delegator)}`,
  /** Index of unbondings by validator: validator | completion | denom | delegator. */
  undelegationIndexPrefix: `${P}undelegation_by_val/`,
  undelegationsFrom: (operator: string) => `${P}undelegation_by_val/${addressKey(operator)}/`,
  undelegationByValidator: (operator: string, completionNs: bigint, denom: string, delegator: string) =>
    `${P}undelegation_by_val/${addressKey(operator)}/${sortableNumber(completionNs)}/${lengthPrefixed(denom)}/${addressKey(delegator)}`,

  /** Reward-weight change snapshots: denom | validator | height. */
  snapshotPrefix: `${P}snapshot/`,
  snapshotsOf: (denom: string, operator: string) => `${P}snapshot/${lengthPrefixed(denom)}/${addressKey(operator)}/`,
  snapshot: (denom: string, operator: string, height: bigint) =>
    `${P}snapshot/${lengthPrefixed(denom)}/${addressKey(operator)}/${sortableNumber(height)}`,
} as const;

/** The completion time (ns) at the start of a queue key's suffix (after its prefix). */
export function completionOfQueueSuffix(suffix: string): bigint {
  return BigInt(suffix.slice(0, 20));
}
