import type { Module } from "../../app/module.js";
import { exportAuthGenesis, initAuthGenesis } from "./genesis.js";
import type { AuthKeeper } from "./keeper.js";
import { authQueryHandlers } from "./queries.js";

/** x/auth: accounts, queries and genesis. Its ante checks live in the tx pipeline (src/tx), which uses the keeper. */
export function createAuthModule(keeper: AuthKeeper): Module {
  return {
    name: "auth",
    queryHandlers: authQueryHandlers(keeper),
    initGenesis: (ctx, genesis) => initAuthGenesis(keeper, ctx, genesis),
    exportGenesis: (ctx) => exportAuthGenesis(keeper, ctx),
  };
}
