import type { Module } from "../app/module.js";
import { type AllianceKeeper, createAllianceModule } from "../modules/alliance/index.js";
import { AuthKeeper } from "../modules/auth/keeper.js";
import { createAuthModule } from "../modules/auth/module.js";
import { BankKeeper } from "../modules/bank/keeper.js";
import { createBankModule } from "../modules/bank/module.js";
import { allianceRestaking, type BasketVaultKeeper, createBasketVaultModule } from "../modules/basketvault/index.js";
import type { DistributionKeeper } from "../modules/distribution/keeper.js";
import { createDistributionModule } from "../modules/distribution/module.js";
import { createLiquidStakeModule, type LiquidStakeKeeper } from "../modules/liquidstake/index.js";
import { createLiquidStakeIbcModule, type LiquidStakeIbcKeeper } from "../modules/liquidstakeibc/index.js";
import { createMintModule } from "../modules/mint/module.js";
import type { StakingKeeper } from "../modules/staking/keeper.js";
import { createStakingModule } from "../modules/staking/module.js";

/** The keepers of the built-in modules, handed to extra modules (Alliance, liquidstake, basket vaults...). */
export interface ChainKeepers {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  readonly staking: StakingKeeper;
  readonly distribution: DistributionKeeper;
  /** x/alliance: staking of the LSTs through Alliance (runs only with staking). */
  readonly alliance: AllianceKeeper;
  /** The basket vault (persistence.basketvault.v1), restaking through Alliance (runs only with staking). */
  readonly basketVault: BasketVaultKeeper;
  /** pSTAKE x/liquidstake: stkXPRT (runs only with staking). */
  readonly liquidStake: LiquidStakeKeeper;
  /** pSTAKE x/liquidstakeibc: stkATOM over simulated host chains (runs only with staking). */
  readonly liquidStakeIbc: LiquidStakeIbcKeeper;
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
  const alliance = createAllianceModule({
    auth,
    bank,
    staking: staking.keeper,
    distribution: distribution.keeper,
    authority: options.authority,
  });
  const basketVault = createBasketVaultModule(
    { auth, bank, authority: options.authority },
    { restaking: allianceRestaking(alliance.keeper) },
  );
  const pstakeKeepers = {
    bank,
    staking: staking.keeper,
    distribution: distribution.keeper,
    authority: options.authority,
    bech32Prefix: options.bech32Prefix,
  };
  const liquidStake = createLiquidStakeModule(pstakeKeepers);
  const liquidStakeIbc = createLiquidStakeIbcModule(pstakeKeepers);
  return {
    modules: [
      createAuthModule(auth),
      createBankModule(bank),
      ...(options.staking === false
        ? []
        : [
            staking.module,
            distribution.module,
            mint,
            alliance.module,
            liquidStake.module,
            liquidStakeIbc.module,
            basketVault.module,
          ]),
    ],
    keepers: {
      auth,
      bank,
      staking: staking.keeper,
      distribution: distribution.keeper,
      alliance: alliance.keeper,
      basketVault: basketVault.keeper,
      liquidStake: liquidStake.keeper,
      liquidStakeIbc: liquidStakeIbc.keeper,
      authority: options.authority,
      bech32Prefix: options.bech32Prefix,
    },
  };
}
