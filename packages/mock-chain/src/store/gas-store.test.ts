import { create } from "@bufbuild/protobuf";
import { BaseAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { describe, expect, it } from "vitest";
import { ChainError } from "../app/module.js";
import { BasicGasMeter, InfiniteGasMeter } from "./gas-meter.js";
import { GasMeteredStore } from "./gas-store.js";
import { MemStore } from "./mem-store.js";
import { encodedValueSize } from "./state-value.js";

describe("GasMeteredStore", () => {
  it("charges the SDK's KVGasConfig for reads, writes, has and delete", () => {
    const meter = new InfiniteGasMeter();
    const store = new GasMeteredStore(new MemStore(), meter);
    store.set("abc", 12345n); // 2000 + 30*3 + 30*5
    expect(meter.consumed).toBe(2240n);
    expect(store.get("abc")).toBe(12345n); // 1000 + 3*3 + 3*5
    expect(meter.consumed).toBe(2240n + 1024n);
    store.get("zz"); // 1000 + 3*2 + 0
    expect(meter.consumed).toBe(3264n + 1006n);
    store.has("abc");
    store.delete("abc");
    expect(meter.consumed).toBe(4270n + 2000n);
  });

  it("charges iteration as the SDK's gas iterator (first entry twice, 30 per step)", () => {
    const meter = new InfiniteGasMeter();
    const store = new GasMeteredStore(
      new MemStore([
        ["p/1", 1n],
        ["p/2", 22n],
        ["q", 0n],
      ]),
      meter,
    );
    expect([...store.iterate("p/")].length).toBe(2);
    // open: seek p/1 (3*3 + 3*1) + 30; step off p/1: 12 + 30; step off p/2: (3*3 + 3*2) + 30
    expect(meter.consumed).toBe(42n + 42n + 45n);
  });

  it("sizes protobuf messages by their binary encoding", () => {
    const account = create(BaseAccountSchema, { address: "persistence1abc", accountNumber: 7n, sequence: 1n });
    // field 1: tag + len + 15 bytes; field 3: tag + 1; field 4: tag + 1
    expect(encodedValueSize(account)).toBe(2 + 15 + 2 + 2);
  });

  it("throws the SDK's out-of-gas error past the limit, with gasUsed over gasWanted", () => {
    const meter = new BasicGasMeter(2100n);
    const store = new GasMeteredStore(new MemStore(), meter);
    let error: unknown;
    try {
      store.set("key", 1n);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ChainError);
    expect((error as ChainError).code).toBe(11);
    expect((error as ChainError).message).toBe(
      "out of gas in location: WritePerByte; gasWanted: 2100, gasUsed: 2120: out of gas",
    );
    expect(meter.consumed).toBe(2120n);
  });
});
