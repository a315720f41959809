import { ChainError, type GasMeter } from "../app/module.js";

/** Go's math.MaxUint64: what an infinite gas meter reports as its limit (and so a simulation as gas wanted). */
export const MAX_UINT64 = 18_446_744_073_709_551_615n;

/**
 * The SDK's out-of-gas error, worded as the ante handler's and baseapp's recovery write it:
 * "out of gas in location: WriteFlat; gasWanted: 100, gasUsed: 2030: out of gas".
 */
export function outOfGasError(descriptor: string, gasWanted: bigint, gasUsed: bigint): ChainError {
  return new ChainError(
    "sdk",
    11,
    "out of gas",
    `out of gas in location: ${descriptor}; gasWanted: ${gasWanted}, gasUsed: ${gasUsed}`,
  );
}

/**
 * The SDK's basic gas meter. Like Go's, it records the consumption that crosses the limit before failing, so a tx
 * that runs out of gas reports gasUsed > gasWanted.
 */
export class BasicGasMeter implements GasMeter {
  private used = 0n;

  constructor(readonly limit: bigint) {}

  get consumed(): bigint {
    return this.used;
  }

  consume(amount: bigint, descriptor: string): void {
    this.used += amount;
    if (this.used > this.limit) throw outOfGasError(descriptor, this.limit, this.used);
  }
}

/** Counts without a limit: simulation, genesis, begin/end block and queries. */
export class InfiniteGasMeter implements GasMeter {
  readonly limit = MAX_UINT64;
  private used = 0n;

  get consumed(): bigint {
    return this.used;
  }

  consume(amount: bigint, _descriptor: string): void {
    this.used += amount;
  }
}
