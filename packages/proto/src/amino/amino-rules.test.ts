import { create, toBinary } from "@bufbuild/protobuf";
import { AnySchema } from "@bufbuild/protobuf/wkt";
import { SdkError } from "@persistence-sdk/core";
import { describe, expect, it } from "vitest";
import { MsgCreateAllianceProposalSchema, MsgCreateAllianceSchema } from "../modules/alliance/alliance.js";
import { MsgSendSchema } from "../modules/cosmos/bank/v1beta1.js";
import { DecCoinSchema } from "../modules/cosmos/base/v1beta1.js";
import { MsgWithdrawDelegatorRewardSchema } from "../modules/cosmos/distribution/v1beta1.js";
import { TxBodySchema } from "../modules/cosmos/tx/v1beta1.js";
import { protoRegistry } from "../registry.js";
import { aminoTypeName } from "./field-options.js";
import { fromAminoMsg, fromAminoValue } from "./from-amino.js";
import { toAminoMsg, toAminoValue } from "./to-amino.js";

const createAlliance = create(MsgCreateAllianceSchema, {
  authority: "persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",
  denom: "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2",
  rewardWeight: "500000000000000000",
  takeRate: "1000000000000000",
  rewardChangeRate: "",
  rewardChangeInterval: { seconds: 300n, nanos: 0 },
  rewardWeightRange: { min: "0", max: "5000000000000000000" },
});

