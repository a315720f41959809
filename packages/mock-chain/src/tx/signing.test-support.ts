// Test support: transactions signed the way cosmjs' SigningStargateClient signs them, built in-process with
// unmodified cosmjs wallets (DirectSecp256k1HdWallet for SIGN_MODE_DIRECT, Secp256k1HdWallet for
// SIGN_MODE_LEGACY_AMINO_JSON), its Registry and AminoTypes, makeSignDoc and makeAuthInfoBytes. Only tests import it.
import { create, toBinary } from "@bufbuild/protobuf";
import { makeSignDoc as makeAminoSignDoc, makeCosmoshubPath, Secp256k1HdWallet, type StdFee } from "@cosmjs/amino";
import { fromBase64 } from "@cosmjs/encoding";
import {
  DirectSecp256k1HdWallet,
  type EncodeObject,
  encodePubkey,
  makeAuthInfoBytes,
  makeSignDoc,
  Registry,
} from "@cosmjs/proto-signing";
import { AminoTypes, createDefaultAminoConverters, defaultRegistryTypes } from "@cosmjs/stargate";
import { TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { DEVNET } from "../genesis/devnet.js";

/** cosmjs' default registry (bank, staking, distribution, gov...) as SigningStargateClient uses it. */
export const registry = new Registry(defaultRegistryTypes);
export const aminoTypes = new AminoTypes(createDefaultAminoConverters());

const SIGN_MODE_DIRECT = 1;
const SIGN_MODE_LEGACY_AMINO_JSON = 127;

/** A devnet key (BIP-44 index) in both wallet kinds. */
export interface TestSigner {
  readonly address: string;
  readonly pubkey: Uint8Array;
  readonly direct: DirectSecp256k1HdWallet;
  readonly amino: Secp256k1HdWallet;
}

const signers = new Map<number, Promise<TestSigner>>();

/** The devnet key at m/44'/118'/0'/0/{index} (cached: deriving from the mnemonic is slow). */
export function devnetSigner(index: number): Promise<TestSigner> {
  let signer = signers.get(index);
  if (signer === undefined) {
    signer = (async () => {
      const options = { prefix: DEVNET.bech32Prefix, hdPaths: [makeCosmoshubPath(index)] };
      const direct = await DirectSecp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
      const amino = await Secp256k1HdWallet.fromMnemonic(DEVNET.mnemonic, options);
      const [account] = await direct.getAccounts();
      return { address: account!.address, pubkey: account!.pubkey, direct, amino };
    })();
    signers.set(index, signer);
  }
  return signer;
}

export interface TxOptions {
  readonly chainId?: string;
  readonly accountNumber: bigint;
  readonly sequence: bigint;
  readonly fee?: StdFee;
  readonly memo?: string;
  readonly timeoutHeight?: bigint;
  readonly mode?: "direct" | "amino";
}

/** A fee of `amount` uxprt for `gas` gas. */
export function feeOf(amount: bigint, gas = 200_000n): StdFee {
  return {
    amount: amount === 0n ? [] : [{ denom: DEVNET.denoms.bond, amount: amount.toString() }],
    gas: gas.toString(),
  };
}

function txRaw(bodyBytes: Uint8Array, authInfoBytes: Uint8Array, signature: Uint8Array): Uint8Array {
  return toBinary(TxRawSchema, create(TxRawSchema, { bodyBytes, authInfoBytes, signatures: [signature] }));
}

/** Signs `messages` as SigningStargateClient.sign does and returns the TxRaw bytes. */
export async function signTx(
  signer: TestSigner,
  messages: readonly EncodeObject[],
  options: TxOptions,
): Promise<Uint8Array> {
  const chainId = options.chainId ?? DEVNET.chainId;
  const fee = options.fee ?? feeOf(0n);
  const memo = options.memo ?? "";
  const pubkey = encodePubkey({
    type: "tendermint/PubKeySecp256k1",
    value: Buffer.from(signer.pubkey).toString("base64"),
  });
  const gasLimit = Number(fee.gas);

  if ((options.mode ?? "direct") === "direct") {
    const bodyBytes = registry.encode({
      typeUrl: "/cosmos.tx.v1beta1.TxBody",
      value: { messages, memo, timeoutHeight: options.timeoutHeight },
    });
    const authInfoBytes = makeAuthInfoBytes(
      [{ pubkey, sequence: options.sequence }],
      fee.amount,
      gasLimit,
      fee.granter,
      fee.payer,
      SIGN_MODE_DIRECT,
    );
    const signDoc = makeSignDoc(bodyBytes, authInfoBytes, chainId, options.accountNumber);
    const { signature, signed } = await signer.direct.signDirect(signer.address, signDoc);
    return txRaw(signed.bodyBytes, signed.authInfoBytes, fromBase64(signature.signature));
  }

  const signDoc = makeAminoSignDoc(
    messages.map((message) => aminoTypes.toAmino(message)),
    fee,
    chainId,
    memo,
    options.accountNumber,
    options.sequence.toString(),
    options.timeoutHeight,
  );
  const { signature, signed } = await signer.amino.signAmino(signer.address, signDoc);
  const bodyBytes = registry.encode({
    typeUrl: "/cosmos.tx.v1beta1.TxBody",
    value: {
      messages: signed.msgs.map((msg) => aminoTypes.fromAmino(msg)),
      memo: signed.memo,
      timeoutHeight: options.timeoutHeight,
    },
  });
  const authInfoBytes = makeAuthInfoBytes(
    [{ pubkey, sequence: BigInt(signed.sequence) }],
    signed.fee.amount,
    Number(signed.fee.gas),
    signed.fee.granter,
    signed.fee.payer,
    SIGN_MODE_LEGACY_AMINO_JSON,
  );
  return txRaw(bodyBytes, authInfoBytes, fromBase64(signature.signature));
}

/** A MsgSend as cosmjs encodes it. */
export function msgSend(from: string, to: string, amount: bigint, denom: string = DEVNET.denoms.bond): EncodeObject {
  return {
    typeUrl: "/cosmos.bank.v1beta1.MsgSend",
    value: { fromAddress: from, toAddress: to, amount: [{ denom, amount: amount.toString() }] },
  };
}
