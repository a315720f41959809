// Reward allocation (x/distribution/keeper/allocation.go): each begin block the fee collector's whole balance (fees of
// the last block plus what mint just minted) moves to the distribution module; the community tax is kept back, each
// bonded validator gets a share by voting power (truncated), commission goes to the validator, the rest to its
// delegators' current period, and all rounding dust lands in the community pool.
import { Dec } from "@persistence-sdk/core";
import type { Validator } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import type { Context } from "../../app/module.js";
import type { BankKeeper } from "../staking/expected-keepers.js";
import type { StakingKeeper } from "../staking/keeper.js";
import { commissionRate } from "../staking/shares.js";
import {
  addDecCoins,
  type DecCoins,
  decCoinsFromCoins,
  decCoinsString,
  mulDec,
  mulDecTruncate,
  subDecCoins,
} from "./dec-coins.js";
import { getDistributionParams } from "./params.js";
import { DISTRIBUTION_MODULE } from "./rewards.js";
import {
  getAccumulatedCommission,
  getCommunityPool,
  getCurrentRewards,
  getOutstandingRewards,
  setAccumulatedCommission,
  setCommunityPool,
  setCurrentRewards,
  setOutstandingRewards,
} from "./store.js";

/** The module account the ante handler pays fees into and mint mints into. */
export const FEE_COLLECTOR = "fee_collector";

/** `AllocateTokensToValidator`: commission (rounded Mul) to the validator, the rest to the current period. */
export function allocateTokensToValidator(ctx: Context, validator: Validator, tokens: DecCoins): void {
  const operator = validator.operatorAddress;
  const commission = mulDec(tokens, commissionRate(validator));
  const shared = subDecCoins(tokens, commission);

  ctx.events.emit("commission", { amount: decCoinsString(commission), validator: operator });
  setAccumulatedCommission(ctx.store, operator, addDecCoins(getAccumulatedCommission(ctx.store, operator), commission));
  const current = getCurrentRewards(ctx.store, operator);
  setCurrentRewards(ctx.store, operator, addDecCoins(current.rewards, shared), current.period);

  ctx.events.emit("rewards", { amount: decCoinsString(tokens), validator: operator });
  setOutstandingRewards(ctx.store, operator, addDecCoins(getOutstandingRewards(ctx.store, operator), tokens));
}

/** `AllocateTokens` over the last committed bonded set (every validator "voted": the mock has no absent signers). */
export function allocateTokens(bank: BankKeeper, staking: StakingKeeper, ctx: Context): void {
  const collected = bank.getAllBalances(ctx, bank.moduleAddress(FEE_COLLECTOR)).filter((coin) => coin.amount > 0n);
  if (collected.length > 0) bank.sendCoinsFromModuleToModule(ctx, FEE_COLLECTOR, DISTRIBUTION_MODULE, collected);
  const fees = decCoinsFromCoins(collected);

  const totalPower = staking.lastTotalPower(ctx.store);
  if (totalPower === 0n) {
    setCommunityPool(ctx.store, addDecCoins(getCommunityPool(ctx.store), fees));
    return;
  }

  const communityTax = Dec.fromProto(getDistributionParams(ctx.store).communityTax);
  const forValidators = mulDecTruncate(fees, Dec.ONE.sub(communityTax));
  let remaining = fees;
  for (const { validator, power } of staking.bondedValidators(ctx.store)) {
    const powerFraction = Dec.fromInt(power).quoTruncate(Dec.fromInt(totalPower));
    const reward = mulDecTruncate(forValidators, powerFraction);
    allocateTokensToValidator(ctx, validator, reward);
    remaining = subDecCoins(remaining, reward);
  }
  setCommunityPool(ctx.store, addDecCoins(getCommunityPool(ctx.store), remaining));
}
