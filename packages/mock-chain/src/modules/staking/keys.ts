// The staking module's store layout. Addresses appear as the hex of their bytes (see addresses.ts) so that iteration
// follows byte order like the SDK's stores; times and heights are zero-padded decimals so that they sort numerically.

const P = "staking/";

/** A non-negative bigint as a fixed-width decimal that sorts like the number (uint64 fits in 20 digits). */
export function sortableNumber(value: bigint): string {
  return value.toString().padStart(20, "0");
}

export const StakingKeys = {
  params: `${P}params`,
  lastTotalPower: `${P}last_total_power`,

  validatorPrefix: `${P}validator/`,
  validator: (valHex: string) => `${P}validator/${valHex}`,
  validatorByConsAddr: (consHex: string) => `${P}validator_by_cons/${consHex}`,

  lastPowerPrefix: `${P}last_power/`,
  lastPower: (valHex: string) => `${P}last_power/${valHex}`,

  delegationPrefix: `${P}delegation/`,
  delegationsOf: (delHex: string) => `${P}delegation/${delHex}/`,
  delegation: (delHex: string, valHex: string) => `${P}delegation/${delHex}/${valHex}`,
  /** Index: delegations to a validator. */
  delegationsTo: (valHex: string) => `${P}delegation_by_val/${valHex}/`,
  delegationByVal: (valHex: string, delHex: string) => `${P}delegation_by_val/${valHex}/${delHex}`,

  unbondingPrefix: `${P}ubd/`,
  unbondingsOf: (delHex: string) => `${P}ubd/${delHex}/`,
  unbonding: (delHex: string, valHex: string) => `${P}ubd/${delHex}/${valHex}`,
  unbondingsFrom: (valHex: string) => `${P}ubd_by_val/${valHex}/`,
  unbondingByVal: (valHex: string, delHex: string) => `${P}ubd_by_val/${valHex}/${delHex}`,

  redelegationPrefix: `${P}red/`,
  redelegationsOf: (delHex: string) => `${P}red/${delHex}/`,
  redelegationsOfFrom: (delHex: string, srcHex: string) => `${P}red/${delHex}/${srcHex}/`,
  redelegation: (delHex: string, srcHex: string, dstHex: string) => `${P}red/${delHex}/${srcHex}/${dstHex}`,
  redelegationsFromSrc: (srcHex: string) => `${P}red_by_src/${srcHex}/`,
  redelegationBySrc: (srcHex: string, delHex: string, dstHex: string) => `${P}red_by_src/${srcHex}/${delHex}/${dstHex}`,
  /** Prefix of one delegator's redelegations *into* a validator (the transitive-redelegation check). */
  redelegationsInto: (dstHex: string, delHex: string) => `${P}red_by_dst/${dstHex}/${delHex}/`,
  redelegationByDst: (dstHex: string, delHex: string, srcHex: string) => `${P}red_by_dst/${dstHex}/${delHex}/${srcHex}`,

  unbondingQueuePrefix: `${P}ubd_queue/`,
  unbondingQueue: (timeNs: bigint) => `${P}ubd_queue/${sortableNumber(timeNs)}`,
  redelegationQueuePrefix: `${P}red_queue/`,
  redelegationQueue: (timeNs: bigint) => `${P}red_queue/${sortableNumber(timeNs)}`,
  validatorQueuePrefix: `${P}val_queue/`,
  validatorQueue: (timeNs: bigint, height: bigint) =>
    `${P}val_queue/${sortableNumber(timeNs)}/${sortableNumber(height)}`,

  historicalInfoPrefix: `${P}historical/`,
  historicalInfo: (height: bigint) => `${P}historical/${sortableNumber(height)}`,
} as const;
