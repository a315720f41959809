// The whitelist rules both MsgUpdateParams and MsgUpdateWhitelistedValidators carry (x/liquidstake types/params.go
// validateWhitelistedValidators; msg_server.go UpdateWhitelistedValidators for the 10000 total).
import { type ChainConfig, ClientError } from "@persistence-sdk/client";
import { LIQUID_STAKE_TOTAL_VALIDATOR_WEIGHT } from "@persistence-sdk/core";
import { validatorArg } from "../internal/validate.js";
import type { WhitelistedValidator } from "../types.js";

/** The whitelist as the proto carries it: operator addresses checked, positive integer weights, no duplicates. */
export function whitelistArg(
  chain: ChainConfig,
  validators: readonly WhitelistedValidator[],
  field: string,
  options: { readonly requireTotal: boolean },
): { validatorAddress: string; targetWeight: string }[] {
  if (!Array.isArray(validators)) {
    throw new ClientError("INVALID_ARGUMENT", "a whitelist is a list of { validatorAddress, targetWeight }", {
      field,
      value: validators,
      fix: 'Pass [{ validatorAddress: "persistencevaloper1...", targetWeight: 5000n }, ...].',
    });
  }
  const seen = new Set<string>();
  let total = 0n;
  const out = validators.map((wv, i) => {
    const at = `${field}[${i}]`;
    const validatorAddress = validatorArg(chain, wv?.validatorAddress, `${at}.validatorAddress`);
    const weight = wv.targetWeight;
    if (typeof weight !== "bigint" || weight <= 0n || weight > LIQUID_STAKE_TOTAL_VALIDATOR_WEIGHT) {
      throw new ClientError("INVALID_ARGUMENT", "a target weight is a bigint from 1 to 10000", {
        field: `${at}.targetWeight`,
        value: weight,
        fix: "Pass each validator's share of 10000 as a bigint, such as 2500n.",
      });
    }
    if (seen.has(validatorAddress)) {
      throw new ClientError("INVALID_ARGUMENT", "a validator appears twice in the whitelist", {
        field: `${at}.validatorAddress`,
        value: validatorAddress,
        fix: "List each validator once.",
      });
    }
    seen.add(validatorAddress);
    total += weight;
    return { validatorAddress, targetWeight: weight.toString() };
  });
  if (options.requireTotal && total !== LIQUID_STAKE_TOTAL_VALIDATOR_WEIGHT) {
    throw new ClientError("INVALID_ARGUMENT", `target weights must add up to ${LIQUID_STAKE_TOTAL_VALIDATOR_WEIGHT}`, {
      field,
      value: total,
      fix: "Scale the weights so that they sum to exactly 10000n (the chain refuses any other total).",
    });
  }
  return out;
}
