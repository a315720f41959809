export { nextAppHash } from "./app-hash.js";
export { CacheStore, DELETED } from "./cache-store.js";
export { BasicGasMeter, InfiniteGasMeter, MAX_UINT64, outOfGasError } from "./gas-meter.js";
export { type GasConfig, GasMeteredStore, KV_GAS_CONFIG } from "./gas-store.js";
export { MemStore } from "./mem-store.js";
export { ReadOnlyStore, ReadOnlyStoreError } from "./read-only-store.js";
export { decodeStateValue, encodedValueSize, encodeStateValue, type JsonValue } from "./state-value.js";
export { VersionedStore, type VersionedStoreSnapshot } from "./versioned-store.js";
