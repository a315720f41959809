import type { Client } from "./client.js";
import { parseSequenceMismatch, SequenceMismatchError, type TxFailedError, txError } from "./errors.js";
import { feeAmount, gasLimitOf } from "./gas.js";
import { getAccount } from "./getAccount.js";
import {
  broadcastTxBytes,
  checkExplicitFee,
  checkTxFailure,
  type ExplicitFee,
  explicitFee,
  findTx,
  type PreparedTx,
  prepareTx,
  simulateGas,
  type TxContent,
  waitForInclusion,
} from "./pipeline.js";
import { signTx, type UnsignedTx, unsignedTxBytes } from "./signing.js";
import { statusEmitter, type TxStatus } from "./status.js";
import { type TxFee, type TxResult, txHash } from "./tx.js";

/** Parameters of {@link sendTx}. */
export interface SendTxParams extends TxContent {
  /** "auto" (default): simulate, gas = ceil(simulated × gasMultiplier), amount = ceil(gas × gasPrice). */
  readonly fee?: "auto" | ExplicitFee;
  /** Called on each step; an exception thrown by it is ignored. */
  readonly onStatus?: (status: TxStatus) => void;
}

/** How many times a sequence mismatch (code 32, tx never included) is resolved by re-reading and re-signing. */
const MAX_SEQUENCE_RETRIES = 3;

interface Broadcast {
  readonly hash: string;
  readonly simulatedGas: bigint | undefined;
}

/**
 * Signs, broadcasts and confirms a transaction of one or more messages: the lifecycle every action uses.
 *
 * Checks the input → reads the account → simulates (fee "auto") → signs (DIRECT, or amino JSON for amino-only
 * signers such as Ledger) → `broadcast_tx_sync` → waits for inclusion → decodes events and message responses.
 * A sequence mismatch refused by CheckTx (never included) is resolved by re-reading the account and re-signing, at
 * most 3 times; transactions of one account are signed one at a time per client. Errors are typed: CheckTx and
 * DeliverTx refusals (`TxFailedError` and subclasses), `AccountNotFoundError`, `BroadcastTimeoutError` (keeps the
 * hash; `waitForTx` resumes), `NetworkError`.
 */
export async function sendTx(client: Client, params: SendTxParams): Promise<TxResult> {
  const emit = statusEmitter(params.onStatus);
  let hash: string | undefined;
  try {
    const fee = params.fee ?? "auto";
    if (fee !== "auto") checkExplicitFee(fee, client);
    const prepared = await prepareTx(client, params, "sendTx");
    const sent = await client.transport.exclusive(prepared.signer.address, () =>
      signAndBroadcast(client, prepared, fee, emit, (h) => {
        hash = h;
      }),
    );
    const result = await waitForInclusion(client, sent.hash, {
      timeoutMs: client.broadcastTimeoutMs,
      pollIntervalMs: client.pollIntervalMs,
      schemas: prepared.schemas,
      ...(sent.simulatedGas === undefined ? {} : { simulatedGas: sent.simulatedGas }),
    });
    emit({ status: "included", hash: result.hash, height: result.height });
    return result;
  } catch (error) {
    emit(hash === undefined ? { status: "failed", error } : { status: "failed", error, hash });
    throw error;
  }
}

async function signAndBroadcast(
  client: Client,
  prepared: PreparedTx,
  feeSpec: "auto" | ExplicitFee,
  emit: (status: TxStatus) => void,
  onHash: (hash: string) => void,
): Promise<Broadcast> {
  const { address } = prepared.signer;
  const local = client.transport.localSequences;
  let sequenceFromChain: bigint | undefined;
  let lastMismatch: TxFailedError | undefined;
  for (let retry = 0; ; retry++) {
    if (retry > MAX_SEQUENCE_RETRIES) throw lastMismatch!;
    const account = await getAccount(client, address);
    // The chain's own word (a mismatch log) wins; else the later of the committed sequence and this process's own
    // accepted-but-unconfirmed transactions.
    const localNext = local.get(address);
    const sequence =
      sequenceFromChain ?? (localNext !== undefined && localNext > account.sequence ? localNext : account.sequence);
    sequenceFromChain = undefined;
    const base = {
      messages: prepared.messages,
      memo: prepared.memo,
      timeoutHeight: prepared.timeoutHeight,
      chainId: client.chain.chainId,
      accountNumber: account.accountNumber,
      sequence,
    };

    let fee: TxFee;
    let simulatedGas: bigint | undefined;
    if (feeSpec === "auto") {
      const probe: UnsignedTx = { ...base, fee: { amount: [], gas: 0n } };
      try {
        simulatedGas = await simulateGas(client, unsignedTxBytes(prepared.signer, probe));
      } catch (error) {
        if (error instanceof SequenceMismatchError) {
          lastMismatch = error;
          sequenceFromChain = error.expected;
          local.delete(address);
          continue;
        }
        throw error;
      }
      const gas = gasLimitOf(simulatedGas, client.gasMultiplier);
      const amount = feeAmount(gas, client.gasPrice);
      fee = { amount: amount.amount > 0n ? [amount] : [], gas };
    } else {
      fee = explicitFee(feeSpec, client);
    }

    emit({ status: "signing" });
    const txBytes = await signTx(prepared.signer, { ...base, fee }, prepared.aminoMsgs);
    const hash = txHash(txBytes);
    onHash(hash);
    emit({ status: "broadcasting" });
    const outcome = await broadcastTxBytes(client, txBytes, hash);
    if (outcome.kind === "accepted") {
      local.set(address, sequence + 1n);
      emit({ status: "broadcast", hash });
      return { hash, simulatedGas };
    }

    const failure = checkTxFailure(outcome.result, hash, fee.gas, simulatedGas);
    if (outcome.afterFault) {
      // An earlier attempt of these very bytes may have got through: look before concluding anything.
      const found = await findTx(client, hash).catch(() => undefined);
      if (found !== undefined) {
        emit({ status: "broadcast", hash });
        return { hash, simulatedGas };
      }
      if (failure.codespace === "sdk" && failure.code === 32) {
        // Our own earlier copy may hold this sequence in some node's mempool: wait for it, never re-sign.
        emit({ status: "broadcast", hash });
        return { hash, simulatedGas };
      }
    }
    const error = txError(failure);
    if (!(error instanceof SequenceMismatchError) || outcome.afterFault) throw error;
    lastMismatch = error;
    sequenceFromChain = parseSequenceMismatch(failure.log)?.expected;
    local.delete(address);
  }
}
