import { create, type DescMessage, type MessageShape, toBinary } from "@bufbuild/protobuf";
import { type Any, AnySchema, timestampFromMs } from "@bufbuild/protobuf/wkt";
import { BaseAccountSchema, QueryAccountResponseSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { QueryAllBalancesResponseSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { PubKeySchema as Ed25519PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/ed25519";
import { QueryDelegationTotalRewardsResponseSchema } from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import { BondStatus, QueryValidatorResponseSchema } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { describe, expect, it } from "vitest";
import { GatewayJson } from "./gateway-json.js";

const json = new GatewayJson(protoRegistry);

/** An Any with the Cosmos-style type URL ("/" + full name). */
function cosmosAny<Desc extends DescMessage>(schema: Desc, message: MessageShape<Desc>): Any {
  return create(AnySchema, { typeUrl: `/${schema.typeName}`, value: toBinary(schema, message) });
}

describe("GatewayJson (the SDK gateway's JSON)", () => {
  it("renders a validator: enum names, LegacyDec as 18 decimals, math.Int as is, Any with @type, defaults kept", () => {
    const response = create(QueryValidatorResponseSchema, {
      validator: {
        operatorAddress: "persistencevaloper1xyz",
        consensusPubkey: cosmosAny(
          Ed25519PubKeySchema,
          create(Ed25519PubKeySchema, { key: new Uint8Array(32).fill(1) }),
        ),
        status: BondStatus.BONDED,
        tokens: "1000000",
        delegatorShares: "1000000000000000000000000",
        description: { moniker: "validator-1" },
        commission: {
          commissionRates: {
            rate: "100000000000000000",
            maxRate: "200000000000000000",
            maxChangeRate: "10000000000000000",
          },
          updateTime: timestampFromMs(Date.UTC(2024, 0, 1)),
        },
        minSelfDelegation: "1",
      },
    });
    const rendered = json.render(QueryValidatorResponseSchema, response) as { validator: Record<string, unknown> };
    expect(rendered.validator).toMatchObject({
      operator_address: "persistencevaloper1xyz",
      consensus_pubkey: { "@type": "/cosmos.crypto.ed25519.PubKey", key: Buffer.alloc(32, 1).toString("base64") },
      jailed: false,
      status: "BOND_STATUS_BONDED",
      tokens: "1000000",
      delegator_shares: "1000000.000000000000000000",
      description: { moniker: "validator-1", identity: "", website: "", security_contact: "", details: "" },
      unbonding_height: "0",
      unbonding_time: "0001-01-01T00:00:00Z",
      commission: {
        commission_rates: {
          rate: "0.100000000000000000",
          max_rate: "0.200000000000000000",
          max_change_rate: "0.010000000000000000",
        },
        update_time: "2024-01-01T00:00:00Z",
      },
      min_self_delegation: "1",
    });
  });

  it("renders an account: unset Any as null, uint64 as strings", () => {
    const response = create(QueryAccountResponseSchema, {
      account: cosmosAny(
        BaseAccountSchema,
        create(BaseAccountSchema, { address: "persistence1abc", accountNumber: 7n }),
      ),
    });
    expect(json.render(QueryAccountResponseSchema, response)).toEqual({
      account: {
        "@type": "/cosmos.auth.v1beta1.BaseAccount",
        address: "persistence1abc",
        pub_key: null,
        account_number: "7",
        sequence: "0",
      },
    });
  });

  it("renders balances with pagination: an empty next_key is null, as a nil Go slice", () => {
    const response = create(QueryAllBalancesResponseSchema, {
      balances: [{ denom: "uxprt", amount: "42" }],
      pagination: { total: 1n },
    });
    expect(json.render(QueryAllBalancesResponseSchema, response)).toEqual({
      balances: [{ denom: "uxprt", amount: "42" }],
      pagination: { next_key: null, total: "1" },
    });
    expect(json.render(QueryAllBalancesResponseSchema, create(QueryAllBalancesResponseSchema))).toEqual({
      balances: [],
      pagination: null,
    });
  });

  it("renders DecCoins with 18 decimals", () => {
    const response = create(QueryDelegationTotalRewardsResponseSchema, {
      total: [{ denom: "uxprt", amount: "1500000000000000000" }],
    });
    expect(json.render(QueryDelegationTotalRewardsResponseSchema, response)).toEqual({
      rewards: [],
      total: [{ denom: "uxprt", amount: "1.500000000000000000" }],
    });
  });
});
