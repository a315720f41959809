// Signing with any cosmjs OfflineSigner: SIGN_MODE_DIRECT when it can, LEGACY_AMINO_JSON when it is amino-only
// (Ledger, `Secp256k1HdWallet`). Either way the TxRaw is built from what the wallet returned, since a wallet may
// change the fee or memo before signing.
import type { DescMessage } from "@bufbuild/protobuf";
import type { AminoMsg, StdFee, StdSignDoc } from "@cosmjs/amino";
import { fromBase64 } from "@cosmjs/encoding";
import type { OfflineDirectSigner, OfflineSigner } from "@cosmjs/proto-signing";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import type { Client } from "./client.js";
import { fromAmino } from "./cosmjs.js";
import { ClientError, NoSignerError, SignerMismatchError, SigningError } from "./errors.js";
import type { TxMessage } from "./messages.js";
import { encodeAuthInfo, encodeTxBody, encodeTxRaw, secp256k1PubKeyAny, type TxFee } from "./tx.js";
import { validateAddress } from "./validation.js";

/** The account that signs, and how. */
export interface ResolvedSigner {
  readonly signer: OfflineSigner;
  readonly address: string;
  /** Compressed secp256k1 public key. */
  readonly pubKey: Uint8Array;
  /** "direct" when the signer has `signDirect`, else "amino" (amino JSON, what Ledger signs). */
  readonly mode: "direct" | "amino";
}

function isDirect(signer: OfflineSigner): signer is OfflineDirectSigner {
  return typeof (signer as Partial<OfflineDirectSigner>).signDirect === "function";
}

/**
 * The client's signing account: its signer's first account (or `signerAddress`), checked to be a secp256k1 key with
 * an address of the client's chain. Throws `NO_SIGNER`, `SIGNER_MISMATCH`, `UNSUPPORTED_SIGNER` or `SIGNING_FAILED`.
 */
export async function resolveSigner(client: Client, action: string): Promise<ResolvedSigner> {
  const signer = client.signer;
  if (signer === undefined) throw new NoSignerError(action);
  const mode = isDirect(signer) ? "direct" : "amino";
  let accounts: Awaited<ReturnType<OfflineSigner["getAccounts"]>>;
  try {
    accounts = await signer.getAccounts();
  } catch (error) {
    throw new SigningError(mode, client.signerAddress ?? "(first account)", error);
  }
  const wanted = client.signerAddress;
  const account = wanted === undefined ? accounts[0] : accounts.find((a) => a.address === wanted);
  if (account === undefined) {
    throw new SignerMismatchError(
      "signerAddress",
      wanted ?? "(none)",
      accounts.map((a) => a.address).join(", ") || "(the signer has no accounts)",
    );
  }
  validateAddress(account.address, { prefix: client.chain.bech32, field: "signer address" });
  if (account.algo !== "secp256k1") {
    throw new ClientError(
      "UNSUPPORTED_SIGNER",
      `the signer's key is ${account.algo}; this chain signs with secp256k1`,
      {
        field: "signer",
        value: account.algo,
        fix: "Use a secp256k1 wallet (Keplr, Leap, Ledger's Cosmos app, DirectSecp256k1HdWallet).",
      },
    );
  }
  return { signer, address: account.address, pubKey: account.pubkey, mode };
}

/** What is signed: everything but the signature. */
export interface UnsignedTx {
  readonly messages: readonly TxMessage[];
  readonly memo: string;
  readonly timeoutHeight: bigint;
  readonly fee: TxFee;
  readonly chainId: string;
  readonly accountNumber: bigint;
  readonly sequence: bigint;
}

/** The TxRaw bytes of a transaction with an empty signature, as simulation takes it. */
export function unsignedTxBytes(resolved: ResolvedSigner, tx: UnsignedTx): Uint8Array {
  const bodyBytes = encodeTxBody(tx.messages, tx.memo, tx.timeoutHeight);
  const authInfoBytes = encodeAuthInfo({
    pubKey: secp256k1PubKeyAny(resolved.pubKey),
    sequence: tx.sequence,
    mode: resolved.mode === "direct" ? SignMode.DIRECT : SignMode.LEGACY_AMINO_JSON,
    fee: tx.fee,
  });
  return encodeTxRaw(bodyBytes, authInfoBytes, [new Uint8Array()]);
}

