import type { GasMeter, KVStore } from "../app/module.js";
import { encodedValueSize } from "./state-value.js";

/** Gas per store operation: the Cosmos SDK's `storetypes.KVGasConfig()` (store/types/gas.go). */
export interface GasConfig {
  readonly hasCost: bigint;
  readonly deleteCost: bigint;
  readonly readCostFlat: bigint;
  readonly readCostPerByte: bigint;
  readonly writeCostFlat: bigint;
  readonly writeCostPerByte: bigint;
  readonly iterNextCostFlat: bigint;
}

/** The SDK's KVGasConfig values. */
export const KV_GAS_CONFIG: GasConfig = {
  hasCost: 1000n,
  deleteCost: 1000n,
  readCostFlat: 1000n,
  readCostPerByte: 3n,
  writeCostFlat: 2000n,
  writeCostPerByte: 30n,
  iterNextCostFlat: 30n,
};

const utf8 = new TextEncoder();

function keySize(key: string): bigint {
  // Keys are ASCII in practice; the fast path avoids an allocation per store access.
  let ascii = true;
  for (let i = 0; i < key.length; i++) {
    if (key.charCodeAt(i) > 0x7f) {
      ascii = false;
      break;
    }
  }
  return BigInt(ascii ? key.length : utf8.encode(key).length);
}

/**
 * Charges a gas meter for every access, in the order and with the descriptors of the SDK's gaskv store, so that "out
 * of gas in location: ReadFlat" names the same step a real node would. Byte sizes: the key's UTF-8 length, and the
 * value's size as `encodedValueSize` defines it (protobuf encoding for messages, decimal text for bigints).
 */
export class GasMeteredStore implements KVStore {
  constructor(
    private readonly parent: KVStore,
    private readonly meter: GasMeter,
    private readonly config: GasConfig = KV_GAS_CONFIG,
  ) {}

  get<T>(key: string): T | undefined {
    this.meter.consume(this.config.readCostFlat, "ReadFlat");
    const value = this.parent.get<T>(key);
    this.meter.consume(this.config.readCostPerByte * keySize(key), "ReadPerByte");
    this.meter.consume(this.config.readCostPerByte * BigInt(encodedValueSize(value)), "ReadPerByte");
    return value;
  }

  has(key: string): boolean {
    this.meter.consume(this.config.hasCost, "Has");
    return this.parent.has(key);
  }

  set<T>(key: string, value: T): void {
    const size = BigInt(encodedValueSize(value));
    this.meter.consume(this.config.writeCostFlat, "WriteFlat");
    this.meter.consume(this.config.writeCostPerByte * keySize(key), "WritePerByte");
    this.meter.consume(this.config.writeCostPerByte * size, "WritePerByte");
    this.parent.set(key, value);
  }

  delete(key: string): void {
    this.meter.consume(this.config.deleteCost, "Delete");
    this.parent.delete(key);
  }

  /**
   * As the SDK's gas iterator: opening charges a seek on the first entry, each step charges the entry it leaves
   * (IterNextFlat plus ValuePerByte for key and value), so the first entry is paid twice, as in Go.
   */
  *iterate<T>(prefix: string): IterableIterator<[string, T]> {
    const inner = this.parent.iterate<T>(prefix);
    let current = inner.next();
    this.chargeSeek(current);
    while (!current.done) {
      yield current.value;
      const previous = current;
      this.chargeSeek(previous);
      current = inner.next();
    }
  }

  private chargeSeek<T>(entry: IteratorResult<[string, T]>): void {
    if (!entry.done) {
      const [key, value] = entry.value;
      this.meter.consume(this.config.readCostPerByte * keySize(key), "ValuePerByte");
      this.meter.consume(this.config.readCostPerByte * BigInt(encodedValueSize(value)), "ValuePerByte");
    }
    this.meter.consume(this.config.iterNextCostFlat, "IterNextFlat");
  }
}
