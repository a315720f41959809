export { AddressCodec, moduleAddressBytes } from "./address-codec.js";
export { exportAuthGenesis, initAuthGenesis } from "./genesis.js";
export {
  type Account,
  AuthKeeper,
  type AuthKeeperOptions,
  baseAccountOf,
  packAccount,
  withBaseAccount,
} from "./keeper.js";
export { AuthKeys } from "./keys.js";
export { createAuthModule } from "./module.js";
export {
  DEFAULT_MODULE_ACCOUNT_PERMISSIONS,
  FEE_COLLECTOR,
  MODULE_ACCOUNTS_ALLOWED_TO_RECEIVE,
  Permission,
} from "./module-accounts.js";
export { defaultAuthParams } from "./params.js";
export { authQueryHandlers } from "./queries.js";
