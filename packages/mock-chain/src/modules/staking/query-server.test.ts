import { create } from "@bufbuild/protobuf";
import { PageRequestSchema } from "@persistence-sdk/proto/cosmos/base/query/v1beta1";
import {
  MsgDelegateSchema,
  MsgUndelegateSchema,
  type QueryDelegationResponse,
  type QueryDelegatorDelegationsResponse,
  type QueryHistoricalInfoResponse,
  type QueryParamsResponse,
  type QueryPoolResponse,
  type QueryUnbondingDelegationResponse,
  type QueryValidatorDelegationsResponse,
  type QueryValidatorsResponse,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { describe, expect, it } from "vitest";
import { ChainError } from "../../app/module.js";
import { ALICE, BOB, devnetTestChain, type TestChain, testAddress, VALIDATORS } from "./test-chain.test-support.js";

const Q = "/cosmos.staking.v1beta1.Query/";

function page(fields: Parameters<typeof create<typeof PageRequestSchema>>[1]) {
  return create(PageRequestSchema, fields);
}

function queryError(run: () => unknown): ChainError {
  try {
    run();
  } catch (error) {
    if (error instanceof ChainError) return error;
    throw error;
  }
  throw new Error("the query did not fail");
}

function delegate(chain: TestChain, delegator: string, validator: string, amount: bigint) {
  chain.deliver(
    MsgDelegateSchema,
    create(MsgDelegateSchema, {
      delegatorAddress: delegator,
      validatorAddress: validator,
      amount: { denom: "uxprt", amount: amount.toString() },
    }),
  );
}

describe("staking queries", () => {
  it("pages through validators by key, with a total when asked, in operator-address byte order", () => {
    const chain = devnetTestChain();
    const first = chain.queryPath<QueryValidatorsResponse>(`${Q}Validators`, {
      status: "",
      pagination: page({ limit: 3n, countTotal: true }),
    });
    expect(first.validators).toHaveLength(3);
    expect(first.pagination?.total).toBe(4n);
    const second = chain.queryPath<QueryValidatorsResponse>(`${Q}Validators`, {
      status: "",
      pagination: page({ key: first.pagination!.nextKey, limit: 3n }),
    });
    expect(second.validators).toHaveLength(1);
    expect(second.pagination?.nextKey.length).toBe(0);
    const all = [...first.validators, ...second.validators].map((v) => v.operatorAddress);
    expect(new Set(all)).toEqual(new Set(VALIDATORS));
    const everything = chain.queryPath<QueryValidatorsResponse>(`${Q}Validators`, { status: "" });
    expect(everything.validators.map((v) => v.operatorAddress)).toEqual(all);
  });

  it("filters validators by status and rejects an unknown status", () => {
    const chain = devnetTestChain();
    chain.control("staking/jail", { validator: VALIDATORS[1] });
    const bonded = chain.queryPath<QueryValidatorsResponse>(`${Q}Validators`, { status: "BOND_STATUS_BONDED" });
    expect(bonded.validators.map((v) => v.operatorAddress)).not.toContain(VALIDATORS[1]);
    expect(bonded.pagination?.total).toBe(3n);
    const unbonding = chain.queryPath<QueryValidatorsResponse>(`${Q}Validators`, { status: "BOND_STATUS_UNBONDING" });
    expect(unbonding.validators.map((v) => v.operatorAddress)).toEqual([VALIDATORS[1]]);
    const error = queryError(() => chain.queryPath(`${Q}Validators`, { status: "BONDED" }));
    expect([error.codespace, error.code, error.message]).toEqual([
      "sdk",
      18,
      "rpc error: code = InvalidArgument desc = invalid validator status BONDED: invalid request",
    ]);
  });

  it("answers NotFound (sdk 22) for an unknown validator, delegation or unbonding", () => {
    const chain = devnetTestChain();
    const unknown = testAddress("ghost", "persistencevaloper");
    const noValidator = queryError(() => chain.queryPath(`${Q}Validator`, { validatorAddr: unknown }));
    expect([noValidator.code, noValidator.message]).toEqual([
      22,
      `rpc error: code = NotFound desc = validator ${unknown} not found: key not found`,
    ]);
    const noDelegation = queryError(() =>
      chain.queryPath(`${Q}Delegation`, { delegatorAddr: ALICE, validatorAddr: VALIDATORS[0] }),
    );
    expect(noDelegation.code).toBe(22);
    const noUnbonding = queryError(() =>
      chain.queryPath(`${Q}UnbondingDelegation`, { delegatorAddr: ALICE, validatorAddr: VALIDATORS[0] }),
    );
    expect(noUnbonding.message).toContain(`unbonding delegation with delegator ${ALICE} not found`);
    const empty = queryError(() => chain.queryPath(`${Q}Validator`, { validatorAddr: "" }));
    expect([empty.code, empty.message]).toEqual([
      18,
      "rpc error: code = InvalidArgument desc = validator address cannot be empty: invalid request",
    ]);
  });

  it("reports delegations with their token balance, per delegator and per validator", () => {
    const chain = devnetTestChain();
    delegate(chain, ALICE, VALIDATORS[0]!, 7_000_000n);
    delegate(chain, ALICE, VALIDATORS[2]!, 3_000_000n);
    delegate(chain, BOB, VALIDATORS[0]!, 5_000_000n);

    const one = chain.queryPath<QueryDelegationResponse>(`${Q}Delegation`, {
      delegatorAddr: ALICE,
      validatorAddr: VALIDATORS[0],
    });
    expect(one.delegationResponse?.balance).toMatchObject({ denom: "uxprt", amount: "7000000" });

    const mine = chain.queryPath<QueryDelegatorDelegationsResponse>(`${Q}DelegatorDelegations`, {
      delegatorAddr: ALICE,
    });
    expect(mine.delegationResponses.map((d) => d.balance?.amount).sort()).toEqual(["3000000", "7000000"]);
    expect(mine.pagination?.total).toBe(2n);

    const toValidator = chain.queryPath<QueryValidatorDelegationsResponse>(`${Q}ValidatorDelegations`, {
      validatorAddr: VALIDATORS[0],
      pagination: page({ limit: 2n, countTotal: true }),
    });
    expect(toValidator.delegationResponses).toHaveLength(2);
    expect(toValidator.pagination?.total).toBe(3n); // the operator's self-delegation, ALICE, BOB
  });

  it("serves unbonding delegations, the pool, params and historical info", () => {
    const chain = devnetTestChain();
    delegate(chain, ALICE, VALIDATORS[0]!, 7_000_000n);
    chain.deliver(
      MsgUndelegateSchema,
      create(MsgUndelegateSchema, {
        delegatorAddress: ALICE,
        validatorAddress: VALIDATORS[0]!,
        amount: { denom: "uxprt", amount: "2000000" },
      }),
    );
    const unbond = chain.queryPath<QueryUnbondingDelegationResponse>(`${Q}UnbondingDelegation`, {
      delegatorAddr: ALICE,
      validatorAddr: VALIDATORS[0],
    });
    expect(unbond.unbond?.entries.map((e) => e.balance)).toEqual(["2000000"]);

    const pool = chain.queryPath<QueryPoolResponse>(`${Q}Pool`, {});
    expect(pool.pool).toMatchObject({ bondedTokens: "4000005000000", notBondedTokens: "2000000" });

    const params = chain.queryPath<QueryParamsResponse>(`${Q}Params`, {});
    expect(params.params).toMatchObject({ bondDenom: "uxprt", maxEntries: 7, maxValidators: 100 });
    expect(params.params?.unbondingTime?.seconds).toBe(1_814_400n);

    const history = chain.queryPath<QueryHistoricalInfoResponse>(`${Q}HistoricalInfo`, { height: chain.height });
    expect(history.hist?.valset).toHaveLength(4);
    expect(history.hist?.header?.height).toBe(chain.height);
  });

  it("keeps historical info for the last 100 heights only", () => {
    const chain = devnetTestChain();
    chain.mine(102);
    expect(() => chain.queryPath(`${Q}HistoricalInfo`, { height: chain.height - 99n })).not.toThrow();
    const pruned = queryError(() => chain.queryPath(`${Q}HistoricalInfo`, { height: chain.height - 100n }));
    expect([pruned.code, pruned.message]).toEqual([
      22,
      `rpc error: code = NotFound desc = historical info for height ${chain.height - 100n} not found: key not found`,
    ]);
  });
});
