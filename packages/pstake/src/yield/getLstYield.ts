import type { Client } from "@persistence-sdk/client";
import type { LstStakingYield } from "@persistence-sdk/core";
import { counterArg, paramsArg } from "../internal/validate.js";
import { computeLstYield } from "./computeLstYield.js";
import { type LstObservation, type LstSource, observeLstRate, sourceArg } from "./observeLstRate.js";

/** Parameters of {@link getLstYield}. */
export interface GetLstYieldParams {
  /** Which LST. */
  readonly source: LstSource;
  /** The first observation's height (the node must still hold that state). */
  readonly fromHeight: bigint;
  /** The second observation's height (default: the latest). */
  readonly toHeight?: bigint;
}

/** An LST's yield between two heights, with the two observations it came from. */
export interface LstYield extends LstStakingYield {
  /** The first observation. */
  readonly start: LstObservation;
  /** The second observation. */
  readonly end: LstObservation;
}

/**
 * An LST's staking yield from its rate at two heights: reads the rate (`query` with `height`) and the block times,
 * then {@link computeLstYield}. Hourly autocompound moves stkXPRT's rate; the day epoch's restaked rewards move a
 * stkASSET's: observe across at least one of those.
 *
 * @example
 * const { apr, apy } = await getLstYield(client, { source: { module: "liquidstake" }, fromHeight: 1000n });
 */
export async function getLstYield(client: Client, params: GetLstYieldParams): Promise<LstYield> {
  paramsArg(params, "getLstYield");
  const source = sourceArg(params.source);
  const fromHeight = counterArg(params.fromHeight, "fromHeight", "1000n");
  const toHeight = params.toHeight === undefined ? undefined : counterArg(params.toHeight, "toHeight", "2000n");
  const [start, end] = await Promise.all([
    observeLstRate(client, { source, height: fromHeight }),
    observeLstRate(client, { source, ...(toHeight === undefined ? {} : { height: toHeight }) }),
  ]);
  return Object.freeze({ ...computeLstYield(start, end), start, end });
}
