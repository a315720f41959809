import { fromBinary } from "@bufbuild/protobuf";
import { toBech32 } from "@cosmjs/encoding";
import {
  MsgDelegateResponseSchema as AllianceDelegateResponseSchema,
  MsgDelegateSchema as AllianceDelegateSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { MsgMultiSendSchema, MsgSendResponseSchema, MsgSendSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { describe, expect, it } from "vitest";
import { persistenceMockDevnet } from "./chains.js";
import {
  checkMessageAddresses,
  checkTxMessage,
  messageToAny,
  responseSchemaOf,
  signerFieldsOf,
  txMessage,
  typeUrlOf,
} from "./messages.js";

const A = "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6";
const B = "persistence1erxf3sa9q2j4vgseu7jq4a258ckmk7cypjucfx";
const VALOPER = toBech32("persistencevaloper", new Uint8Array(20).fill(3));

describe("txMessage", () => {
  it("is cosmjs' EncodeObject plus the schema", () => {
    const message = txMessage(MsgSendSchema, {
      fromAddress: A,
      toAddress: B,
      amount: [{ denom: "uxprt", amount: "5" }],
    });
    expect(message.typeUrl).toBe("/cosmos.bank.v1beta1.MsgSend");
    expect(message.schema).toBe(MsgSendSchema);
    expect(message.value.$typeName).toBe("cosmos.bank.v1beta1.MsgSend");
    expect(Object.isFrozen(message)).toBe(true);
    const any = messageToAny(message);
    expect(any.typeUrl).toBe(typeUrlOf(MsgSendSchema));
    expect(fromBinary(MsgSendSchema, any.value).toAddress).toBe(B);
  });

  it("finds the response schema through the file's Msg service", () => {
    expect(responseSchemaOf(MsgSendSchema)).toBe(MsgSendResponseSchema);
    expect(responseSchemaOf(AllianceDelegateSchema)).toBe(AllianceDelegateResponseSchema);
    expect(responseSchemaOf(MsgSendResponseSchema)).toBeUndefined();
  });

  it("reads the signer fields from cosmos.msg.v1.signer", () => {
    expect(signerFieldsOf(MsgSendSchema)).toEqual(["from_address"]);
    expect(signerFieldsOf(AllianceDelegateSchema)).toEqual(["delegator_address"]);
    expect(signerFieldsOf(MsgSendResponseSchema)).toEqual([]);
  });

  it("checkTxMessage refuses look-alikes", () => {
    const good = txMessage(MsgSendSchema, {});
    expect(() => checkTxMessage(good, "m")).not.toThrow();
    expect(() => checkTxMessage({ ...good, typeUrl: "/other" }, "m")).toThrow(
      expect.objectContaining({ code: "INVALID_ARGUMENT" }),
    );
    expect(() => checkTxMessage({ typeUrl: good.typeUrl, value: {} as never, schema: MsgSendSchema }, "m")).toThrow();
    expect(() => checkTxMessage(null as never, "m")).toThrow();
  });
});

describe("checkMessageAddresses", () => {
  const chain = persistenceMockDevnet;

  it("checks every address field, nested ones included, naming the path", () => {
    const multi = txMessage(MsgMultiSendSchema, {
      inputs: [{ address: A, coins: [{ denom: "uxprt", amount: "2" }] }],
      outputs: [
        { address: B, coins: [{ denom: "uxprt", amount: "1" }] },
        { address: toBech32("cosmos", new Uint8Array(20)), coins: [{ denom: "uxprt", amount: "1" }] },
      ],
    });
    expect(() => checkMessageAddresses(multi, chain, A, "messages[0]")).toThrow(
      expect.objectContaining({ code: "WRONG_ADDRESS_PREFIX", field: "messages[0].value.outputs[1].address" }),
    );
  });

  it("refuses a validator operator address in an account field", () => {
    const send = txMessage(MsgSendSchema, { fromAddress: A, toAddress: VALOPER });
    expect(() => checkMessageAddresses(send, chain, A, "m")).toThrow(
      expect.objectContaining({ code: "WRONG_ADDRESS_PREFIX", field: "m.value.toAddress" }),
    );
  });

  it("accepts validator operator addresses in validator fields annotated as plain addresses (alliance)", () => {
    const delegate = txMessage(AllianceDelegateSchema, {
      delegatorAddress: A,
      validatorAddress: VALOPER,
      amount: { denom: "ibc/ABC", amount: "1" },
    });
    expect(() => checkMessageAddresses(delegate, chain, A, "m")).not.toThrow();
  });

  it("refuses a message whose signer field names another account", () => {
    const send = txMessage(MsgSendSchema, { fromAddress: B, toAddress: A });
    expect(() => checkMessageAddresses(send, chain, A, "messages[2]")).toThrow(
      expect.objectContaining({
        code: "SIGNER_MISMATCH",
        field: "messages[2].value.fromAddress",
        value: B,
        expected: A,
      }),
    );
    expect(() => checkMessageAddresses(send, chain, undefined, "m")).not.toThrow();
  });
});
