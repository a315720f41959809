import { ClientError, type TxMessage, txMessage } from "@persistence-sdk/client";
import { Dec, validateDenom } from "@persistence-sdk/core";
import { MsgRegisterHostChainSchema } from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import { accountArg, chainOf, fractionArg, type HasChain, paramsArg } from "../internal/validate.js";

/** x/liquidstakeibc `types.MaxFee`: every fee is a fraction from 0 to 0.5. */
export const LIQUID_STAKE_IBC_MAX_FEE: Dec = Dec.fromString("0.5");

/** Parameters of {@link buildRegisterHostChain}. */
export interface BuildRegisterHostChainParams {
  /** The module authority (gov) or the module admin; it signs the transaction. */
  readonly authority: string;
  /** The IBC connection to the host ("connection-0"). */
  readonly connectionId: string;
  /** Fee on liquid stakes, a fraction from 0 to 0.5 (Dec). */
  readonly depositFee: Dec;
  /** Fee on restaked rewards, 0 to 0.5. */
  readonly restakeFee: Dec;
  /** Fee on unstakes, 0 to 0.5. */
  readonly unstakeFee: Dec;
  /** Fee on instant redeems, 0 to 0.5. */
  readonly redemptionFee: Dec;
  /** The ICS-20 channel ("channel-0"). */
  readonly channelId: string;
  /** The ICS-20 port (default "transfer"). */
  readonly portId?: string;
  /** The token's denom on the host ("uatom"). */
  readonly hostDenom: string;
  /** The smallest liquid stake and unstake, a positive bigint. */
  readonly minimumDeposit: bigint;
  /** Unbondings batch into epochs that are multiples of this many days (positive bigint). */
  readonly unbondingFactor: bigint;
  /** Yearly cap on restaked rewards, in percent (positive bigint; 20n = 20%). */
  readonly autoCompoundFactor: bigint;
}

const MAX_INT64 = (1n << 63n) - 1n;

function positiveArg(value: bigint, field: string, example: string, max = (1n << 256n) - 1n): bigint {
  if (typeof value !== "bigint" || value <= 0n || value > max) {
    throw new ClientError("INVALID_ARGUMENT", "must be a positive bigint", {
      field,
      value,
      fix: `Pass a whole number above 0 as a bigint, such as ${example}.`,
    });
  }
  return value;
}

function prefixedArg(value: string, prefix: string, field: string, example: string): string {
  if (typeof value !== "string" || value === "" || !value.startsWith(prefix) || /\s/.test(value)) {
    throw new ClientError("INVALID_ARGUMENT", `must begin with '${prefix}'`, {
      field,
      value,
      fix: `Pass an identifier such as "${example}".`,
    });
  }
  return value;
}

/**
 * An x/liquidstakeibc `MsgRegisterHostChain` (authority): registers a host chain over an IBC connection; the chain
 * starts inactive with c-value 1 until activated by `buildUpdateHostChain` ({ key: "active", value: true }). Checked
 * first as the chain's ValidateBasic does: connection and channel ids, a valid host denom, fees from 0 to 0.5, and
 * positive minimum deposit, unbonding factor and autocompound factor.
 */
export function buildRegisterHostChain(
  context: HasChain,
  params: BuildRegisterHostChainParams,
): TxMessage<typeof MsgRegisterHostChainSchema> {
  const chain = chainOf(context, "buildRegisterHostChain");
  paramsArg(params, "buildRegisterHostChain");
  const fee = (value: Dec, field: string) => fractionArg(value, field, LIQUID_STAKE_IBC_MAX_FEE).toProto();
  return txMessage(MsgRegisterHostChainSchema, {
    authority: accountArg(chain, params.authority, "authority"),
    connectionId: prefixedArg(params.connectionId, "connection", "connectionId", "connection-0"),
    depositFee: fee(params.depositFee, "depositFee"),
    restakeFee: fee(params.restakeFee, "restakeFee"),
    unstakeFee: fee(params.unstakeFee, "unstakeFee"),
    redemptionFee: fee(params.redemptionFee, "redemptionFee"),
    channelId: prefixedArg(params.channelId, "channel", "channelId", "channel-0"),
    portId: params.portId === undefined ? "transfer" : prefixedArg(params.portId, "", "portId", "transfer"),
    hostDenom: validateDenom(params.hostDenom, "hostDenom"),
    minimumDeposit: positiveArg(params.minimumDeposit, "minimumDeposit", "10000n").toString(),
    unbondingFactor: positiveArg(params.unbondingFactor, "unbondingFactor", "4n", MAX_INT64),
    autoCompoundFactor: positiveArg(params.autoCompoundFactor, "autoCompoundFactor", "20n", MAX_INT64),
  });
}
