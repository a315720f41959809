import type { Module } from "../../app/module.js";
import { exportBankGenesis, initBankGenesis } from "./genesis.js";
import type { BankKeeper } from "./keeper.js";
import { bankMsgHandlers } from "./msg-server.js";
import { bankQueryHandlers } from "./queries.js";

/** x/bank: MsgSend, MsgMultiSend, the balance and supply queries, genesis. */
export function createBankModule(keeper: BankKeeper): Module {
  return {
    name: "bank",
    msgHandlers: bankMsgHandlers(keeper),
    queryHandlers: bankQueryHandlers(keeper),
    initGenesis: (ctx, genesis) => initBankGenesis(keeper, ctx, genesis),
    exportGenesis: (ctx) => exportBankGenesis(keeper, ctx),
  };
}
