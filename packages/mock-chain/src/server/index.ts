// The servers' public API: start a served chain in-process, or serve a chain you built yourself.
export { type MockChainControl, type ServedChain, type ServeOptions, serveChain } from "./serve-chain.js";
export { type RunningMockChain, type StartMockChainOptions, startMockChain } from "./start.js";
export type { TransportFaultControl } from "./transport-faults.js";
