import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import { PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/ed25519";
import {
  BondStatus,
  type MsgCreateValidator,
  MsgCreateValidatorSchema,
  MsgEditValidatorSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { describe, expect, it } from "vitest";
import { packAny } from "../../app/any.js";
import { convertBech32 } from "./addresses.js";
import { devnetValidatorSeed, ed25519PublicKey } from "./devnet-validators.js";
import { BOB, devnetTestChain } from "./test-chain.test-support.js";

const BOB_VALOPER = convertBech32(BOB, "persistencevaloper");
const dec = (text: string) => Dec.fromString(text).toProto();

function createMsg(overrides: Partial<MsgCreateValidator> = {}): MsgCreateValidator {
  const base = create(MsgCreateValidatorSchema, {
    description: { moniker: "bob's node" },
    commission: { rate: dec("0.10"), maxRate: dec("0.20"), maxChangeRate: dec("0.01") },
    minSelfDelegation: "1",
    delegatorAddress: BOB,
    validatorAddress: BOB_VALOPER,
    pubkey: packAny(PubKeySchema, create(PubKeySchema, { key: ed25519PublicKey(new Uint8Array(32).fill(9)) })),
    value: { denom: "uxprt", amount: "5000000" },
  });
  return { ...base, ...overrides };
}

describe("MsgCreateValidator", () => {
  it("creates the validator, bonds its self-delegation and enters it into the set at the end of the block", () => {
    const chain = devnetTestChain();
    const result = chain.deliver(MsgCreateValidatorSchema, createMsg());
    expect(result.error).toBeUndefined();
    const event = result.events.find((e) => e.type === "create_validator");
    expect(Object.fromEntries(event!.attributes.map((a) => [a.key, a.value]))).toEqual({
      validator: BOB_VALOPER,
      amount: "5000000uxprt",
    });
    const validator = chain.staking.validator(chain.store, BOB_VALOPER)!;
    expect([validator.status, validator.tokens, validator.description?.moniker]).toEqual([
      BondStatus.BONDED,
      "5000000",
      "bob's node",
    ]);
    expect(chain.staking.bondedValidators(chain.store)).toHaveLength(5);
    expect(chain.balance(BOB)).toBe(995_000_000n);
  });

  it("refuses a second validator for the operator (4) or the consensus key (5) and a rate above max (11)", () => {
    const chain = devnetTestChain();
    chain.deliver(MsgCreateValidatorSchema, createMsg());
    const again = chain.deliver(MsgCreateValidatorSchema, createMsg()).error;
    expect([again?.codespace, again?.code]).toEqual(["staking", 4]);

    const devnetKey = ed25519PublicKey(devnetValidatorSeed(0));
    const sameKey = devnetTestChain().deliver(
      MsgCreateValidatorSchema,
      createMsg({ pubkey: packAny(PubKeySchema, create(PubKeySchema, { key: devnetKey })) }),
    ).error;
    expect([sameKey?.codespace, sameKey?.code]).toEqual(["staking", 5]);

    const fresh = devnetTestChain();
    const greedy = fresh.deliver(
      MsgCreateValidatorSchema,
      createMsg({
        commission: {
          $typeName: "cosmos.staking.v1beta1.CommissionRates",
          rate: dec("0.3"),
          maxRate: dec("0.2"),
          maxChangeRate: dec("0.01"),
        },
      }),
    ).error;
    expect([greedy?.codespace, greedy?.code, greedy?.message]).toEqual([
      "staking",
      11,
      "commission cannot be more than the max rate",
    ]);
    expect(fresh.staking.validator(fresh.store, BOB_VALOPER)).toBeUndefined();
    expect(fresh.balance(BOB)).toBe(1_000_000_000n);
  });
});

describe("MsgEditValidator", () => {
  it("changes the description, and the commission once a day within the max change rate", () => {
    const chain = devnetTestChain();
    chain.deliver(MsgCreateValidatorSchema, createMsg());
    const edit = (commissionRate: string, moniker = "[do-not-modify]") =>
      chain.deliver(
        MsgEditValidatorSchema,
        create(MsgEditValidatorSchema, {
          validatorAddress: BOB_VALOPER,
          description: {
            moniker,
            identity: "[do-not-modify]",
            website: "[do-not-modify]",
            securityContact: "[do-not-modify]",
            details: "[do-not-modify]",
          },
          commissionRate,
        }),
      ).error;

    expect(edit("", "renamed")).toBeUndefined();
    expect(chain.staking.validator(chain.store, BOB_VALOPER)!.description?.moniker).toBe("renamed");
    const tooSoon = edit(dec("0.11"));
    expect([tooSoon?.codespace, tooSoon?.code]).toEqual(["staking", 12]);
    chain.advanceTime(86_400n);
    const tooFar = edit(dec("0.12"));
    expect([tooFar?.codespace, tooFar?.code]).toEqual(["staking", 15]);
    expect(edit(dec("0.11"))).toBeUndefined();
    const rate = chain.staking.validator(chain.store, BOB_VALOPER)!.commission?.commissionRates?.rate;
    expect(Dec.fromProto(rate!).toString()).toBe("0.110000000000000000");
  });
});
