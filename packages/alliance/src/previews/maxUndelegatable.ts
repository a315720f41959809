import type { Client } from "@persistence-sdk/client";
import { Dec } from "@persistence-sdk/core";
import { mathVersionOf } from "../chains.js";
import type { PreviewOptions } from "../internal/previewOptions.js";
import { readDelegationSnapshot, requiredDelegatorOf } from "../internal/state.js";
import { accountArg, denomArg, paramsArg, validatorArg } from "../internal/validate.js";
import { computeMaxUndelegatable } from "./computeMaxUndelegatable.js";

/** Parameters of {@link maxUndelegatable}. */
export interface MaxUndelegatableParams extends PreviewOptions {
  /** The validator's operator address. */
  readonly validator: string;
  /** The asset's denom. */
  readonly denom: string;
  /** Whose delegation (default: the client's signer). */
  readonly delegator?: string;
}

/**
 * The largest amount the chain would accept in `undelegate` now (a "Max" button): the delegation's balance, or
 * a unit or so less when rounding makes the chain refuse the balance itself (see {@link computeMaxUndelegatable}).
 * 0n without a delegation.
 */
export async function maxUndelegatable(client: Client, params: MaxUndelegatableParams): Promise<bigint> {
  paramsArg(params, "maxUndelegatable");
  const validator = validatorArg(client.chain, params.validator, "validator");
  const denom = denomArg(params.denom, "denom");
  const version = mathVersionOf(client, params.version);
  const delegator = await requiredDelegatorOf(
    client,
    params.delegator === undefined ? undefined : accountArg(client.chain, params.delegator, "delegator"),
    "maxUndelegatable",
  );
  const state = await readDelegationSnapshot(client, { delegator, validator, denom });
  const shares = state.delegation?.shares ?? Dec.ZERO;
  return computeMaxUndelegatable({ asset: state.asset, validator: state.validator, shares }, { version });
}
