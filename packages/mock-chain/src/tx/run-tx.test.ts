import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { anyUnpack } from "@bufbuild/protobuf/wkt";
import { toBase64 } from "@cosmjs/encoding";
import { TxMsgDataSchema } from "@persistence-sdk/proto/cosmos/base/abci/v1beta1";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import {
  AuthInfoSchema,
  SimulateRequestSchema,
  SimulateResponseSchema,
  TxRawSchema,
  TxSchema,
  Service as TxService,
} from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import { createChain, type MockChain } from "../node/chain.js";
import { accountOf, balanceOf } from "./chain-test-helpers.test-support.js";
import { devnetSigner, feeOf, msgSend, signTx, type TestSigner } from "./signing.test-support.js";

const [alice, bob, carol] = DEVNET.accounts;
const START = DEVNET.balances.account;
let signer: TestSigner;

beforeAll(async () => {
  signer = await devnetSigner(0);
});

function newChain(): MockChain {
  return createChain({ staking: false });
}

function attributes(event: { attributes: readonly { key: string; value: string }[] }): Record<string, string> {
  return Object.fromEntries(event.attributes.map((a) => [a.key, a.value]));
}

describe("delivering signed transactions", () => {
  it.each(["direct", "amino"] as const)(
    "a MsgSend signed in %s mode moves the coins, pays the fee, bumps the sequence",
    async (mode) => {
      const chain = newChain();
      const tx = await signTx(signer, [msgSend(alice!.address, bob!.address, 1_000n)], {
        accountNumber: 0n,
        sequence: 0n,
        fee: feeOf(5_000n),
        mode,
      });
      const { checkTx, hash } = chain.broadcastTx(tx);
      expect(checkTx.code).toBe(0);
      const included = chain.tx(hash)!;
      expect(included.height).toBe(2n);
      expect(included.result.code).toBe(0);
      expect(included.result.log).toBe("");
      expect(balanceOf(chain, alice!.address)).toBe(START - 1_000n - 5_000n);
      expect(balanceOf(chain, bob!.address)).toBe(START + 1_000n);
      const account = accountOf(chain, alice!.address);
      expect(account.sequence).toBe(1n);
      expect(account.pubKey?.typeUrl).toBe("/cosmos.crypto.secp256k1.PubKey");
      // The response data is TxMsgData with the MsgSendResponse.
      const data = fromBinary(TxMsgDataSchema, included.result.data);
      expect(data.msgResponses.map((any) => any.typeUrl)).toEqual(["/cosmos.bank.v1beta1.MsgSendResponse"]);
    },
  );

  it("emits the events of an SDK 0.50 node: fee transfer, tx events, then the message's events with msg_index", async () => {
    const chain = newChain();
    const tx = await signTx(signer, [msgSend(alice!.address, bob!.address, 1_000n)], {
      accountNumber: 0n,
      sequence: 0n,
      fee: feeOf(5_000n),
    });
    const { hash } = chain.broadcastTx(tx);
    const feeCollector = chain.keepers.auth.moduleAddress("fee_collector");
    const signature = toBase64(fromBinary(TxRawSchema, tx).signatures[0]!);
    const a = alice!.address;
    const b = bob!.address;
    expect(chain.tx(hash)!.result.events.map((e) => ({ type: e.type, ...attributes(e) }))).toEqual([
      { type: "coin_spent", spender: a, amount: "5000uxprt" },
      { type: "coin_received", receiver: feeCollector, amount: "5000uxprt" },
      { type: "transfer", recipient: feeCollector, sender: a, amount: "5000uxprt" },
      { type: "message", sender: a },
      { type: "tx", fee: "5000uxprt", fee_payer: a },
      { type: "tx", acc_seq: `${a}/0` },
      { type: "tx", signature },
      { type: "message", action: "/cosmos.bank.v1beta1.MsgSend", sender: a, module: "bank", msg_index: "0" },
      { type: "coin_spent", spender: a, amount: "1000uxprt", msg_index: "0" },
      { type: "coin_received", receiver: b, amount: "1000uxprt", msg_index: "0" },
      { type: "transfer", recipient: b, sender: a, amount: "1000uxprt", msg_index: "0" },
      { type: "message", sender: a, msg_index: "0" },
    ]);
    expect(chain.tx(hash)!.result.events.every((e) => e.attributes.every((attr) => attr.index))).toBe(true);
    // Attribute order within an event is the SDK's.
    expect(chain.tx(hash)!.result.events[7]!.attributes.map((attr) => attr.key)).toEqual([
      "action",
      "sender",
      "module",
      "msg_index",
    ]);
  });

  it("5 in DeliverTx: a message that fails leaves its effects out, but the fee and sequence stay (ante state persists)", async () => {
    const chain = newChain();
    const tx = await signTx(signer, [msgSend(alice!.address, bob!.address, START * 2n)], {
      accountNumber: 0n,
      sequence: 0n,
      fee: feeOf(5_000n),
    });
    const { checkTx, hash } = chain.broadcastTx(tx);
    expect(checkTx.code).toBe(0); // CheckTx runs only the ante handler
    const result = chain.tx(hash)!.result;
    expect([result.code, result.codespace]).toEqual([5, "sdk"]);
    expect(result.log).toBe(
      `failed to execute message; message index: 0: spendable balance ${START - 5_000n}uxprt is smaller than ${START * 2n}uxprt: insufficient funds`,
    );
    expect(result.data.length).toBe(0);
    expect(result.events.map((e) => e.type)).toEqual([
      "coin_spent",
      "coin_received",
      "transfer",
      "message",
      "tx",
      "tx",
      "tx",
    ]);
    expect(balanceOf(chain, alice!.address)).toBe(START - 5_000n);
    expect(balanceOf(chain, bob!.address)).toBe(START);
    expect(accountOf(chain, alice!.address).sequence).toBe(1n);
  });

  it("is atomic across messages: the second failing undoes the first", async () => {
    const chain = newChain();
    const tx = await signTx(
      signer,
      [msgSend(alice!.address, bob!.address, 10n), msgSend(alice!.address, carol!.address, START * 2n)],
      { accountNumber: 0n, sequence: 0n },
    );
    const { hash } = chain.broadcastTx(tx);
    expect(chain.tx(hash)!.result.log).toMatch(/^failed to execute message; message index: 1: /);
    expect(balanceOf(chain, bob!.address)).toBe(START);
    expect(balanceOf(chain, carol!.address)).toBe(START);
  });

  it("11 in DeliverTx: gas that covers the ante handler but not the message", async () => {
    const chain = newChain();
    const probe = await signTx(signer, [msgSend(alice!.address, bob!.address, 10n)], {
      accountNumber: 0n,
      sequence: 0n,
    });
    const simulated = chain.simulate(probe).result.gasUsed;
    // The send itself needs far more than 3000 gas (two balance writes alone cost 4000), the ante handler less.
    const limit = simulated - 3_000n;
    const tx = await signTx(signer, [msgSend(alice!.address, bob!.address, 10n)], {
      accountNumber: 0n,
      sequence: 0n,
      fee: feeOf(0n, limit),
    });
    const { checkTx, hash } = chain.broadcastTx(tx);
    expect(checkTx.code).toBe(0);
    const result = chain.tx(hash)!.result;
    expect([result.code, result.codespace]).toEqual([11, "sdk"]);
    expect(result.log).toMatch(
      new RegExp(`^out of gas in location: \\w+; gasWanted: ${limit}, gasUsed: \\d+: out of gas$`),
    );
    expect(result.gasWanted).toBe(limit);
    expect(result.gasUsed).toBeGreaterThan(limit);
    expect(balanceOf(chain, bob!.address)).toBe(START);
    expect(accountOf(chain, alice!.address).sequence).toBe(1n);
  });

  it("is deterministic: the same txs give the same gas, hashes and app hash on two chains", async () => {
    const run = async () => {
      const chain = newChain();
      for (let sequence = 0n; sequence < 3n; sequence++) {
        const tx = await signTx(signer, [msgSend(alice!.address, bob!.address, 7n)], { accountNumber: 0n, sequence });
        chain.broadcastTx(tx);
      }
      const block = chain.block()!;
      return {
        gas: chain.blockResults()!.txResults.map((r) => r.gasUsed),
        hash: Buffer.from(block.blockId.hash).toString("hex"),
        appHash: Buffer.from(chain.abciInfo().lastBlockAppHash).toString("hex"),
      };
    };
    expect(await run()).toEqual(await run());
  });
});

