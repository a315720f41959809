import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { ALLIANCE_ZERO_TIME, type AllianceTimestamp, allianceTimeCompare } from "@persistence-sdk/core";
import { MsgUpdateParamsSchema } from "@persistence-sdk/proto/alliance/alliance";
import { accountArg, chainOf, type HasChain, paramsArg, secondsArg } from "../internal/validate.js";

/** Parameters of {@link buildUpdateParams}: the complete new parameter set. */
export interface BuildUpdateParamsParams {
  /** The module authority (normally the gov module account). */
  readonly authority: string;
  /** Seconds between an asset's creation and the start of its rewards, as a bigint (≥ 0n). */
  readonly rewardDelayTime: bigint;
  /** Seconds between two take-rate deductions, as a bigint (> 0n; default on chains: 300n). */
  readonly takeRateClaimInterval: bigint;
  /**
   * When take rate was last charged. MsgUpdateParams replaces it too: pass the current value (`getAllianceParams`)
   * to keep the schedule. Absent, it is Go's zero time, and the next block only restarts the schedule.
   */
  readonly lastTakeRateClaimTime?: AllianceTimestamp;
}

/** A `MsgUpdateParams` (authority only; x/alliance v0.4.x): replaces the module parameters. Checked first. */
export function buildUpdateParams(
  context: HasChain,
  params: BuildUpdateParamsParams,
): TxMessage<typeof MsgUpdateParamsSchema> {
  const chain = chainOf(context, "buildUpdateParams");
  paramsArg(params, "buildUpdateParams");
  const authority = accountArg(chain, params.authority, "authority");
  const rewardDelayTime = secondsArg(params.rewardDelayTime, "rewardDelayTime");
  const takeRateClaimInterval = secondsArg(params.takeRateClaimInterval, "takeRateClaimInterval", { positive: true });
  const last = params.lastTakeRateClaimTime ?? ALLIANCE_ZERO_TIME;
  try {
    allianceTimeCompare(last, ALLIANCE_ZERO_TIME);
  } catch (error) {
    throw new ClientError("INVALID_ARGUMENT", "not a timestamp", {
      field: "lastTakeRateClaimTime",
      value: params.lastTakeRateClaimTime,
      fix: "Pass { seconds: bigint, nanos: number } as getAllianceParams returns it, or omit it.",
      cause: error,
    });
  }
  return txMessage(MsgUpdateParamsSchema, {
    authority,
    params: {
      rewardDelayTime,
      takeRateClaimInterval,
      lastTakeRateClaimTime: { seconds: last.seconds, nanos: last.nanos },
    },
  });
}
