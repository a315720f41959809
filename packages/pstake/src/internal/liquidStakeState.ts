// The x/liquidstake state a preview computes from, read at one height so that every figure agrees (params, liquid
// validators, NetAmountState), and the chain's pre-checks of a liquid stake, as typed pSTAKE errors.
import type { Client } from "@persistence-sdk/client";
import {
  type Coin,
  checkLiquidStakeMinAmount,
  checkLiquidStakeQuorum,
  liquidStakeMintRate,
  liquidStakeRedemptionRate,
  SdkError,
} from "@persistence-sdk/core";
import { PstakeError, type PstakeRefusal } from "../errors.js";
import { getLiquidStakeParams } from "../queries/getLiquidStakeParams.js";
import { getLiquidStakeStates } from "../queries/getLiquidStakeStates.js";
import { getLiquidValidators } from "../queries/getLiquidValidators.js";
import type { LiquidStakeModuleParams, LiquidValidator, NetAmountState } from "../types.js";
import { type ChainMoment, latestBlock } from "./state.js";

/** What a stkXPRT preview reads. */
export interface LiquidStakeSnapshot {
  /** The latest block when the state was read. */
  readonly block: ChainMoment;
  /** Module parameters. */
  readonly params: LiquidStakeModuleParams;
  /** Liquid validators in store order. */
  readonly validators: readonly LiquidValidator[];
  /** NetAmountState. */
  readonly state: NetAmountState;
}

/** Reads params, liquid validators and NetAmountState at the latest height. */
export async function readLiquidStakeSnapshot(client: Client): Promise<LiquidStakeSnapshot> {
  const block = await latestBlock(client);
  const at = { height: block.height };
  const [params, validators, state] = await Promise.all([
    getLiquidStakeParams(client, at),
    getLiquidValidators(client, at),
    getLiquidStakeStates(client, at),
  ]);
  return { block, params, validators, state };
}

/** stkXPRT per XPRT and XPRT per stkXPRT of a state (core). */
export function ratesOf(state: NetAmountState) {
  const supply = { stkxprtTotalSupply: state.stkxprtTotalSupply, netAmount: state.netAmount };
  return { mintRate: liquidStakeMintRate(supply), redemptionRate: liquidStakeRedemptionRate(supply) };
}

const CORE_REFUSALS: Readonly<Record<string, PstakeRefusal>> = {
  AMOUNT_BELOW_MINIMUM: "BELOW_MINIMUM",
  AMOUNT_TOO_SMALL: "AMOUNT_TOO_SMALL",
  QUORUM_NOT_REACHED: "QUORUM_NOT_REACHED",
  DIVISION_BY_ZERO: "INSUFFICIENT_LIQUIDITY",
  INSUFFICIENT_FUNDS: "INSUFFICIENT_LIQUIDITY",
  INSUFFICIENT_LIQUIDITY: "INSUFFICIENT_LIQUIDITY",
};

/**
 * Runs core math that mirrors a keeper; a core refusal (below minimum, too small, no quorum...) becomes the
 * `PstakeError` the chain's refusal would be, with core's field, value and fix. `overrides` picks another reason
 * for a core code.
 */
export function asPstake<T>(run: () => T, overrides: Partial<Record<string, PstakeRefusal>> = {}): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof SdkError && !(error instanceof PstakeError)) {
      const reason = overrides[error.code] ?? CORE_REFUSALS[error.code];
      if (reason !== undefined) {
        throw new PstakeError(reason, problemOf(error), {
          field: error.field,
          value: error.value,
          fix: error.fix,
          cause: error,
        });
      }
    }
    throw error;
  }
}

/** The problem part of an SdkError's message ("<field>: <problem> (got <value>). <fix>"). */
function problemOf(error: SdkError): string {
  const start = error.field.length + 2;
  const end = error.message.lastIndexOf(" (got ");
  return end > start ? error.message.slice(start, end) : error.message;
}

/** x/liquidstake is paused: every user message fails. */
export function checkNotPaused(params: LiquidStakeModuleParams): void {
  if (params.modulePaused) {
    throw new PstakeError("MODULE_PAUSED", "x/liquidstake is paused", {
      field: "params.modulePaused",
      value: true,
      fix: "The admin paused liquid staking: wait until getLiquidStakeParams(client).modulePaused is false.",
    });
  }
}

/** The chain's checks of a liquid stake (keeper order): not paused, the minimum, the quorum of active validators. */
export function checkLiquidStake(snapshot: LiquidStakeSnapshot, amount: Coin): bigint[] {
  checkNotPaused(snapshot.params);
  asPstake(() => checkLiquidStakeMinAmount(amount.amount, snapshot.params.minLiquidStakeAmount));
  const weights = activeWeights(snapshot.validators);
  asPstake(() => checkLiquidStakeQuorum(weights), {
    QUORUM_NOT_REACHED: weights.length === 0 ? "NO_ACTIVE_VALIDATORS" : "QUORUM_NOT_REACHED",
  });
  return weights;
}

/** Target weights of the active liquid validators, in store order (what LiquidDelegate splits by). */
export function activeWeights(validators: readonly LiquidValidator[]): bigint[] {
  return validators.filter((v) => v.status === "active").map((v) => v.weight);
}
