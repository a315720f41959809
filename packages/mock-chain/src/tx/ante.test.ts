import { create, fromBinary, toBinary } from "@bufbuild/protobuf";
import { TxBodySchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { beforeAll, describe, expect, it } from "vitest";
import { DEVNET } from "../genesis/devnet.js";
import { createChain, type MockChain } from "../node/chain.js";
import { balanceOf, fingerprint } from "./chain-test-helpers.test-support.js";
import { devnetSigner, feeOf, msgSend, signTx, type TestSigner } from "./signing.test-support.js";

// Rejection paths of the ante handler, each checked for the SDK's code and wording and for a chain left exactly as it
// was: CheckTx refuses the tx, so no block is made and no balance, sequence or key changes.

const [alice, bob] = DEVNET.accounts;
const ALICE_NUMBER = 0n;
let signer: TestSigner;

beforeAll(async () => {
  signer = await devnetSigner(0);
});

function newChain(options: Parameters<typeof createChain>[0] = {}): MockChain {
  return createChain({ staking: false, ...options });
}

function send(amount = 1_000n) {
  return [msgSend(alice!.address, bob!.address, amount)];
}

/** Broadcasts and expects CheckTx to refuse with `code`, the chain unchanged; returns the log. */
function expectRejected(chain: MockChain, tx: Uint8Array, code: number, codespace = "sdk"): string {
  const before = fingerprint(chain, [alice!.address, bob!.address]);
  const { checkTx } = chain.broadcastTx(tx);
  expect({ code: checkTx.code, codespace: checkTx.codespace }).toEqual({ code, codespace });
  expect(checkTx.events).toEqual([]);
  expect(chain.numUnconfirmedTxs().count).toBe(0);
  expect(fingerprint(chain, [alice!.address, bob!.address])).toEqual(before);
  return checkTx.log;
}

describe("ante handler rejections", () => {
  it("2: bytes that are no TxRaw", () => {
    const chain = newChain();
    const log = expectRejected(chain, new Uint8Array([0xff, 0xff, 0xff, 0x07]), 2);
    expect(log).toMatch(/: tx parse error$/);
  });

  it("2: a message type no registry knows", () => {
    const chain = newChain();
    const body = create(TxBodySchema, { messages: [{ typeUrl: "/foo.v1.MsgBar", value: new Uint8Array() }] });
    const tx = toBinary(
      TxRawSchema,
      create(TxRawSchema, { bodyBytes: toBinary(TxBodySchema, body), signatures: [new Uint8Array(64)] }),
    );
    expect(expectRejected(chain, tx, 2)).toBe("unable to resolve type URL /foo.v1.MsgBar: tx parse error");
  });

  it("18: a tx without messages", async () => {
    const chain = newChain();
    const tx = await signTx(signer, [], { accountNumber: ALICE_NUMBER, sequence: 0n });
    expect(expectRejected(chain, tx, 18)).toBe("must contain at least one message: invalid request");
  });

  it("4: signed for another chain id", async () => {
    const chain = newChain();
    const tx = await signTx(signer, send(), { chainId: "core-1", accountNumber: ALICE_NUMBER, sequence: 0n });
    expect(expectRejected(chain, tx, 4)).toBe(
      "signature verification failed; please verify account number (0) and chain-id (persistence-mock-1): (unable to verify single signer signature): unauthorized",
    );
  });

  it("4: signed with a wrong account number", async () => {
    const chain = newChain();
    const tx = await signTx(signer, send(), { accountNumber: 7n, sequence: 0n });
    expect(expectRejected(chain, tx, 4)).toMatch(/^signature verification failed; please verify account number \(0\)/);
  });

  it("4: a body altered after signing", async () => {
    const chain = newChain();
    const signed = fromBinary(TxRawSchema, await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n }));
    const body = fromBinary(TxBodySchema, signed.bodyBytes);
    const tampered = toBinary(
      TxRawSchema,
      create(TxRawSchema, { ...signed, bodyBytes: toBinary(TxBodySchema, { ...body, memo: "changed" }) }),
    );
    expect(expectRejected(chain, tampered, 4)).toMatch(/unable to verify single signer signature/);
  });

  it("4: amino sign bytes that differ in one field (the memo) from the tx", async () => {
    const chain = newChain();
    const signed = fromBinary(
      TxRawSchema,
      await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, memo: "signed", mode: "amino" }),
    );
    const body = fromBinary(TxBodySchema, signed.bodyBytes);
    const tampered = toBinary(
      TxRawSchema,
      create(TxRawSchema, { ...signed, bodyBytes: toBinary(TxBodySchema, { ...body, memo: "sent" }) }),
    );
    expect(expectRejected(chain, tampered, 4)).toBe(
      "signature verification failed; please verify account number (0), sequence (0) and chain-id (persistence-mock-1): unauthorized",
    );
  });

  it("4: amino signature over a different fee than the tx carries", async () => {
    const chain = newChain();
    const signedFee = fromBinary(
      TxRawSchema,
      await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, fee: feeOf(10n), mode: "amino" }),
    );
    const other = fromBinary(
      TxRawSchema,
      await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, fee: feeOf(11n), mode: "amino" }),
    );
    const mixed = toBinary(TxRawSchema, create(TxRawSchema, { ...other, signatures: signedFee.signatures }));
    expect(expectRejected(chain, mixed, 4)).toMatch(
      /^signature verification failed; please verify account number \(0\), sequence \(0\)/,
    );
  });

  it("32: a sequence already used, and the same bytes again are refused by the cache", async () => {
    const chain = newChain();
    const first = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n });
    expect(chain.broadcastTx(first).checkTx.code).toBe(0);
    const replay = await signTx(signer, send(2_000n), { accountNumber: ALICE_NUMBER, sequence: 0n });
    expect(expectRejected(chain, replay, 32)).toBe(
      "account sequence mismatch, expected 1, got 0: incorrect account sequence",
    );
    expect(() => chain.broadcastTx(first)).toThrow("tx already exists in cache");
  });

  it("5: a fee larger than the payer's balance", async () => {
    const chain = newChain();
    const fee = feeOf(DEVNET.balances.account + 1n);
    const tx = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, fee });
    expect(expectRejected(chain, tx, 5)).toBe(
      `spendable balance ${DEVNET.balances.account}uxprt is smaller than ${DEVNET.balances.account + 1n}uxprt: insufficient funds: insufficient funds`,
    );
  });

  it("11: a gas limit the ante handler alone exceeds (reading the auth params is the first metered step)", async () => {
    const chain = newChain();
    const tx = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, fee: feeOf(0n, 1_000n) });
    const log = expectRejected(chain, tx, 11);
    const match = /^out of gas in location: ReadPerByte; gasWanted: 1000, gasUsed: (\d+): out of gas$/.exec(log);
    expect(match).not.toBeNull();
    expect(BigInt(match![1]!)).toBeGreaterThan(1000n);
  });

  it("13: a fee under the minimum gas price", async () => {
    const chain = newChain({ minGasPrices: "0.025uxprt" });
    const tx = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, fee: feeOf(100n) });
    expect(expectRejected(chain, tx, 13)).toBe(
      "insufficient fees; got: 100uxprt required: 5000uxprt: insufficient fee",
    );
    const enough = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, fee: feeOf(5_000n) });
    expect(chain.broadcastTx(enough).checkTx.code).toBe(0);
  });

  it("11: a zero gas limit runs out before the fee decorator's positive-gas check, as on a real node", async () => {
    const chain = newChain();
    const tx = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, fee: feeOf(0n, 0n) });
    expect(expectRejected(chain, tx, 11)).toMatch(/^out of gas in location: ReadFlat; gasWanted: 0, gasUsed: 1000/);
  });

  it("12: a memo over 256 bytes", async () => {
    const chain = newChain();
    const tx = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, memo: "m".repeat(257) });
    expect(expectRejected(chain, tx, 12)).toBe(
      "maximum number of characters is 256 but received 257 characters: memo too large",
    );
  });

  it("30: a timeout height already passed", async () => {
    const chain = newChain();
    chain.control.mine(3);
    const height = chain.status().latestHeight;
    const tx = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n, timeoutHeight: height - 1n });
    expect(expectRejected(chain, tx, 30)).toBe(
      `block height: ${height}, timeout height: ${height - 1n}: tx timeout height`,
    );
  });

  it("9: a signer without an account", async () => {
    const chain = newChain();
    const stranger = await devnetSigner(42);
    const tx = await signTx(stranger, [msgSend(stranger.address, bob!.address, 1n)], {
      accountNumber: 0n,
      sequence: 0n,
    });
    expect(expectRejected(chain, tx, 9)).toBe(`fee payer address: ${stranger.address} does not exist: unknown address`);
  });

  it("8: a public key that is not the signer's", async () => {
    const chain = newChain();
    const other = await devnetSigner(1);
    // Bob's key signs a message that needs Alice: the key does not hash to Alice's address.
    const tx = await signTx(other, send(), { accountNumber: ALICE_NUMBER, sequence: 0n });
    expect(expectRejected(chain, tx, 8)).toBe(
      `pubKey does not match signer address ${alice!.address} with signer index: 0: invalid pubkey`,
    );
  });

  it("20: mempool full while the switch is on", async () => {
    const chain = newChain();
    chain.control.setMempoolFull(true);
    const tx = await signTx(signer, send(), { accountNumber: ALICE_NUMBER, sequence: 0n });
    expect(expectRejected(chain, tx, 20)).toBe("mempool is full");
    chain.control.setMempoolFull(false);
    expect(chain.broadcastTx(tx).checkTx.code).toBe(0);
    expect(balanceOf(chain, bob!.address)).toBe(DEVNET.balances.account + 1_000n);
  });
});
