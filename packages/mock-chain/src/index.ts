export * from "./app/module.js";
export type * from "./node/chain-node.js";
