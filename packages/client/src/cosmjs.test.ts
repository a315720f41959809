import { create } from "@bufbuild/protobuf";
import { Registry } from "@cosmjs/proto-signing";
import { MsgDelegateSchema as AllianceDelegateSchema } from "@persistence-sdk/proto/alliance/alliance";
import { MsgSendSchema, QueryBalanceRequestSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { describe, expect, it } from "vitest";
import { aminoConverter, aminoConverters, fromAmino, generatedType, registryTypes, toAmino } from "./cosmjs.js";
import { txMessage } from "./messages.js";

const A = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";
const B = "persistence1erxf3sa9q2j4vgseu7jq4a258ckmk7cypjucfx";

describe("generatedType", () => {
  it("works in a cosmjs Registry: encode, decode, and TxBody round trips", () => {
    const registry = new Registry(registryTypes([MsgSendSchema]));
    const value = { fromAddress: A, toAddress: B, amount: [{ denom: "uxprt", amount: "7" }] };
    const bytes = registry.encode({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value });
    const decoded = registry.decode({ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value: bytes });
    expect(decoded).toMatchObject(value);
    const body = registry.encodeTxBody({ messages: [{ typeUrl: "/cosmos.bank.v1beta1.MsgSend", value }], memo: "m" });
    expect(registry.decodeTxBody(body).messages[0]).toMatchObject(value);
  });

  it("fromPartial creates a message of the schema", () => {
    const type = generatedType(MsgSendSchema) as unknown as { fromPartial(o: object): { $typeName: string } };
    expect(type.fromPartial({ fromAddress: A }).$typeName).toBe("cosmos.bank.v1beta1.MsgSend");
  });
});

describe("amino converters", () => {
  it("convert with the proto package's codec, both ways", () => {
    const converter = aminoConverter(MsgSendSchema);
    expect(converter.aminoType).toBe("cosmos-sdk/MsgSend");
    const value = create(MsgSendSchema, { fromAddress: A, toAddress: B, amount: [{ denom: "uxprt", amount: "7" }] });
    const json = converter.toAmino(value);
    expect(json).toEqual({ from_address: A, to_address: B, amount: [{ denom: "uxprt", amount: "7" }] });
    expect(converter.fromAmino(json)).toEqual(value);
    // cosmjs hands converters plain objects too.
    expect(converter.toAmino({ fromAddress: A, toAddress: B, amount: [] })).toEqual({
      from_address: A,
      to_address: B,
      amount: [],
    });
  });

  it("are keyed by type URL", () => {
    const converters = aminoConverters([MsgSendSchema, AllianceDelegateSchema]);
    expect(Object.keys(converters)).toEqual(["/cosmos.bank.v1beta1.MsgSend", "/alliance.alliance.MsgDelegate"]);
    expect(converters["/alliance.alliance.MsgDelegate"]?.aminoType).toBe("alliance/MsgDelegate");
  });

  it("refuse a message without an amino name (it cannot be signed by Ledger)", () => {
    expect(() => aminoConverter(QueryBalanceRequestSchema)).toThrow(
      expect.objectContaining({ code: "AMINO_UNSUPPORTED_MESSAGE" }),
    );
  });

  it("toAmino / fromAmino round trip transaction messages; unknown types are refused", () => {
    const message = txMessage(MsgSendSchema, {
      fromAddress: A,
      toAddress: B,
      amount: [{ denom: "uxprt", amount: "1" }],
    });
    const amino = toAmino(message);
    expect(amino.type).toBe("cosmos-sdk/MsgSend");
    const back = fromAmino(amino, [AllianceDelegateSchema, MsgSendSchema]);
    expect(back.typeUrl).toBe(message.typeUrl);
    expect(back.value).toEqual(message.value);
    expect(() => fromAmino({ type: "cosmos-sdk/MsgVote", value: {} }, [MsgSendSchema])).toThrow(
      expect.objectContaining({ code: "AMINO_UNKNOWN_TYPE" }),
    );
  });
});