describe("simulation", () => {
  /** A tx as cosmjs' simulate builds it: no signature, SIGN_MODE_UNSPECIFIED, no fee. */
  function unsignedTx(sequence: bigint, amount: bigint): Uint8Array {
    const tx = create(TxSchema, {
      body: {
        messages: [
          {
            typeUrl: "/cosmos.bank.v1beta1.MsgSend",
            value: toBinary(protoRegistry.getMessage("cosmos.bank.v1beta1.MsgSend")!, {
              $typeName: "cosmos.bank.v1beta1.MsgSend",
              fromAddress: alice!.address,
              toAddress: bob!.address,
              amount: [{ $typeName: "cosmos.base.v1beta1.Coin", denom: "uxprt", amount: amount.toString() }],
            } as never),
          },
        ],
      },
      authInfo: create(AuthInfoSchema, {
        signerInfos: [
          {
            publicKey: {
              typeUrl: "/cosmos.crypto.secp256k1.PubKey",
              value: new Uint8Array([10, 33, ...signer.pubkey]),
            },
            modeInfo: { sum: { case: "single", value: { mode: SignMode.UNSPECIFIED } } },
            sequence,
          },
        ],
        fee: {},
      }),
      signatures: [new Uint8Array()],
    });
    return toBinary(TxSchema, tx);
  }

  it("answers /cosmos.tx.v1beta1.Service/Simulate with gas and the events, changing nothing", async () => {
    const chain = newChain();
    const before = chain.abciInfo();
    const request = toBinary(SimulateRequestSchema, create(SimulateRequestSchema, { txBytes: unsignedTx(0n, 10n) }));
    const result = chain.abciQuery("/cosmos.tx.v1beta1.Service/Simulate", request);
    expect(result.code).toBe(0);
    const response = fromBinary(SimulateResponseSchema, result.value);
    expect(response.gasInfo!.gasUsed).toBeGreaterThan(0n);
    expect(response.result!.events.map((e) => e.type)).toContain("transfer");
    expect(anyUnpack(response.result!.msgResponses[0]!, protoRegistry)?.$typeName).toBe(
      "cosmos.bank.v1beta1.MsgSendResponse",
    );
    expect(chain.abciInfo()).toEqual(before);
    expect(accountOf(chain, alice!.address).pubKey).toBeUndefined();
  });

  it("estimates at least the gas the signed tx then uses, within 10%", async () => {
    const chain = newChain();
    const simulated = chain.query(TxService.method.simulate, { txBytes: unsignedTx(0n, 10n) }).gasInfo!.gasUsed;
    const tx = await signTx(signer, [msgSend(alice!.address, bob!.address, 10n)], { accountNumber: 0n, sequence: 0n });
    const used = chain.tx(chain.broadcastTx(tx).hash)!.result.gasUsed;
    expect(simulated).toBeGreaterThanOrEqual(used);
    expect(simulated).toBeLessThan((used * 11n) / 10n);
  });

  it("fails as a node does: sdk 6 wrapping the tx error with the gas figures", () => {
    const chain = newChain();
    const request = toBinary(
      SimulateRequestSchema,
      create(SimulateRequestSchema, { txBytes: unsignedTx(0n, START * 2n) }),
    );
    const result = chain.abciQuery("/cosmos.tx.v1beta1.Service/Simulate", request);
    expect([result.code, result.codespace]).toEqual([6, "sdk"]);
    expect(result.log).toMatch(
      /^rpc error: code = Unknown desc = failed to execute message; message index: 0: spendable balance \d+uxprt is smaller than \d+uxprt: insufficient funds With gas wanted: '18446744073709551615' and gas used: '\d+' : unknown request$/,
    );
  });

  it("checks the sequence even when simulating", () => {
    const chain = newChain();
    const request = toBinary(SimulateRequestSchema, create(SimulateRequestSchema, { txBytes: unsignedTx(3n, 10n) }));
    expect(chain.abciQuery("/cosmos.tx.v1beta1.Service/Simulate", request).log).toMatch(
      /account sequence mismatch, expected 0, got 3: incorrect account sequence/,
    );
  });
});
