// Real signed transactions for the randomised runs, built without cosmjs' proto-signing: the devnet keys come from
// the devnet mnemonic (BIP-39 seed, SLIP-10 derivation at m/44'/118'/0'/0/i, as cosmjs' HD wallets derive them),
// messages are protobuf-es messages packed as Any, and each tx is a TxRaw signed in SIGN_MODE_DIRECT over its
// SignDoc with a deterministic (RFC 6979) low-S secp256k1 signature. The chain verifies these signatures like any
// client's; the same seed gives the same bytes.
import { create, type DescMessage, type MessageInitShape, toBinary } from "@bufbuild/protobuf";
import type { Any } from "@bufbuild/protobuf/wkt";
import { makeCosmoshubPath } from "@cosmjs/amino";
import { Bip39, EnglishMnemonic, Ripemd160, Secp256k1, Sha256, Slip10, Slip10Curve } from "@cosmjs/crypto";
import { toBech32 } from "@cosmjs/encoding";
import { SignMode } from "@persistence-sdk/proto/cosmos/tx/signing/v1beta1";
import { AuthInfoSchema, SignDocSchema, TxBodySchema, TxRawSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { packAny } from "../app/any.js";
import { DEVNET } from "../genesis/devnet.js";
import { packSecp256k1PubKey } from "../tx/pubkeys.js";

/** A devnet key: its address, compressed public key and private key. */
export interface DevnetKey {
  readonly index: number;
  readonly address: string;
  readonly pubkey: Uint8Array;
  readonly privkey: Uint8Array;
}

const seeds = new Map<string, Promise<Uint8Array>>();
const keys = new Map<string, DevnetKey>();

/** The devnet key m/44'/118'/0'/0/{index} of `mnemonic` (the devnet's by default); derived once per process. */
export async function devnetKey(
  index: number,
  mnemonic: string = DEVNET.mnemonic,
  prefix: string = DEVNET.bech32Prefix,
): Promise<DevnetKey> {
  const id = `${mnemonic}|${prefix}|${index}`;
  const known = keys.get(id);
  if (known !== undefined) return known;
  let seed = seeds.get(mnemonic);
  if (seed === undefined) {
    seed = Bip39.mnemonicToSeed(new EnglishMnemonic(mnemonic));
    seeds.set(mnemonic, seed);
  }
  const { privkey } = Slip10.derivePath(Slip10Curve.Secp256k1, await seed, makeCosmoshubPath(index));
  const pubkey = Secp256k1.compressPubkey(Secp256k1.makeKeypair(privkey).pubkey);
  const address = toBech32(prefix, new Ripemd160().update(new Sha256(pubkey).digest()).digest());
  const key: DevnetKey = { index, address, pubkey, privkey };
  keys.set(id, key);
  return key;
}

/** A message to put in a tx: its schema and its fields. */
export interface TxMessage {
  readonly schema: DescMessage;
  readonly value: MessageInitShape<DescMessage>;
}

/** Builds a TxMessage with the fields typed by the schema. */
export function txMessage<Desc extends DescMessage>(schema: Desc, value: MessageInitShape<Desc>): TxMessage {
  return { schema, value: value as MessageInitShape<DescMessage> };
}

export interface SignOptions {
  readonly chainId: string;
  readonly accountNumber: bigint;
  readonly sequence: bigint;
  /** The fee in the bond denom (0 for none). */
  readonly fee: bigint;
  readonly gasLimit: bigint;
  readonly feeDenom: string;
  readonly memo?: string;
}

function packed(message: TxMessage): Any {
  return packAny(message.schema, create(message.schema, message.value));
}

/** A TxRaw with `messages`, signed in SIGN_MODE_DIRECT by `key`. */
export function signTx(key: DevnetKey, messages: readonly TxMessage[], options: SignOptions): Uint8Array {
  const bodyBytes = toBinary(
    TxBodySchema,
    create(TxBodySchema, { messages: messages.map(packed), memo: options.memo ?? "" }),
  );
  const authInfoBytes = toBinary(
    AuthInfoSchema,
    create(AuthInfoSchema, {
      signerInfos: [
        {
          publicKey: packSecp256k1PubKey(key.pubkey),
          modeInfo: { sum: { case: "single", value: { mode: SignMode.DIRECT } } },
          sequence: options.sequence,
        },
      ],
      fee: {
        amount: options.fee > 0n ? [{ denom: options.feeDenom, amount: options.fee.toString() }] : [],
        gasLimit: options.gasLimit,
      },
    }),
  );
  const signBytes = toBinary(
    SignDocSchema,
    create(SignDocSchema, {
      bodyBytes,
      authInfoBytes,
      chainId: options.chainId,
      accountNumber: options.accountNumber,
    }),
  );
  const signature = Secp256k1.createSignature(new Sha256(signBytes).digest(), key.privkey);
  const compact = new Uint8Array([...signature.r(32), ...signature.s(32)]);
  return toBinary(TxRawSchema, create(TxRawSchema, { bodyBytes, authInfoBytes, signatures: [compact] }));
}