/** Signs in the signer's mode and returns the TxRaw bytes to broadcast. */
export async function signTx(
  resolved: ResolvedSigner,
  tx: UnsignedTx,
  aminoMsgs: readonly AminoMsg[] | undefined,
): Promise<Uint8Array> {
  return resolved.mode === "direct" ? signDirect(resolved, tx) : signAmino(resolved, tx, aminoMsgs ?? []);
}

async function signDirect(resolved: ResolvedSigner, tx: UnsignedTx): Promise<Uint8Array> {
  const bodyBytes = encodeTxBody(tx.messages, tx.memo, tx.timeoutHeight);
  const authInfoBytes = encodeAuthInfo({
    pubKey: secp256k1PubKeyAny(resolved.pubKey),
    sequence: tx.sequence,
    mode: SignMode.DIRECT,
    fee: tx.fee,
  });
  let response: Awaited<ReturnType<OfflineDirectSigner["signDirect"]>>;
  try {
    response = await (resolved.signer as OfflineDirectSigner).signDirect(resolved.address, {
      bodyBytes,
      authInfoBytes,
      chainId: tx.chainId,
      accountNumber: tx.accountNumber,
    });
  } catch (error) {
    throw new SigningError("direct", resolved.address, error);
  }
  return encodeTxRaw(response.signed.bodyBytes, response.signed.authInfoBytes, [
    fromBase64(response.signature.signature),
  ]);
}

/** JSON with object keys sorted, as amino sign bytes are: to compare what the wallet signed with what was asked. */
function sortedJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(sortedJson).join(",")}]`;
  if (value !== null && typeof value === "object") {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${sortedJson(v)}`).join(",")}}`;
  }
  return JSON.stringify(value);
}

/** The StdFee of a fee: amounts as strings, payer and granter only when set. */
export function stdFeeOf(fee: TxFee): StdFee {
  return {
    amount: fee.amount.map((coin) => ({ denom: coin.denom, amount: coin.amount.toString() })),
    gas: fee.gas.toString(),
    ...(fee.granter ? { granter: fee.granter } : {}),
    ...(fee.payer ? { payer: fee.payer } : {}),
  };
}

/** The StdSignDoc of a transaction (what amino-only wallets show and sign). */
export function stdSignDocOf(tx: UnsignedTx, aminoMsgs: readonly AminoMsg[]): StdSignDoc {
  return {
    chain_id: tx.chainId,
    account_number: tx.accountNumber.toString(),
    sequence: tx.sequence.toString(),
    fee: stdFeeOf(tx.fee),
    msgs: aminoMsgs,
    memo: tx.memo,
    ...(tx.timeoutHeight > 0n ? { timeout_height: tx.timeoutHeight.toString() } : {}),
  };
}

async function signAmino(
  resolved: ResolvedSigner,
  tx: UnsignedTx,
  aminoMsgs: readonly AminoMsg[],
): Promise<Uint8Array> {
  const signDoc = stdSignDocOf(tx, aminoMsgs);
  let response: Awaited<ReturnType<Extract<OfflineSigner, { signAmino: unknown }>["signAmino"]>>;
  try {
    response = await (resolved.signer as Extract<OfflineSigner, { signAmino: unknown }>).signAmino(
      resolved.address,
      signDoc,
    );
  } catch (error) {
    throw new SigningError("amino", resolved.address, error);
  }
  const signed = response.signed;
  const schemas: DescMessage[] = tx.messages.map((m) => m.schema);
  // Rebuild the body from what was signed; keep the original messages when the wallet left them untouched.
  const messages =
    sortedJson(signed.msgs) === sortedJson(aminoMsgs) ? tx.messages : signed.msgs.map((m) => fromAmino(m, schemas));
  const fee: TxFee = {
    amount: signed.fee.amount.map((coin) => ({ denom: coin.denom, amount: BigInt(coin.amount) })),
    gas: BigInt(signed.fee.gas),
    ...(signed.fee.granter ? { granter: signed.fee.granter } : {}),
    ...(signed.fee.payer ? { payer: signed.fee.payer } : {}),
  };
  const bodyBytes = encodeTxBody(messages, signed.memo, BigInt(signed.timeout_height ?? 0));
  const authInfoBytes = encodeAuthInfo({
    pubKey: secp256k1PubKeyAny(resolved.pubKey),
    sequence: BigInt(signed.sequence),
    mode: SignMode.LEGACY_AMINO_JSON,
    fee,
  });
  return encodeTxRaw(bodyBytes, authInfoBytes, [fromBase64(response.signature.signature)]);
}
