// The SDK's default ante handler (x/auth/ante NewAnteHandler), decorator by decorator and in the same order, with the
// same errors: the checks a tx passes before its messages run, and the state they leave (fee paid, public key set,
// sequence bumped) even when the messages then fail.
import { toBase64 } from "@cosmjs/encoding";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import { ChainError, type Context } from "../app/module.js";
import { sdkError } from "../app/sdk-errors.js";
import { type AuthKeeper, baseAccountOf, withBaseAccount } from "../modules/auth/keeper.js";
import { FEE_COLLECTOR } from "../modules/auth/module-accounts.js";
import { coinsError, coinsToString } from "../modules/bank/coins.js";
import type { BankKeeper } from "../modules/bank/keeper.js";
import type { DecodedTx } from "./decode-tx.js";
import { coversAny, type GasPrice, requiredFees } from "./gas-prices.js";
import { SIMULATION_PUBKEY, secp256k1KeyOf } from "./pubkeys.js";
import { secp256k1AddressHex, verifySecp256k1 } from "./secp256k1.js";
import { aminoSignBytes, directSignBytes } from "./sign-bytes.js";

/** What the ante handler works with. */
export interface AnteEnvironment {
  readonly auth: AuthKeeper;
  readonly bank: BankKeeper;
  /** Minimum gas prices, enforced in CheckTx only (a validator's local mempool rule). */
  readonly minGasPrices: readonly GasPrice[];
}

/** Go's MaxGasWanted: 2^63 - 1. */
const MAX_GAS_WANTED = (1n << 63n) - 1n;
/**
 * Bytes a full secp256k1 signature adds to a tx (x/auth/ante's estimate: the amino StdSignature with a compressed
 * key, 107 bytes, plus 6), charged per missing signature when simulating.
 */
const SIMULATED_SIGNATURE_BYTES = 113n;

const utf8 = new TextEncoder();

/** Runs the ante handler on `ctx` (a branch of the parent state, metered). Throws `ChainError` on rejection. */
export function runAnte(ctx: Context, tx: DecodedTx, env: AnteEnvironment, simulate: boolean): void {
  rejectExtensionOptions(tx);
  validateBasic(tx, env);
  checkTimeoutHeight(ctx, tx);
  validateMemo(ctx, tx, env);
  consumeTxSizeGas(ctx, tx, env, simulate);
  deductFee(ctx, tx, env, simulate);
  setPubKeys(ctx, tx, env, simulate);
  validateSigCount(ctx, tx, env);
  consumeSigVerifyGas(ctx, tx, env, simulate);
  verifySignatures(ctx, tx, env, simulate);
  incrementSequences(ctx, tx, env);
}

function rejectExtensionOptions(tx: DecodedTx): void {
  if (tx.body.extensionOptions.length > 0) throw sdkError(31);
}

function validateBasic(tx: DecodedTx, env: AnteEnvironment): void {
  if (tx.authInfo.fee === undefined) throw new ChainError("undefined", 1, "internal error", "missing fee");
  if (tx.gasLimit > MAX_GAS_WANTED) throw sdkError(18, `invalid gas supplied; ${tx.gasLimit} > ${MAX_GAS_WANTED}`);
  if (tx.fee.some((coin) => coin.amount < 0n)) throw sdkError(13, `invalid fee provided: ${coinsToString(tx.fee)}`);
  const payer = tx.authInfo.fee.payer;
  if (payer !== "") {
    const decoded = env.auth.addresses.decode(payer);
    if (typeof decoded === "string") throw sdkError(7, `Invalid fee payer address (${decoded})`);
  }
  if (tx.signatures.length === 0) throw sdkError(15);
  if (tx.signatures.length !== tx.signers.length) {
    throw sdkError(4, `wrong number of signers; expected ${tx.signers.length}, got ${tx.signatures.length}`);
  }
}

function checkTimeoutHeight(ctx: Context, tx: DecodedTx): void {
  const timeout = tx.body.timeoutHeight;
  if (timeout > 0n && ctx.height > timeout) {
    throw sdkError(30, `block height: ${ctx.height}, timeout height: ${timeout}`);
  }
}

