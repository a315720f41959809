// x/staking as a mock-chain module: messages, queries, genesis, the historical-info begin blocker, the validator-set
// and maturity end blocker, and the slash/jail/unjail controls.
import type { Module, MsgHandler } from "../../app/module.js";
import { bech32Prefixes } from "./addresses.js";
import { stakingControls } from "./controls.js";
import { stakingEndBlock } from "./end-block.js";
import type { BankKeeper } from "./expected-keepers.js";
import { exportStakingGenesis, initStakingGenesis } from "./genesis.js";
import { trackHistoricalInfo } from "./historical-info.js";
import { StakingKeeper } from "./keeper.js";
import { beginRedelegateHandler, delegateHandler, undelegateHandler } from "./msg-server.js";
import { stakingQueryHandlers } from "./query-server.js";
import { createValidatorHandler, editValidatorHandler } from "./validator-msgs.js";

export interface StakingModuleOptions {
  readonly bank: BankKeeper;
  /** The account bech32 prefix; valoper and valcons prefixes follow from it. Default "persistence". */
  readonly accountPrefix?: string;
}

/** The staking module and its keeper (hand the keeper to distribution, mint and later modules). */
export interface StakingModule {
  readonly module: Module;
  readonly keeper: StakingKeeper;
}

/** Creates x/staking. Its begin blocker must run after mint and distribution, as in the SDK's app ordering. */
export function createStakingModule(options: StakingModuleOptions): StakingModule {
  const keeper = new StakingKeeper(options.bank, bech32Prefixes(options.accountPrefix ?? "persistence"));
  const controls = stakingControls(keeper);
  const module: Module = {
    name: "staking",
    msgHandlers: {
      "/cosmos.staking.v1beta1.MsgCreateValidator": createValidatorHandler(keeper) as unknown as MsgHandler,
      "/cosmos.staking.v1beta1.MsgEditValidator": editValidatorHandler(keeper) as unknown as MsgHandler,
      "/cosmos.staking.v1beta1.MsgDelegate": delegateHandler(keeper) as unknown as MsgHandler,
      "/cosmos.staking.v1beta1.MsgUndelegate": undelegateHandler(keeper) as unknown as MsgHandler,
      "/cosmos.staking.v1beta1.MsgBeginRedelegate": beginRedelegateHandler(keeper) as unknown as MsgHandler,
    },
    queryHandlers: stakingQueryHandlers(keeper),
    initGenesis: (ctx, genesis) => initStakingGenesis(keeper, ctx, genesis),
    exportGenesis: (ctx) => exportStakingGenesis(ctx),
    beginBlock: (ctx) => trackHistoricalInfo(ctx),
    endBlock: (ctx) => {
      stakingEndBlock(keeper, ctx);
    },
    controls: { slash: controls.slash, jail: controls.jail, unjail: controls.unjail },
    consensusValidators: (ctx) => keeper.bondedValidators(ctx.store).map(({ pubKey, power }) => ({ pubKey, power })),
  };
  return { module, keeper };
}
