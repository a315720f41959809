import type { Coin } from "@persistence-sdk/core";
import type { Client } from "./client.js";
import { feeAmount, gasLimitOf } from "./gas.js";
import { getAccount } from "./getAccount.js";
import { prepareTx, simulateGas, type TxContent } from "./pipeline.js";
import { unsignedTxBytes } from "./signing.js";

/** What a transaction would cost with `fee: "auto"`. */
export interface FeeEstimate {
  /** The gas limit: ceil(simulated × gasMultiplier). */
  readonly gas: bigint;
  /** The fee: ceil(gas × gasPrice) (empty when the gas price is 0). */
  readonly amount: readonly Coin[];
  /** The gas the simulation used. */
  readonly simulatedGas: bigint;
}

/**
 * Simulates a transaction without signing it and returns the fee `sendTx` would pay with `fee: "auto"`: for fee
 * previews. Runs the same checks as sendTx; a refusal throws the same typed error the transaction would get.
 */
export async function estimateFee(client: Client, content: TxContent): Promise<FeeEstimate> {
  const prepared = await prepareTx(client, content, "estimateFee");
  const account = await getAccount(client, prepared.signer.address);
  const sequence = client.transport.localSequences.get(prepared.signer.address);
  const simulatedGas = await simulateGas(
    client,
    unsignedTxBytes(prepared.signer, {
      messages: prepared.messages,
      memo: prepared.memo,
      timeoutHeight: prepared.timeoutHeight,
      fee: { amount: [], gas: 0n },
      chainId: client.chain.chainId,
      accountNumber: account.accountNumber,
      sequence: sequence !== undefined && sequence > account.sequence ? sequence : account.sequence,
    }),
  );
  const gas = gasLimitOf(simulatedGas, client.gasMultiplier);
  const amount = feeAmount(gas, client.gasPrice);
  return { gas, amount: amount.amount > 0n ? [amount] : [], simulatedGas };
}