function validateMemo(ctx: Context, tx: DecodedTx, env: AnteEnvironment): void {
  // Go's len(string) counts bytes, not characters.
  const length = BigInt(utf8.encode(tx.body.memo).length);
  if (length === 0n) return;
  const max = env.auth.params(ctx.store).maxMemoCharacters;
  if (length > max) throw sdkError(12, `maximum number of characters is ${max} but received ${length} characters`);
}

function consumeTxSizeGas(ctx: Context, tx: DecodedTx, env: AnteEnvironment, simulate: boolean): void {
  const params = env.auth.params(ctx.store);
  ctx.gasMeter.consume(params.txSizeCostPerByte * BigInt(tx.bytes.length), "txSize");
  if (!simulate) return;
  tx.signers.forEach((_signer, i) => {
    const signature = tx.signatures[i];
    if (signature !== undefined && signature.length > 0) return;
    ctx.gasMeter.consume(params.txSizeCostPerByte * SIMULATED_SIGNATURE_BYTES, "txSize");
  });
}

function deductFee(ctx: Context, tx: DecodedTx, env: AnteEnvironment, simulate: boolean): void {
  if (!simulate && ctx.height > 0n && tx.gasLimit === 0n) throw sdkError(41, "must provide positive gas");
  if (!simulate && ctx.mode === "check") {
    const required = requiredFees(env.minGasPrices, tx.gasLimit);
    if (required.length > 0 && !coversAny(tx.fee, required)) {
      throw sdkError(13, `insufficient fees; got: ${coinsToString(tx.fee)} required: ${coinsToString(required)}`);
    }
  }
  if (tx.authInfo.fee?.granter) throw sdkError(18, "fee grants are not enabled");
  const payer = tx.signers[0]!;
  if (env.auth.getAccount(ctx.store, payer) === undefined) {
    throw sdkError(9, `fee payer address: ${payer} does not exist`);
  }
  if (tx.fee.some((coin) => coin.amount !== 0n)) {
    if (coinsError(tx.fee) !== undefined) throw sdkError(13, `invalid fee amount: ${coinsToString(tx.fee)}`);
    try {
      env.bank.sendCoinsFromAccountToModule(ctx, payer, FEE_COLLECTOR, tx.fee);
    } catch (error) {
      if (!(error instanceof ChainError) || error.code === 11) throw error;
      throw sdkError(5, error.message);
    }
  }
  ctx.events.emit("tx", { fee: coinsToString(tx.fee), fee_payer: payer });
}

function signerAccount(ctx: Context, env: AnteEnvironment, address: string) {
  const account = env.auth.getAccount(ctx.store, address);
  if (account === undefined) throw sdkError(9, `account ${address} does not exist`);
  return account;
}

function setPubKeys(ctx: Context, tx: DecodedTx, env: AnteEnvironment, simulate: boolean): void {
  const infos = tx.authInfo.signerInfos;
  if (infos.length !== tx.signers.length) {
    throw sdkError(4, `invalid number of signer;  expected: ${tx.signers.length}, got ${infos.length}`);
  }
  infos.forEach((info, i) => {
    const signer = tx.signers[i]!;
    let pubKey = info.publicKey;
    if (pubKey === undefined) {
      if (!simulate) return;
      pubKey = SIMULATION_PUBKEY;
    }
    const key = secp256k1KeyOf(pubKey);
    // The codec's store-key form is the address bytes' hex, cached per address: no bech32 decoding per tx.
    if (!simulate && secp256k1AddressHex(key) !== env.auth.addresses.key(signer)) {
      throw sdkError(8, `pubKey does not match signer address ${signer} with signer index: ${i}`);
    }
    const account = signerAccount(ctx, env, signer);
    if (baseAccountOf(account).pubKey !== undefined) return;
    env.auth.setAccount(ctx, withBaseAccount(account, { pubKey }));
  });
  infos.forEach((info, i) => {
    ctx.events.emit("tx", { acc_seq: `${tx.signers[i]}/${info.sequence}` });
    ctx.events.emit("tx", { signature: toBase64(tx.signatures[i] ?? new Uint8Array()) });
  });
}

