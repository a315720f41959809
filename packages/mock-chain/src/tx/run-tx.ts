// baseapp's runTx for the three modes the mock has: "check" (CheckTx: ante only, on the check state), "simulate"
// (ante without signature checks and infinite gas, then the messages, nothing kept) and "deliver" (FinalizeBlock:
// ante state kept even if the messages fail, messages kept only if all succeed).
import { create, type DescMessage, toBinary } from "@bufbuild/protobuf";
import type { Any } from "@bufbuild/protobuf/wkt";
import { TxMsgDataSchema } from "@persistence-sdk/proto/cosmos/base/abci/v1beta1";
import { packAny } from "../app/any.js";
import type { Application } from "../app/application.js";
import { createContext } from "../app/context.js";
import { EventCollector, withAttribute } from "../app/event-manager.js";
import { ChainError, type GasMeter, type KVStore } from "../app/module.js";
import { asChainError, sdkError, wrapError } from "../app/sdk-errors.js";
import type { AbciEvent, TxExecResult } from "../node/chain-node.js";
import { CacheStore } from "../store/cache-store.js";
import { BasicGasMeter, InfiniteGasMeter } from "../store/gas-meter.js";
import { GasMeteredStore } from "../store/gas-store.js";
import { type AnteEnvironment, runAnte } from "./ante.js";
import { type DecodedMsg, type DecodedTx, decodeTx } from "./decode-tx.js";

export type TxMode = "check" | "simulate" | "deliver";

/** Everything a transaction runs against besides state. */
export interface TxEnvironment extends AnteEnvironment {
  readonly app: Application;
  readonly chainId: string;
}

/** The block a transaction runs in: for CheckTx and simulation, the last committed one. */
export interface TxBlock {
  readonly height: bigint;
  readonly timeNs: bigint;
}

/** What running a transaction produced. */
export interface TxRun {
  readonly result: TxExecResult;
  /** The message responses (also inside `result.data` as TxMsgData). */
  readonly msgResponses: readonly Any[];
  /** The decoded tx, unless decoding failed. */
  readonly tx: DecodedTx | undefined;
}

const EMPTY = new Uint8Array(0);

function failure(error: ChainError, gasWanted: bigint, gasUsed: bigint, events: readonly AbciEvent[]): TxExecResult {
  return { code: error.code, codespace: error.codespace, log: error.message, data: EMPTY, gasWanted, gasUsed, events };
}

/** "/cosmos.bank.v1beta1.MsgSend" → "bank" (sdk.GetModuleNameFromTypeURL). */
function moduleNameOf(typeUrl: string): string {
  return typeUrl.split(".")[1] ?? "";
}

/**
 * The events of one message as baseapp's createEvents lays them out: a `message` event (action = type URL, sender =
 * first signer, module unless the handler already emitted a `module` attribute) before the handler's own events,
 * every one of them tagged with msg_index.
 */
function messageEvents(msg: DecodedMsg, index: number, handlerEvents: readonly AbciEvent[]): AbciEvent[] {
  const attributes = [{ key: "action", value: msg.typeUrl, index: true }];
  const sender = msg.signers[0];
  if (sender !== undefined) attributes.push({ key: "sender", value: sender, index: true });
  const hasModule = handlerEvents.some((event) => event.attributes.some((attribute) => attribute.key === "module"));
  const module = moduleNameOf(msg.typeUrl);
  if (!hasModule && module !== "") attributes.push({ key: "module", value: module, index: true });
  return withAttribute([{ type: "message", attributes }, ...handlerEvents], "msg_index", String(index));
}

/**
 * Runs one transaction on `parent` (the check state, a block branch, or a throwaway branch for simulation), writing
 * into it only what the mode keeps. Never throws for anything the tx does; failures come back as results.
 */
export function runTx(
  env: TxEnvironment,
  mode: TxMode,
  bytes: Uint8Array,
  parent: KVStore,
  block: TxBlock,
  /** The same bytes already decoded (by CheckTx): decoding is pure, so DeliverTx may reuse it. */
  decoded?: DecodedTx,
): TxRun {
  let tx: DecodedTx;
  try {
    tx = decoded ?? decodeTx(bytes, (typeUrl) => env.app.msgRoute(typeUrl), env.auth.addresses);
    if (tx.msgs.length === 0) throw sdkError(18, "must contain at least one message");
    const unrouted = tx.msgs.find((msg) => msg.route === undefined);
    if (unrouted !== undefined) throw sdkError(6, `no message handler found for ${unrouted.typeUrl}`);
  } catch (error) {
    return { result: failure(asChainError(error), 0n, 0n, []), msgResponses: [], tx: undefined };
  }

  const gasMeter: GasMeter =
    mode === "simulate" || block.height === 0n ? new InfiniteGasMeter() : new BasicGasMeter(tx.gasLimit);
  const gasWanted = gasMeter.limit;
  const base = { chainId: env.chainId, height: block.height, timeNs: block.timeNs, gasMeter, mode } as const;

  const anteStore = new CacheStore(parent);
  const anteEvents = new EventCollector();
  try {
    runAnte(
      createContext({ ...base, store: new GasMeteredStore(anteStore, gasMeter), events: anteEvents }),
      tx,
      env,
      mode === "simulate",
    );
  } catch (error) {
    return { result: failure(asChainError(error), gasWanted, gasMeter.consumed, []), msgResponses: [], tx };
  }
  anteStore.write();

  if (mode === "check") {
    const result: TxExecResult = {
      code: 0,
      codespace: "",
      log: "",
      data: EMPTY,
      gasWanted,
      gasUsed: gasMeter.consumed,
      events: anteEvents.events,
    };
    return { result, msgResponses: [], tx };
  }

  const msgStore = new CacheStore(parent);
  const events: AbciEvent[] = [...anteEvents.events];
  const msgResponses: Any[] = [];
  for (const [index, msg] of tx.msgs.entries()) {
    const handlerEvents = new EventCollector();
    const ctx = createContext({ ...base, store: new GasMeteredStore(msgStore, gasMeter), events: handlerEvents });
    try {
      const response = msg.route!.handler.handle(ctx, msg.message as never);
      msgResponses.push(packAny(msg.route!.handler.response as DescMessage, response as never));
    } catch (error) {
      const outOfGas = gasMeter.consumed > gasMeter.limit;
      const chainError = asChainError(error);
      const reported =
        outOfGas || !(error instanceof ChainError)
          ? chainError
          : wrapError(chainError, `failed to execute message; message index: ${index}`);
      return { result: failure(reported, gasWanted, gasMeter.consumed, anteEvents.events), msgResponses: [], tx };
    }
    events.push(...messageEvents(msg, index, handlerEvents.events));
  }
  if (mode === "deliver") msgStore.write();

  const data = toBinary(TxMsgDataSchema, create(TxMsgDataSchema, { msgResponses }));
  return {
    result: { code: 0, codespace: "", log: "", data, gasWanted, gasUsed: gasMeter.consumed, events },
    msgResponses,
    tx,
  };
}
