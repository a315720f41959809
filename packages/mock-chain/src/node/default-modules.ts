import type { Module } from "../app/module.js";
import { AuthKeeper } from "../modules/auth/keeper.js";
import { createAuthModule } from "../modules/auth/module.js";
import { BankKeeper } from "../modules/bank/keeper.js";
import { createBankModule } from "../modules/bank/module.js";
import type { DistributionKeeper } from "../modules/distribution/keeper.js";
import { createDistributionModule } from "../modules/distribution/module.js";
import { createMintModule } from "../modules/mint/module.js";
import type { StakingKeeper } from "../modules/staking/keeper.js";
import { createStakingModule } from "../modules/staking/module.js";

/** The keepers of the built-in modules, handed to extra modules (Alliance, liquidstake, basket vaults...). */
export interface ChainKeepers {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly staking: StakingKeeper;
  readonly distribution: DistributionKeeper;
  /** The account every module accepts as `authority` (see DEVNET.authority). */
  readonly authority: string;
  readonly bech32Prefix: string;
}

/**
 * The built-in modules (auth, bank, staking, distribution, mint) wired together, and their keepers. Without
 * `staking`, only auth and bank run (the keepers still exist) and the genesis `validators` stay the validator set.
 */
export function createDefaultModules(options: {
  readonly bech32Prefix: string;
  readonly authority: string;
  readonly staking?: boolean;
}): {
  readonly modules: Module[];
  readonly keepers: ChainKeepers;
} {
  const auth = new AuthKeeper({ bech32Prefix: options.bech32Prefix });
  const bank = new BankKeeper(auth);
  const staking = createStakingModule({ bank, accountPrefix: options.bech32Prefix });
  const distribution = createDistributionModule({ bank, staking: staking.keeper });
  const mint = createMintModule({ bank, staking: staking.keeper });
  return {
    modules: [
      createAuthModule(auth),
      createBankModule(bank),
      ...(options.staking === false ? [] : [staking.module, distribution.module, mint]),
    ],
    keepers: {
      auth,
      bank,
      staking: staking.keeper,
      distribution: distribution.keeper,
      authority: options.authority,
      bech32Prefix: options.bech32Prefix,
    },
  };
}
