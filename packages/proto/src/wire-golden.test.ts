import { create, type DescMessage, fromBinary, type MessageInitShape, toBinary } from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { MsgDelegateSchema } from "./modules/alliance/alliance.js";
import { MsgDepositSchema } from "./modules/persistence/basketvault/v1.js";
import { LiquidValidatorStateSchema, ValidatorStatus } from "./modules/pstake/liquidstake/v1beta1.js";
import { MsgRegisterHostChainSchema } from "./modules/pstake/liquidstakeibc/v1beta1.js";

const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString("hex");
const ascii = (text: string) => Buffer.from(text, "ascii").toString("hex");

// Bytes derived by hand from the protobuf encoding rules: a key is (field_number << 3 | wire_type) as a varint,
// wire type 0 = varint, 2 = length-delimited (varint length, then the bytes). Proto3 leaves out zero values.
interface Golden<Desc extends DescMessage> {
  readonly name: string;
  readonly schema: Desc;
  readonly init: MessageInitShape<Desc>;
  readonly expected: string;
}

function golden<Desc extends DescMessage>(g: Golden<Desc>): Golden<DescMessage> {
  return g as unknown as Golden<DescMessage>;
}

const cases = [
  golden({
    name: "alliance.alliance.MsgDelegate",
    schema: MsgDelegateSchema,
    init: {
      delegatorAddress: "delegator",
      validatorAddress: "validator",
      amount: { denom: "Alliance", amount: "1000000000000000000" },
    },
    expected: [
      `0a09${ascii("delegator")}`, // 1: key 0x0a = 1<<3|2, 9 bytes
      `1209${ascii("validator")}`, // 2: key 0x12 = 2<<3|2
      "1a1f", // 3: Coin, 31 bytes = (2 + 8) + (2 + 19)
      `0a08${ascii("Alliance")}`, // Coin.denom
      `1213${ascii("1000000000000000000")}`, // Coin.amount, 19 characters
    ].join(""),
  }),
  golden({
    name: "pstake.liquidstake.v1beta1.LiquidValidatorState",
    schema: LiquidValidatorStateSchema,
    init: {
      operatorAddress: "v",
      weight: "10000",
      status: ValidatorStatus.ACTIVE,
      delShares: "1500000000000000000", // LegacyDec 1.5 travels as its 10^18-scaled integer
      liquidTokens: "42",
    },
    expected: [
      `0a01${ascii("v")}`,
      `1205${ascii("10000")}`,
      "1801", // 3: enum as varint, key 0x18 = 3<<3|0, ACTIVE = 1
      `2213${ascii("1500000000000000000")}`,
      `2a02${ascii("42")}`,
    ].join(""),
  }),
  golden({
    name: "pstake.liquidstakeibc.v1beta1.MsgRegisterHostChain",
    schema: MsgRegisterHostChainSchema,
    init: {
      authority: "a",
      connectionId: "connection-0",
      depositFee: "5000000000000000", // 0.005
      unbondingFactor: 300n,
      autoCompoundFactor: -1n,
    },
    expected: [
      `0a01${ascii("a")}`,
      `120c${ascii("connection-0")}`,
      `1a10${ascii("5000000000000000")}`,
      "58ac02", // 11: key 88 = 11<<3|0; 300 = 0b10_0101100 → 0xac (low 7 bits + continuation), 0x02
      "60ffffffffffffffffff01", // 12: int64 -1 is ten bytes, two's complement over 64 bits
    ].join(""),
  }),
  golden({
    name: "persistence.basketvault.v1.MsgDeposit",
    schema: MsgDepositSchema,
    init: {
      sender: "s",
      basketId: 300n,
      amount: { denom: "ustatom", amount: "1000000" },
      minSharesOut: "0",
      receiver: "",
    },
    expected: [
      `0a01${ascii("s")}`,
      "10ac02", // 2: uint64 300
      "1a12", // 3: Coin, 18 bytes = (2 + 7) + (2 + 7)
      `0a07${ascii("ustatom")}`,
      `1207${ascii("1000000")}`,
      `2201${ascii("0")}`, // 4: the string "0" is not empty, so it is written
      // 5: receiver "" is the default and is left out
    ].join(""),
  }),
];

describe("hand-derived protobuf bytes, one message per package", () => {
  it.each(cases)("$name", ({ schema, init, expected }) => {
    const message = create(schema, init);
    expect(hex(toBinary(schema, message))).toBe(expected);
    expect(fromBinary(schema, Buffer.from(expected, "hex"))).toEqual(message);
  });
});
