import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { MsgCreateBasketSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { accountArg, chainOf, denomArg, type HasChain, paramsArg, smallIntArg } from "../internal/validate.js";
import type { BasketSettings, ConstituentSettings } from "../types.js";
import { basketConfigOf, constituentConfigsOf } from "./basketSettings.js";

/** Parameters of {@link buildCreateBasket}. */
export interface BuildCreateBasketParams {
  /** The module authority (governance; the mock devnet's `DEVNET.authority`). */
  readonly authority: string;
  /** Base denom of the underlying every rate is quoted in (e.g. "uatom"). */
  readonly underlyingDenom: string;
  /** Display exponent of the underlying (6 for ATOM), 0–18. */
  readonly underlyingExponent: number;
  /** Virtual offset (VS = 10^offset), 0–18; 0 or absent: the module's default (3). */
  readonly virtualOffset?: number;
  /** The LSTs, in listing order (which breaks ties of the targets' leftover ppm). */
  readonly constituents: readonly ConstituentSettings[];
  /** Fees, guards, epoch, restaking and roles. */
  readonly config: BasketSettings;
  /** Denom of the restaking rewards (the chain's bond denom, uxprt); not a constituent. */
  readonly rewardDenom: string;
}

/**
 * A `MsgCreateBasket` (§8, authority only): a new ACTIVE basket with targets from the clamped equal split and no
 * rates yet (deposits wait for the first `MsgPostRates`). Checks what the chain checks: directions set,
 * 0 ≤ min ≤ max ≤ 1, Σ min ≤ 1 ≤ Σ max, fees in [0, 1), addresses of this chain.
 */
export function buildCreateBasket(
  context: HasChain,
  params: BuildCreateBasketParams,
): TxMessage<typeof MsgCreateBasketSchema> {
  const chain = chainOf(context, "buildCreateBasket");
  paramsArg(params, "buildCreateBasket");
  const constituents = constituentConfigsOf(params.constituents);
  const rewardDenom = denomArg(params.rewardDenom, "rewardDenom");
  if (constituents.some((c) => c.denom === rewardDenom)) {
    throw new ClientError("INVALID_ARGUMENT", "the reward denom is a constituent", {
      field: "rewardDenom",
      value: rewardDenom,
      fix: "Use the chain's bond denom (the Alliance rewards), which the basket does not hold.",
    });
  }
  return txMessage(MsgCreateBasketSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    underlyingDenom: denomArg(params.underlyingDenom, "underlyingDenom"),
    underlyingExponent: smallIntArg(params.underlyingExponent, "underlyingExponent", 18),
    virtualOffset: smallIntArg(params.virtualOffset ?? 0, "virtualOffset", 18),
    constituents,
    config: basketConfigOf(chain, params.config),
    rewardDenom,
  });
}
