// The bonded and not-bonded pools are module accounts holding every staked token (x/staking/keeper/pool.go): bonded
// validators' tokens sit in the bonded pool, unbonding/unbonded validators' tokens and maturing unbondings in the
// not-bonded pool. Status changes move tokens between them; slashing burns from whichever pool holds them.
import type { Context } from "../../app/module.js";
import { type BankKeeper, BONDED_POOL, NOT_BONDED_POOL } from "./expected-keepers.js";
import { getStakingParams } from "./params.js";

function bondCoins(ctx: Context, amount: bigint) {
  return [{ denom: getStakingParams(ctx.store).bondDenom, amount }];
}

export function bondedTokensToNotBonded(bank: BankKeeper, ctx: Context, amount: bigint): void {
  if (amount > 0n) bank.sendCoinsFromModuleToModule(ctx, BONDED_POOL, NOT_BONDED_POOL, bondCoins(ctx, amount));
}

export function notBondedTokensToBonded(bank: BankKeeper, ctx: Context, amount: bigint): void {
  if (amount > 0n) bank.sendCoinsFromModuleToModule(ctx, NOT_BONDED_POOL, BONDED_POOL, bondCoins(ctx, amount));
}

export function burnBondedTokens(bank: BankKeeper, ctx: Context, amount: bigint): void {
  if (amount > 0n) bank.burnCoins(ctx, BONDED_POOL, bondCoins(ctx, amount));
}

export function burnNotBondedTokens(bank: BankKeeper, ctx: Context, amount: bigint): void {
  if (amount > 0n) bank.burnCoins(ctx, NOT_BONDED_POOL, bondCoins(ctx, amount));
}

/** Tokens in the bonded pool (`TotalBondedTokens`). */
export function totalBondedTokens(bank: BankKeeper, ctx: Context): bigint {
  return bank.getBalance(ctx, bank.moduleAddress(BONDED_POOL), getStakingParams(ctx.store).bondDenom);
}

/** Tokens in the not-bonded pool. */
export function totalNotBondedTokens(bank: BankKeeper, ctx: Context): bigint {
  return bank.getBalance(ctx, bank.moduleAddress(NOT_BONDED_POOL), getStakingParams(ctx.store).bondDenom);
}
