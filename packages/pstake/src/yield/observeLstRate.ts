import { type Client, ClientError } from "@persistence-sdk/client";
import type { Dec } from "@persistence-sdk/core";
import { blockAt, latestBlock } from "../internal/state.js";
import { chainIdArg, counterArg, paramsArg } from "../internal/validate.js";
import { getHostChainExchangeRate } from "../queries/getHostChainExchangeRate.js";
import { getLiquidStakeRates } from "../queries/getLiquidStakeRates.js";
import type { ChainTimestamp } from "../types.js";

/** Which LST: stkXPRT (x/liquidstake) or a host chain's stkASSET (x/liquidstakeibc). */
export type LstSource =
  | { readonly module: "liquidstake" }
  | { readonly module: "liquidstakeibc"; readonly chainId: string };

/**
 * One reading of an LST's rate, in core's `LstRateObservation` shape (`time` in Unix seconds; stkXPRT as `mintRate`,
 * stkASSETs as `cValue`, both LST per native token) plus where it was read.
 */
export type LstObservation = (
  | { readonly time: bigint; readonly mintRate: Dec }
  | { readonly time: bigint; readonly cValue: Dec }
) & {
  /** The block height the rate was read at. */
  readonly height: bigint;
  /** That block's time, exactly. */
  readonly blockTime: ChainTimestamp;
};

/** Parameters of {@link observeLstRate}. */
export interface ObserveLstRateParams {
  /** Which LST. */
  readonly source: LstSource;
  /** The height to read at (default: the latest). The node must still hold that state. */
  readonly height?: bigint;
}

/** Checks an LST source. */
export function sourceArg(source: LstSource, field = "source"): LstSource {
  if (source?.module === "liquidstake") return { module: "liquidstake" };
  if (source?.module === "liquidstakeibc")
    return { module: "liquidstakeibc", chainId: chainIdArg(source.chainId, `${field}.chainId`) };
  throw new ClientError("INVALID_ARGUMENT", "not an LST source", {
    field,
    value: source,
    fix: 'Pass { module: "liquidstake" } for stkXPRT or { module: "liquidstakeibc", chainId: "cosmoshub-4" } for stkATOM.',
  });
}

/**
 * Reads an LST's rate at a height and the time of that block: stkXPRT's `mintRate` (NetAmountState) or a host
 * chain's `cValue`. Two observations give the LST's yield ({@link computeLstYield}, {@link getLstYield}).
 */
export async function observeLstRate(client: Client, params: ObserveLstRateParams): Promise<LstObservation> {
  paramsArg(params, "observeLstRate");
  const source = sourceArg(params.source);
  const height =
    params.height === undefined ? (await latestBlock(client)).height : counterArg(params.height, "height", "1200n");
  const block = await blockAt(client, height);
  const at = { height: block.height, time: block.time.seconds, blockTime: block.time };
  if (source.module === "liquidstake") {
    const { mintRate } = await getLiquidStakeRates(client, { height: block.height });
    return Object.freeze({ ...at, mintRate });
  }
  const { cValue } = await getHostChainExchangeRate(client, { chainId: source.chainId, height: block.height });
  return Object.freeze({ ...at, cValue });
}
