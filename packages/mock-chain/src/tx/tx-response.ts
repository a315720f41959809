import { create, fromBinary } from "@bufbuild/protobuf";
import { type TxResponse, TxResponseSchema } from "@persistence-sdk/proto/cosmos/base/abci/v1beta1";
import { type Tx, TxSchema } from "@persistence-sdk/proto/cosmos/tx/v1beta1";
import { type Event, EventSchema } from "@persistence-sdk/proto/tendermint/abci";
import type { AbciEvent, IndexedTx, TxExecResult } from "../node/chain-node.js";
import { hexOf as toHex } from "../node/hex.js";

const utf8 = new TextEncoder();

/** ABCI events as `tendermint.abci.Event` messages (key and value as UTF-8: the 0.34 and 0.38 wire forms agree). */
export function eventProtos(events: readonly AbciEvent[]): Event[] {
  return events.map((event) =>
    create(EventSchema, {
      type: event.type,
      attributes: event.attributes.map((a) => ({
        key: utf8.encode(a.key),
        value: utf8.encode(a.value),
        index: a.index,
      })),
    }),
  );
}

/** Go's `time.Format(time.RFC3339)` in UTC: whole seconds. */
export function rfc3339Seconds(ns: bigint): string {
  return `${new Date(Number(ns / 1_000_000n)).toISOString().slice(0, 19)}Z`;
}

/** The tx as `cosmos.tx.v1beta1.Tx` (a TxRaw's bytes decode as a Tx: the field numbers match). */
export function txOf(bytes: Uint8Array): Tx | undefined {
  try {
    return fromBinary(TxSchema, bytes);
  } catch {
    return undefined;
  }
}

/** The SDK's TxResponse for an indexed tx (as GetTx and the REST tx endpoints return it). */
export function txResponseOf(indexed: IndexedTx, blockTimeNs: bigint): TxResponse {
  return create(TxResponseSchema, {
    ...resultFields(indexed.result),
    height: indexed.height,
    txhash: toHex(indexed.hash).toUpperCase(),
    tx: { typeUrl: "/cosmos.tx.v1beta1.Tx", value: indexed.tx },
    timestamp: rfc3339Seconds(blockTimeNs),
  });
}

/** The TxResponse of a CheckTx outcome (BroadcastTx sync/async: no height, no timestamp). */
export function checkTxResponseOf(hash: Uint8Array, result: TxExecResult): TxResponse {
  return create(TxResponseSchema, { ...resultFields(result), txhash: toHex(hash).toUpperCase() });
}

function resultFields(result: TxExecResult) {
  return {
    codespace: result.codespace,
    code: result.code,
    data: toHex(result.data).toUpperCase(),
    rawLog: result.log,
    gasWanted: result.gasWanted,
    gasUsed: result.gasUsed,
    events: eventProtos(result.events),
  };
}