describe("amino JSON rules", () => {
  it("writes a LegacyDec that is one only by gogoproto customtype as its raw string, like x/tx", () => {
    // Alliance's MsgCreateAlliance marks its decimals with gogoproto.customtype alone, no cosmos_proto.scalar; x/tx
    // (SDK 0.50+, where the v0.4.x authority msgs have amino names) then signs the protobuf string unchanged.
    expect(toAminoValue(MsgCreateAllianceSchema, createAlliance)).toEqual({
      authority: "persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",
      denom: "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2",
      reward_weight: "500000000000000000",
      take_rate: "1000000000000000",
      reward_change_interval: "300000000000",
      reward_weight_range: { min: "0", max: "5000000000000000000" },
    });
    const back = fromAminoMsg(MsgCreateAllianceSchema, toAminoMsg(MsgCreateAllianceSchema, createAlliance));
    expect(toBinary(MsgCreateAllianceSchema, back)).toEqual(toBinary(MsgCreateAllianceSchema, createAlliance));
  });

  it("writes cosmos.Dec scalar fields as 18-decimal strings and reads them back", () => {
    const coin = create(DecCoinSchema, { denom: "uxprt", amount: "1500000000000000000" });
    expect(toAminoValue(DecCoinSchema, coin)).toEqual({ denom: "uxprt", amount: "1.500000000000000000" });
    expect(fromAminoValue(DecCoinSchema, { denom: "uxprt", amount: "1.5" }).amount).toBe("1500000000000000000");
    expect(() => fromAminoValue(DecCoinSchema, { denom: "uxprt", amount: "5e-2" })).toThrow(
      expect.objectContaining({ code: "INVALID_DECIMAL", field: "cosmos.base.v1beta1.DecCoin.amount" }),
    );
  });

  it("refuses a protobuf Dec field that holds a decimal point (the classic sdk.Dec mix-up)", () => {
    const wrong = create(DecCoinSchema, { denom: "uxprt", amount: "0.001" });
    expect(() => toAminoValue(DecCoinSchema, wrong)).toThrow(
      expect.objectContaining({ code: "INVALID_DECIMAL", field: "cosmos.base.v1beta1.DecCoin.amount" }),
    );
  });

  it("applies the SDK 0.50 options the 0.46 protos lack: legacy_coins and dont_omitempty on MsgSend", () => {
    const send = create(MsgSendSchema, { fromAddress: "a", toAddress: "b", amount: [] });
    expect(toAminoValue(MsgSendSchema, send)).toEqual({ from_address: "a", to_address: "b", amount: [] });
  });

  it("refuses unknown keys instead of dropping them", () => {
    expect(() => fromAminoValue(MsgSendSchema, { from_address: "a", to_address: "b", amount: [], memo: "x" })).toThrow(
      expect.objectContaining({ code: "AMINO_INVALID_VALUE", field: "cosmos.bank.v1beta1.MsgSend.memo" }),
    );
  });

  it("uses the legacy codec names where the SDK 0.46 protos carry no amino.name", () => {
    expect(aminoTypeName(MsgSendSchema)).toBe("cosmos-sdk/MsgSend");
    expect(aminoTypeName(MsgWithdrawDelegatorRewardSchema)).toBe("cosmos-sdk/MsgWithdrawDelegationReward");
    expect(aminoTypeName(TxBodySchema)).toBeUndefined();
  });

  it("refuses to amino-encode a message without an amino name", () => {
    expect(() => toAminoMsg(TxBodySchema, create(TxBodySchema))).toThrow(SdkError);
    expect(() => toAminoMsg(TxBodySchema, create(TxBodySchema))).toThrow(/SIGN_MODE_DIRECT/);
  });

  it("omits empty fields, writes 64-bit integers as strings and bytes as base64", () => {
    const body = create(TxBodySchema, { memo: "", timeoutHeight: 12n, messages: [] });
    expect(toAminoValue(TxBodySchema, body)).toEqual({ timeout_height: "12" });
    const withBytes = create(TxBodySchema, { memo: "m", timeoutHeight: 0n });
    expect(toAminoValue(TxBodySchema, withBytes)).toEqual({ memo: "m" });
  });

  it("wraps packed messages with their amino name, given a registry", () => {
    const proposal = create(MsgCreateAllianceProposalSchema, { title: "t", description: "d", denom: "stk/uatom" });
    // Cosmos type URLs are "/" + the full name (no type.googleapis.com host).
    const packed = create(AnySchema, {
      typeUrl: "/alliance.alliance.MsgCreateAllianceProposal",
      value: toBinary(MsgCreateAllianceProposalSchema, proposal),
    });
    const body = create(TxBodySchema, { messages: [packed] });
    const json = toAminoValue(TxBodySchema, body, { registry: protoRegistry });
    expect(json).toEqual({
      messages: [
        { type: "alliance/MsgCreateAllianceProposal", value: { title: "t", description: "d", denom: "stk/uatom" } },
      ],
    });
    expect(fromAminoValue(TxBodySchema, json, { registry: protoRegistry })).toEqual(body);
    expect(() => toAminoValue(TxBodySchema, body)).toThrow(expect.objectContaining({ code: "AMINO_UNKNOWN_TYPE" }));
  });

  it("writes timestamps as RFC 3339 with the fraction only when present", async () => {
    const { TimestampSchema } = await import("@bufbuild/protobuf/wkt");
    const { MsgLiquidUnstakeResponseSchema } = await import("../modules/pstake/liquidstake/v1beta1.js");
    const at = (seconds: bigint, nanos: number) =>
      toAminoValue(
        MsgLiquidUnstakeResponseSchema,
        create(MsgLiquidUnstakeResponseSchema, { completionTime: create(TimestampSchema, { seconds, nanos }) }),
      );
    expect(at(1_700_000_000n, 0)).toEqual({ completion_time: "2023-11-14T22:13:20Z" });
    expect(at(1_700_000_000n, 120_000_000)).toEqual({ completion_time: "2023-11-14T22:13:20.12Z" });
    const back = fromAminoValue(MsgLiquidUnstakeResponseSchema, { completion_time: "2023-11-14T22:13:20.12Z" });
    expect(back.completionTime).toEqual(create(TimestampSchema, { seconds: 1_700_000_000n, nanos: 120_000_000 }));
    expect(() => fromAminoValue(MsgLiquidUnstakeResponseSchema, { completion_time: "2023-02-30T00:00:00Z" })).toThrow(
      /calendar/,
    );
  });
});
