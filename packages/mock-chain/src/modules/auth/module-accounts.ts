/** The permissions a module account may hold (authtypes.Minter, Burner, Staking). */
export const Permission = {
  minter: "minter",
  burner: "burner",
  staking: "staking",
} as const;

/** The fee collector: the ante handler pays fees here; distribution moves them to delegators. */
export const FEE_COLLECTOR = "fee_collector";

/**
 * The module accounts of the SDK modules this chain runs, with app.go's permissions. Modules add theirs through
 * `Module.moduleAccounts`.
 */
export const DEFAULT_MODULE_ACCOUNT_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  [FEE_COLLECTOR]: [],
  distribution: [],
  mint: [Permission.minter],
  bonded_tokens_pool: [Permission.burner, Permission.staking],
  not_bonded_tokens_pool: [Permission.burner, Permission.staking],
  gov: [Permission.burner],
};

/** Module accounts that may receive funds by MsgSend: simapp blocks every module account except gov. */
export const MODULE_ACCOUNTS_ALLOWED_TO_RECEIVE: readonly string[] = [
  "gov",
  // x/alliance's app wiring unblocks its module account: x/distribution pays its rewards to it.
  "alliance",
];
