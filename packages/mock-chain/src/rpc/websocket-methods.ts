// The subscription methods exist only on the WebSocket; over HTTP CometBFT answers them with "method not found".
// They are declared here so the HTTP side knows them, and run by the WebSocket server, which owns the connection.
import { internal } from "./heights.js";
import { params } from "./params.js";
import type { RpcMethod, RpcMethodTable } from "./rpc-method.js";

/** The single `query` argument of subscribe and unsubscribe. */
export const subscriptionParams = params(["query", "string"]);

const websocketOnly: RpcMethod = {
  params: subscriptionParams,
  websocketOnly: true,
  run() {
    throw internal("this method is only available over the WebSocket");
  },
};

/** subscribe, unsubscribe, unsubscribe_all. */
export const websocketMethods: RpcMethodTable = {
  subscribe: websocketOnly,
  unsubscribe: websocketOnly,
  unsubscribe_all: { ...websocketOnly, params: [] },
};
