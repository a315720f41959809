// Composite flows in one transaction: liquid-stake ATOM and restake the stkATOM received through Alliance's
// MsgDelegate, liquid-stake XPRT and send the stkXPRT on; atomically (a follow-up that fails undoes the stake), with
// a direct and an amino-only signer. Alliance messages claim rewards before they change a delegation, so the gas the
// block uses can exceed the simulation's: the clients use gasMultiplier 3 (FAST).
import { type Client, InsufficientFundsError, query, txMessage } from "@persistence-sdk/client";
import type { RunningMockChain } from "@persistence-sdk/mock-chain";
import { Query as AllianceQuery, MsgDelegateSchema } from "@persistence-sdk/proto/alliance/alliance";
import { MsgSendSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  ATOM,
  balanceOf,
  calmHour,
  DELEGATOR,
  devnetClient,
  expectedSignMode,
  freshAccount,
  STK_ATOM,
  STK_XPRT,
  signModeOf,
  startChain,
  VALIDATORS,
} from "../testing.test-support.js";
import { liquidStakeAnd } from "./liquidStakeAnd.js";
import { liquidStakeIbcAnd } from "./liquidStakeIbcAnd.js";

let chain: RunningMockChain;
let reader: Client;

beforeAll(async () => {
  chain = await startChain();
  reader = devnetClient(chain);
});

afterAll(async () => {
  await chain.stop();
});

describe.each(["direct", "amino"] as const)("signed %s", (mode) => {
  it("liquid-stakes ATOM and restakes the stkATOM received through Alliance, in one transaction", async () => {
    const { client, address } = await freshAccount(chain, mode);
    calmHour(chain);
    const validator = VALIDATORS[1]!;
    const result = await liquidStakeIbcAnd(client, {
      amount: { denom: ATOM, amount: 250_000_000n },
      next: (preview, delegator) => [
        txMessage(MsgDelegateSchema, {
          delegatorAddress: delegator,
          validatorAddress: validator,
          amount: { denom: preview.received.denom, amount: `${preview.received.amount}` },
        }),
      ],
    });
    expect(signModeOf(chain, result.tx.hash)).toBe(expectedSignMode(mode));
    expect(result.tx.msgResponses).toHaveLength(2);
    expect(result.nextResponses).toHaveLength(1);
    expect(result.received).toEqual(result.preview.received);
    expect(await balanceOf(reader, address, STK_ATOM)).toBe(0n);
    const { delegation } = await query(reader, AllianceQuery.method.allianceDelegation, {
      delegatorAddr: address,
      validatorAddr: validator,
      denom: STK_ATOM,
    });
    expect(BigInt(delegation!.balance!.amount)).toBe(result.preview.received.amount);
  });

  it("liquid-stakes XPRT and sends the stkXPRT on; a follow-up that fails undoes everything", async () => {
    const { client, address } = await freshAccount(chain, mode);
    calmHour(chain);
    const before = await balanceOf(reader, DELEGATOR, STK_XPRT);
    const send = (amount: bigint) => (_: unknown, delegator: string) => [
      txMessage(MsgSendSchema, {
        fromAddress: delegator,
        toAddress: DELEGATOR,
        amount: [{ denom: STK_XPRT, amount: `${amount}` }],
      }),
    ];
    const result = await liquidStakeAnd(client, {
      amount: { denom: "uxprt", amount: 5_000_000_000n },
      next: (preview, delegator) => send(preview.minted.amount)(preview, delegator),
    });
    expect(result.minted).toEqual(result.preview.minted);
    expect(await balanceOf(reader, DELEGATOR, STK_XPRT)).toBe(before + result.preview.minted.amount);

    const xprtBefore = await balanceOf(reader, address, "uxprt");
    const failed = await liquidStakeAnd(client, {
      amount: { denom: "uxprt", amount: 1_000_000_000n },
      next: (preview, delegator) => send(preview.minted.amount + 1n)(preview, delegator),
    }).catch((e: unknown) => e);
    expect(failed).toBeInstanceOf(InsufficientFundsError);
    expect(await balanceOf(reader, address, "uxprt")).toBe(xprtBefore);
    expect(await balanceOf(reader, address, STK_XPRT)).toBe(0n);

    await expect(
      liquidStakeAnd(client, { amount: { denom: "uxprt", amount: 1_000_000n }, next: () => [] }),
    ).rejects.toMatchObject({ code: "INVALID_ARGUMENT", field: "next" });
  });
});
