export {
  addCoins,
  amountOf,
  type Coin,
  coinFromProto,
  coinsEqual,
  coinsError,
  coinsFromProto,
  coinsToProto,
  coinsToString,
  coinToProto,
  coinToString,
  denomError,
  isValidPositive,
} from "./coins.js";
export { BankErrors } from "./errors.js";
export { exportBankGenesis, initBankGenesis } from "./genesis.js";
export { BankKeeper, defaultBankParams } from "./keeper.js";
export { BankKeys } from "./keys.js";
export { createBankModule } from "./module.js";
export { bankMsgHandlers } from "./msg-server.js";
export { bankQueryHandlers } from "./queries.js";
