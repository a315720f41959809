// Input checks shared by the builders, queries, previews and actions. Each throws a typed error naming the field, the
// value and the fix, before anything is built or sent. Address, amount and denom rules are the client's and core's;
// what is pSTAKE's is which denom each module takes, so that uxprt sent to liquidStakeIbc or stk/uatom sent to
// liquidStake is refused with the function to use instead.
// The checks every module package shares live in the client; the ones below are this package's own.
import {
  accountArg,
  type ChainConfig,
  ClientError,
  chainOf,
  coinArg,
  decArg,
  denomArg,
  type HasChain,
  nonNegativeDecArg,
  paramsArg,
  positiveDecArg,
  validatorArg,
} from "@persistence-sdk/client";
import { type Coin, Dec } from "@persistence-sdk/core";
import { pstakeSettingsOf } from "../chains.js";

export {
  accountArg,
  chainOf,
  coinArg,
  decArg,
  denomArg,
  type HasChain,
  nonNegativeDecArg,
  paramsArg,
  positiveDecArg,
  validatorArg,
};

/** A chain id: a non-empty string of at most 50 characters without spaces (ibc-go's client chain id rule). */
export function chainIdArg(chainId: string, field = "chainId"): string {
  if (typeof chainId !== "string" || !/^[^\s]{1,50}$/.test(chainId)) {
    throw new ClientError("INVALID_ARGUMENT", "not a chain id", {
      field,
      value: chainId,
      fix: 'Pass the host chain\'s id, such as "cosmoshub-4" (getHostChains lists them).',
    });
  }
  return chainId;
}

/** A non-negative bigint counter (heights, epochs). */
export function counterArg(value: bigint, field: string, example: string): bigint {
  if (typeof value !== "bigint" || value < 0n || value > (1n << 63n) - 1n) {
    throw new ClientError("INVALID_ARGUMENT", "expected a bigint from 0 to 2^63 − 1", {
      field,
      value,
      fix: `Pass a whole number as a bigint, such as ${example}.`,
    });
  }
  return value;
}

/** A `Dec` fraction from 0 to `max` (fees and rates). */
export function fractionArg(value: Dec, field: string, max: Dec = Dec.ONE): Dec {
  decArg(value, field, "0.005");
  if (value.isNegative() || value.gt(max)) {
    throw new ClientError("RATE_OUT_OF_RANGE", `must be a fraction from 0 to ${max.toString()}`, {
      field,
      value: value.toString(),
      fix: `Fees and rates are fractions: 0.005 is 0.5% (Dec.fromString("0.005")), at most ${max.toString()}.`,
    });
  }
  return value;
}

/** `what` to call for a denom that belongs to another function: a hint for the wrong-denom errors. */
function denomHint(chain: ChainConfig, denom: string): string {
  const liquidBondDenom = pstakeSettingsOf(chain).liquidBondDenom;
  if (denom === chain.bondDenom)
    return `${denom} is liquid staked into ${liquidBondDenom} with liquidStake (x/liquidstake).`;
  if (denom === liquidBondDenom) return `${denom} is unstaked with liquidUnstake (x/liquidstake).`;
  if (denom.startsWith("ibc/"))
    return `${denom} is an IBC token: liquid stake it with liquidStakeIbc (x/liquidstakeibc).`;
  if (denom.startsWith("stk/"))
    return `${denom} is a stkASSET: unstake it with liquidUnstakeIbc or redeemIbc (x/liquidstakeibc).`;
  return "";
}

function wrongDenom(chain: ChainConfig, coin: Coin, field: string, expected: string): ClientError {
  const hint = denomHint(chain, coin.denom);
  return new ClientError("INVALID_DENOM", `this function takes ${expected}`, {
    field: `${field}.denom`,
    value: coin.denom,
    fix: hint === "" ? `Pass ${expected}.` : `${hint} This function takes ${expected}.`,
  });
}

/** The coin of a liquid stake: the chain's bond denom (uxprt). */
export function bondCoinArg(chain: ChainConfig, coin: Coin, field: string): Coin {
  const checked = coinArg(coin, field);
  if (checked.denom !== chain.bondDenom) throw wrongDenom(chain, checked, field, `${chain.bondDenom} (the bond denom)`);
  return checked;
}

/** The coin of a liquid unstake: the liquid bond denom (stk/uxprt), from the chain config or the chain's params. */
export function liquidBondCoinArg(chain: ChainConfig, coin: Coin, field: string, liquidBondDenom?: string): Coin {
  const checked = coinArg(coin, field);
  const expected = liquidBondDenom ?? pstakeSettingsOf(chain).liquidBondDenom;
  if (checked.denom !== expected) throw wrongDenom(chain, checked, field, `${expected} (stkXPRT)`);
  return checked;
}

/** `ibc/` followed by the 64 hex digits of a denom trace hash. */
const IBC_DENOM = /^ibc\/[0-9A-Fa-f]{64}$/;

/** The coin of liquidStakeIbc: a host token's IBC voucher (`ibc/HASH`). */
export function ibcCoinArg(chain: ChainConfig, coin: Coin, field: string): Coin {
  const checked = coinArg(coin, field);
  if (!IBC_DENOM.test(checked.denom)) {
    throw wrongDenom(chain, checked, field, "a host token's IBC voucher (ibc/<64 hex digits>, HostChain.ibcDenom)");
  }
  return checked;
}

/** The coin of liquidUnstakeIbc and redeemIbc: a stkASSET (`stk/<host denom>`), not stkXPRT. */
export function stkCoinArg(chain: ChainConfig, coin: Coin, field: string): Coin {
  const checked = coinArg(coin, field);
  const liquidBondDenom = pstakeSettingsOf(chain).liquidBondDenom;
  if (!checked.denom.startsWith("stk/") || checked.denom === liquidBondDenom || checked.denom.length <= 4) {
    throw wrongDenom(chain, checked, field, "a stkASSET of x/liquidstakeibc (stk/<host denom>, HostChain.mintDenom)");
  }
  return checked;
}
