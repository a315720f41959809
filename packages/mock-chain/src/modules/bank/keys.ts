// The bank module's store layout: balances under the holder's address (hex of the bytes, so byte order) then the
// denom; supply and denom metadata by denom. Balances hold bigints (math.Int), never zero: a zero balance is deleted.

const P = "bank/";

export const BankKeys = {
  params: `${P}params`,
  balancePrefix: `${P}balance/`,
  balancesOf: (addressHex: string) => `${P}balance/${addressHex}/`,
  balance: (addressHex: string, denom: string) => `${P}balance/${addressHex}/${denom}`,
  supplyPrefix: `${P}supply/`,
  supply: (denom: string) => `${P}supply/${denom}`,
  denomMetadataPrefix: `${P}denom_metadata/`,
  denomMetadata: (denom: string) => `${P}denom_metadata/${denom}`,
} as const;
