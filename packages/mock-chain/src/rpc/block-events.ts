// The events CometBFT 0.38 publishes when a block is committed, in the order it fires them: NewBlock,
// NewBlockHeader, NewBlockEvents, then one Tx per transaction. Each carries its `data` (typed JSON) and the event map
// subscriptions are matched against.
import { createHash } from "node:crypto";
import type { AbciEvent, BlockEvent, ChainNode } from "../node/chain-node.js";
import { lastCommitFor } from "./block-methods.js";
import { blockIdJson, blockJson, eventJson, headerJson, type Json, txResultJson } from "./cometbft-json.js";
import type { EventMap } from "./event-query.js";
import { toBase64, toHexUpper } from "./wire-format.js";

/** One published event. */
export interface PublishedEvent {
  readonly data: Json;
  readonly events: EventMap;
}

/** Flattens ABCI events to "type.key" -> values, then adds the reserved keys. */
function eventMap(abciEvents: readonly AbciEvent[], reserved: Readonly<Record<string, string>>): EventMap {
  const map = new Map<string, string[]>();
  const add = (key: string, value: string) => {
    const values = map.get(key);
    if (values) values.push(value);
    else map.set(key, [value]);
  };
  for (const event of abciEvents) {
    for (const attribute of event.attributes) {
      if (attribute.key !== "") add(`${event.type}.${attribute.key}`, attribute.value);
    }
  }
  for (const [key, value] of Object.entries(reserved)) add(key, value);
  return map;
}

/** The event map as the `events` member of a subscription message. */
export function eventMapJson(events: EventMap): Json {
  return Object.fromEntries([...events].map(([key, values]) => [key, [...values]]));
}

/** Everything one committed block publishes. */
export function publishedEvents(node: ChainNode, { block, results }: BlockEvent): readonly PublishedEvent[] {
  const height = block.header.height.toString();
  const blockEvents = results.finalizeBlockEvents;
  const finalizeBlock = {
    events: blockEvents.map(eventJson),
    tx_results: results.txResults.map(txResultJson),
    validator_updates: [],
    consensus_param_updates: null,
    app_hash: toBase64(results.appHash),
  };
  const published: PublishedEvent[] = [
    {
      data: {
        type: "tendermint/event/NewBlock",
        value: {
          block: blockJson(block, lastCommitFor(node, block)),
          block_id: blockIdJson(block.blockId),
          result_finalize_block: finalizeBlock,
        },
      },
      events: eventMap(blockEvents, { "tm.event": "NewBlock" }),
    },
    {
      data: { type: "tendermint/event/NewBlockHeader", value: { header: headerJson(block.header) } },
      events: eventMap(blockEvents, { "tm.event": "NewBlockHeader" }),
    },
    {
      data: {
        type: "tendermint/event/NewBlockEvents",
        value: { height, events: blockEvents.map(eventJson), num_txs: String(block.txs.length) },
      },
      events: eventMap(blockEvents, { "tm.event": "NewBlockEvents" }),
    },
  ];
  block.txs.forEach((tx, index) => {
    const result = results.txResults[index];
    if (result === undefined) return;
    const hash = toHexUpper(createHash("sha256").update(tx).digest());
    published.push({
      data: {
        type: "tendermint/event/Tx",
        value: { TxResult: { height, index, tx: toBase64(tx), result: txResultJson(result) } },
      },
      events: eventMap(result.events, { "tm.event": "Tx", "tx.hash": hash, "tx.height": height }),
    });
  });
  return published;
}
