import { type Client, ClientError, type TxResult } from "@persistence-sdk/client";
import { addCoins, type Coin, SdkError } from "@persistence-sdk/core";
import { buildClaimDelegationRewards } from "../builders/buildClaimDelegationRewards.js";
import { type ActionOptions, claimedRewardsOf, sendAllianceTx, signerAddressOf } from "../internal/actions.js";
import { paramsArg } from "../internal/validate.js";

/** One delegation to claim: a validator and an Alliance asset. */
export interface RewardsClaim {
  /** The validator's operator address. */
  readonly validator: string;
  /** The asset's denom. */
  readonly denom: string;
}

/** Parameters of {@link claimRewards}: one delegation, or several claimed in one transaction. */
export type ClaimRewardsParams = ActionOptions & (RewardsClaim | { readonly claims: readonly RewardsClaim[] });

/** What one claim of {@link claimRewards} paid. */
export interface ClaimedRewards extends RewardsClaim {
  /** The coins paid (ClaimAllianceRewardsEvent); empty when nothing had accrued. */
  readonly rewards: Coin[];
}

/** What {@link claimRewards} did. */
export interface ClaimRewardsResult {
  /** The included transaction: hash, height, gas, fee, events. */
  readonly tx: TxResult;
  /** The delegator: the client's signer. */
  readonly delegator: string;
  /** One entry per claim, in the order given. */
  readonly claims: ClaimedRewards[];
  /** Everything paid, merged by denom. */
  readonly total: Coin[];
}

/** The longest list of claims sent in one transaction. */
const MAX_CLAIMS = 64;

function claimsOf(params: ClaimRewardsParams): readonly RewardsClaim[] {
  if (!("claims" in params)) return [params];
  const claims = params.claims;
  if (!Array.isArray(claims) || claims.length === 0 || claims.length > MAX_CLAIMS) {
    throw new ClientError("INVALID_ARGUMENT", `claims is a list of 1 to ${MAX_CLAIMS} { validator, denom }`, {
      field: "claims",
      value: claims,
      fix: "Pass at least one { validator, denom } (getAllianceDelegations lists them), or several transactions for more.",
    });
  }
  return claims;
}

/** The problem part of an SdkError's message ("<field>: <problem> (got <value>). <fix>"). */
function problemOf(error: SdkError): string {
  const start = error.field.length + 2;
  const end = error.message.lastIndexOf(" (got ");
  return end > start ? error.message.slice(start, end) : error.message;
}

/**
 * Pays out the Alliance rewards of one or many delegations in one transaction (one MsgClaimDelegationRewards per
 * claim, atomically), signed by the client's signer, and reports what each paid.
 *
 * @example
 * const { total } = await claimRewards(client, { claims: delegations.map(({ validatorAddress: validator, denom }) => ({ validator, denom })) });
 */
export async function claimRewards(client: Client, params: ClaimRewardsParams): Promise<ClaimRewardsResult> {
  paramsArg(params, "claimRewards");
  const claims = claimsOf(params);
  const delegator = await signerAddressOf(client, "claimRewards");
  const messages = claims.map((claim, i) => {
    try {
      return buildClaimDelegationRewards(client, { delegator, validator: claim?.validator, denom: claim?.denom });
    } catch (error) {
      if (!("claims" in params) || !(error instanceof SdkError)) throw error;
      throw new ClientError(error.code, problemOf(error), {
        field: `claims[${i}].${error.field}`,
        value: error.value,
        fix: error.fix,
        cause: error,
      });
    }
  });
  const tx = await sendAllianceTx(client, messages, params);
  const paid = messages.map((message, i) =>
    Object.freeze({
      validator: message.value.validatorAddress,
      denom: message.value.denom,
      rewards: claimedRewardsOf(tx, i),
    }),
  );
  let total: readonly Coin[] = [];
  for (const claim of paid) total = addCoins(total, claim.rewards);
  return Object.freeze({ tx, delegator, claims: paid, total: [...total] });
}
