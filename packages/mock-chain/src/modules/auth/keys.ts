// The auth module's store layout. Accounts are keyed by the hex of their address bytes (byte order, as the SDK's
// `Accounts` collection iterates).

const P = "auth/";

export const AuthKeys = {
  params: `${P}params`,
  nextAccountNumber: `${P}next_account_number`,
  accountPrefix: `${P}account/`,
  account: (addressHex: string) => `${P}account/${addressHex}`,
} as const;
