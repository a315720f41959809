// Every JSON-RPC method the mock chain serves, by name.
import { blockMethods } from "./block-methods.js";
import { controlMethods } from "./control-methods.js";
import { infoMethods } from "./info-methods.js";
import type { RpcMethodTable } from "./rpc-method.js";
import { txMethods } from "./tx-methods.js";
import { websocketMethods } from "./websocket-methods.js";

/** The CometBFT 0.38 methods the mock implements, the subscription methods and the `mock_*` control API. */
export const rpcMethods: RpcMethodTable = {
  ...infoMethods,
  ...blockMethods,
  ...txMethods,
  ...websocketMethods,
  ...controlMethods,
};
