import { type Client, ClientError } from "@persistence-sdk/client";
import { type AllianceTimestamp, allianceRedelegate, type Coin, type Dec, type SdkError } from "@persistence-sdk/core";
import { mathVersionOf } from "../chains.js";
import type { TimedPreviewOptions } from "../internal/previewOptions.js";
import { noDelegationRefusal, refusalOf } from "../internal/refusal.js";
import {
  delegationStateOf,
  latestBlock,
  requiredDelegatorOf,
  unbondingTimeOf,
  validatorStateOf,
} from "../internal/state.js";
import { accountArg, coinArg, paramsArg, validatorArg } from "../internal/validate.js";
import { getAlliance } from "../queries/getAlliance.js";
import { getAllianceDelegation } from "../queries/getAllianceDelegation.js";
import { getAllianceRedelegations } from "../queries/getAllianceRedelegations.js";
import { getAllianceValidator } from "../queries/getAllianceValidator.js";

/** Parameters of {@link previewRedelegate}. */
export interface PreviewRedelegateParams extends TimedPreviewOptions {
  /** The operator address of the validator the stake would leave. */
  readonly srcValidator: string;
  /** The operator address of the validator the stake would go to. */
  readonly dstValidator: string;
  /** What would move. */
  readonly amount: Coin;
  /** Whose delegation (default: the client's signer). */
  readonly delegator?: string;
}

/** A redelegation the chain would accept, and what it would do. */
export interface AcceptedRedelegatePreview {
  /** The chain would accept it. */
  readonly accepted: true;
  /** The coin that would move. */
  readonly amount: Coin;
  /** Delegation shares the source delegation would lose. */
  readonly srcDelegationSharesRemoved: Dec;
  /** Delegation shares the destination delegation would gain. */
  readonly dstNewDelegationShares: Dec;
  /** Validator shares moved from the source validator to the destination. */
  readonly validatorSharesMoved: Dec;
  /** Until then the moved tokens cannot be redelegated away from the destination. */
  readonly completionTime: AllianceTimestamp;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/** A redelegation the chain would refuse, and why. */
export interface RefusedRedelegatePreview {
  /** The chain would refuse it. */
  readonly accepted: false;
  /** `ALLIANCE_TRANSITIVE_REDELEGATION`, `ALLIANCE_INSUFFICIENT_SHARES` or `ALLIANCE_INSUFFICIENT_TOKENS`. */
  readonly reason: SdkError;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/** What {@link previewRedelegate} found. */
export type RedelegatePreview = AcceptedRedelegatePreview | RefusedRedelegatePreview;

/**
 * Previews `redelegate` with core's `allianceRedelegate` on the state queried at the latest height, including the
 * delegator's redelegations still locked (no transitive redelegation): whether the chain would accept it, the shares
 * moved on both layers and the completion time of the lock.
 */
export async function previewRedelegate(client: Client, params: PreviewRedelegateParams): Promise<RedelegatePreview> {
  paramsArg(params, "previewRedelegate");
  const srcValidator = validatorArg(client.chain, params.srcValidator, "srcValidator");
  const dstValidator = validatorArg(client.chain, params.dstValidator, "dstValidator");
  if (srcValidator === dstValidator) {
    throw new ClientError("ALLIANCE_SELF_REDELEGATION", "cannot redelegate to the same validator", {
      field: "dstValidator",
      value: dstValidator,
      fix: "Pick a destination validator other than the source.",
    });
  }
  const amount = coinArg(params.amount, "amount");
  const version = mathVersionOf(client, params.version);
  const delegator = await requiredDelegatorOf(
    client,
    params.delegator === undefined ? undefined : accountArg(client.chain, params.delegator, "delegator"),
    "previewRedelegate",
  );
  const block = await latestBlock(client);
  const at = { height: block.height };
  const denom = amount.denom;
  const [asset, src, dst, srcDelegation, dstDelegation, redelegations, unbondingTime] = await Promise.all([
    getAlliance(client, { denom, ...at }),
    getAllianceValidator(client, { validator: srcValidator, ...at }),
    getAllianceValidator(client, { validator: dstValidator, ...at }),
    getAllianceDelegation(client, { delegator, validator: srcValidator, denom, ...at }),
    getAllianceDelegation(client, { delegator, validator: dstValidator, denom, ...at }),
    getAllianceRedelegations(client, { delegator, denom, ...at }),
    unbondingTimeOf(client, block.height),
  ]);
  const source = delegationStateOf(srcDelegation);
  if (source === undefined) {
    return Object.freeze({
      accepted: false,
      reason: noDelegationRefusal(delegator, srcValidator, denom),
      height: block.height,
    });
  }
  const destination = delegationStateOf(dstDelegation);
  const outcome = refusalOf(() =>
    allianceRedelegate(
      {
        asset,
        srcValidator: validatorStateOf(src),
        dstValidator: validatorStateOf(dst),
        srcDelegation: source,
        ...(destination === undefined ? {} : { dstDelegation: destination }),
        amount: amount.amount,
        srcValidatorAddress: srcValidator,
        dstValidatorAddress: dstValidator,
        denom,
        delegatorRedelegations: redelegations,
        blockTime: params.blockTime ?? block.time,
        blockHeight: block.height + 1n,
        unbondingTime,
      },
      { version },
    ),
  );
  if ("refusal" in outcome) return Object.freeze({ accepted: false, reason: outcome.refusal, height: block.height });
  const next = outcome.value;
  return Object.freeze({
    accepted: true,
    amount,
    srcDelegationSharesRemoved: next.srcDelegationShares,
    dstNewDelegationShares: next.dstDelegationShares,
    validatorSharesMoved: next.validatorShares,
    completionTime: next.completionTime,
    height: block.height,
  });
}
