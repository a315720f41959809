// The distribution module's store layout. Validator and delegator addresses appear as the hex of their bytes, periods
// and heights as sortable decimals, so that iteration follows the SDK's key order.
import { sortableNumber } from "../staking/keys.js";

const P = "distribution/";

export const DistributionKeys = {
  params: `${P}params`,
  feePool: `${P}fee_pool`,
  withdrawAddressPrefix: `${P}withdraw_addr/`,
  withdrawAddress: (delHex: string) => `${P}withdraw_addr/${delHex}`,
  outstandingPrefix: `${P}outstanding/`,
  outstanding: (valHex: string) => `${P}outstanding/${valHex}`,
  commission: (valHex: string) => `${P}commission/${valHex}`,
  currentRewardsPrefix: `${P}current/`,
  currentRewards: (valHex: string) => `${P}current/${valHex}`,
  historicalRewardsPrefix: `${P}historical/`,
  historicalRewardsOf: (valHex: string) => `${P}historical/${valHex}/`,
  historicalRewards: (valHex: string, period: bigint) => `${P}historical/${valHex}/${sortableNumber(period)}`,
  startingInfo: (valHex: string, delHex: string) => `${P}starting/${valHex}/${delHex}`,
  startingInfoPrefix: `${P}starting/`,
  slashEventPrefix: `${P}slash/`,
  slashEventsOf: (valHex: string) => `${P}slash/${valHex}/`,
  slashEvent: (valHex: string, height: bigint, period: bigint) =>
    `${P}slash/${valHex}/${sortableNumber(height)}/${sortableNumber(period)}`,
} as const;