function validateSigCount(ctx: Context, tx: DecodedTx, env: AnteEnvironment): void {
  const limit = env.auth.params(ctx.store).txSigLimit;
  const count = BigInt(tx.authInfo.signerInfos.length);
  if (count > limit) throw sdkError(14, `signatures: ${count}, limit: ${limit}`);
}

function consumeSigVerifyGas(ctx: Context, tx: DecodedTx, env: AnteEnvironment, simulate: boolean): void {
  const params = env.auth.params(ctx.store);
  for (const signer of tx.signers) {
    const account = signerAccount(ctx, env, signer);
    const pubKey = baseAccountOf(account).pubKey ?? (simulate ? SIMULATION_PUBKEY : undefined);
    if (pubKey === undefined) continue;
    if (pubKey.typeUrl === "/cosmos.crypto.ed25519.PubKey") {
      ctx.gasMeter.consume(params.sigVerifyCostEd25519, "ante verify: ed25519");
    }
    secp256k1KeyOf(pubKey);
    ctx.gasMeter.consume(params.sigVerifyCostSecp256k1, "ante verify: secp256k1");
  }
}

function verifySignatures(ctx: Context, tx: DecodedTx, env: AnteEnvironment, simulate: boolean): void {
  tx.authInfo.signerInfos.forEach((info, i) => {
    const signer = tx.signers[i]!;
    const account = baseAccountOf(signerAccount(ctx, env, signer));
    if (!simulate && account.pubKey === undefined) throw sdkError(8, "pubkey on account is not set");
    if (info.sequence !== account.sequence) {
      throw sdkError(32, `account sequence mismatch, expected ${account.sequence}, got ${info.sequence}`);
    }
    if (simulate) return;
    const accountNumber = ctx.height === 0n ? 0n : account.accountNumber;
    const single = info.modeInfo?.sum.case === "single" ? info.modeInfo.sum.value.mode : undefined;
    const failure = signatureFailure(
      tx,
      i,
      single,
      secp256k1KeyOf(account.pubKey!),
      ctx.chainId,
      accountNumber,
      info.sequence,
    );
    if (failure === undefined) return;
    throw sdkError(
      4,
      single === SignMode.LEGACY_AMINO_JSON
        ? `signature verification failed; please verify account number (${accountNumber}), sequence (${account.sequence}) and chain-id (${ctx.chainId})`
        : `signature verification failed; please verify account number (${accountNumber}) and chain-id (${ctx.chainId}): (${failure})`,
    );
  });
}

/** Why signature `i` does not verify (x/auth/signing VerifySignature's error), or undefined when it does. */
function signatureFailure(
  tx: DecodedTx,
  i: number,
  mode: SignMode | undefined,
  key: Uint8Array,
  chainId: string,
  accountNumber: bigint,
  sequence: bigint,
): string | undefined {
  let signBytes: Uint8Array;
  if (mode === SignMode.DIRECT) signBytes = directSignBytes(tx, chainId, accountNumber);
  else if (mode === SignMode.LEGACY_AMINO_JSON) {
    try {
      signBytes = aminoSignBytes(tx, chainId, accountNumber, sequence);
    } catch (error) {
      return (error as Error).message;
    }
  } else if (mode === undefined) return "multisignatures are not supported by the mock chain";
  else return `can't verify sign mode ${SignMode[mode] === undefined ? mode : `SIGN_MODE_${SignMode[mode]}`}`;
  return verifySecp256k1(key, signBytes, tx.signatures[i]!) ? undefined : "unable to verify single signer signature";
}

function incrementSequences(ctx: Context, tx: DecodedTx, env: AnteEnvironment): void {
  for (const signer of tx.signers) {
    const account = signerAccount(ctx, env, signer);
    env.auth.setAccount(ctx, withBaseAccount(account, { sequence: baseAccountOf(account).sequence + 1n }));
  }
}
