import { create, toBinary } from "@bufbuild/protobuf";
import { type StdSignDoc, serializeSignDoc } from "@cosmjs/amino";
import { toAminoMsg } from "@persistence-sdk/proto";
import { SignDocSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import type { DecodedTx } from "./decode-tx.js";

/** SIGN_MODE_DIRECT: the SignDoc over the exact body and auth-info bytes the tx carries. */
export function directSignBytes(tx: DecodedTx, chainId: string, accountNumber: bigint): Uint8Array {
  return toBinary(
    SignDocSchema,
    create(SignDocSchema, { bodyBytes: tx.bodyBytes, authInfoBytes: tx.authInfoBytes, chainId, accountNumber }),
  );
}

/**
 * SIGN_MODE_LEGACY_AMINO_JSON: the StdSignDoc x/tx builds (messages in amino JSON from the proto package's codec,
 * fee with payer/granter when set, memo always, timeout_height when non-zero), as sorted JSON with <, >, & escaped.
 * Throws when a message has no amino form.
 */
export function aminoSignBytes(tx: DecodedTx, chainId: string, accountNumber: bigint, sequence: bigint): Uint8Array {
  const fee = tx.authInfo.fee;
  const doc: StdSignDoc & { timeout_height?: string } = {
    chain_id: chainId,
    account_number: accountNumber.toString(),
    sequence: sequence.toString(),
    fee: {
      amount: (fee?.amount ?? []).map((coin) => ({ denom: coin.denom, amount: coin.amount })),
      gas: (fee?.gasLimit ?? 0n).toString(),
      ...(fee?.payer ? { payer: fee.payer } : {}),
      ...(fee?.granter ? { granter: fee.granter } : {}),
    },
    msgs: tx.msgs.map((msg) => toAminoMsg(msg.schema, msg.message, { registry: protoRegistry })),
    memo: tx.body.memo,
  };
  if (tx.body.timeoutHeight > 0n) doc.timeout_height = tx.body.timeoutHeight.toString();
  return serializeSignDoc(doc);
}
