import { create, toBinary } from "@bufbuild/protobuf";
import { BinaryWriter, WireType } from "@bufbuild/protobuf/wire";
import { BaseAccountSchema, ModuleAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { describe, expect, it } from "vitest";
import { baseAccountOf } from "./getAccount.js";

const ADDRESS = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";
const base = create(BaseAccountSchema, { address: ADDRESS, accountNumber: 12n, sequence: 34n });
const baseBytes = toBinary(BaseAccountSchema, base);
const any = (typeUrl: string, value: Uint8Array) => ({ $typeName: "google.protobuf.Any" as const, typeUrl, value });

describe("baseAccountOf", () => {
  it("reads a BaseAccount", () => {
    expect(baseAccountOf(any("/cosmos.auth.v1beta1.BaseAccount", baseBytes), ADDRESS)).toMatchObject({
      accountNumber: 12n,
      sequence: 34n,
    });
  });

  it("finds the BaseAccount inside a ModuleAccount", () => {
    const module = toBinary(
      ModuleAccountSchema,
      create(ModuleAccountSchema, { baseAccount: base, name: "distribution" }),
    );
    expect(baseAccountOf(any("/cosmos.auth.v1beta1.ModuleAccount", module), ADDRESS).sequence).toBe(34n);
  });

  it("finds it two levels down, as in vesting accounts (base_vesting_account → base_account)", () => {
    const baseVesting = new BinaryWriter()
      .tag(1, WireType.LengthDelimited)
      .bytes(baseBytes)
      .tag(2, WireType.LengthDelimited)
      .bytes(new Uint8Array([10, 5, 117, 120, 112, 114, 116, 18, 1, 49]))
      .finish();
    const continuous = new BinaryWriter()
      .tag(1, WireType.LengthDelimited)
      .bytes(baseVesting)
      .tag(2, WireType.Varint)
      .int64(1_700_000_000n)
      .finish();
    expect(baseAccountOf(any("/cosmos.vesting.v1beta1.ContinuousVestingAccount", continuous), ADDRESS)).toMatchObject({
      accountNumber: 12n,
      sequence: 34n,
    });
  });

  it("an account type it cannot read is an InvalidResponseError", () => {
    expect(() => baseAccountOf(any("/x.Account", new Uint8Array([8, 1])), ADDRESS)).toThrow(
      expect.objectContaining({ code: "INVALID_RESPONSE" }),
    );
    expect(() => baseAccountOf(any("/cosmos.auth.v1beta1.BaseAccount", baseBytes), "persistence1other")).toThrow(
      expect.objectContaining({ code: "INVALID_RESPONSE" }),
    );
  });
});
