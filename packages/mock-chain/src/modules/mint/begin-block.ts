// x/mint's BeginBlocker (abci.go): update inflation from the bonded ratio, annual provisions from the bond-denom
// supply, mint one block's provision and hand it to the fee collector, where distribution picks it up.
import { Dec } from "@persistence-sdk/core";
import type { Context } from "../../app/module.js";
import type { BankKeeper } from "../staking/expected-keepers.js";
import type { StakingKeeper } from "../staking/keeper.js";
import { blockProvision, nextAnnualProvisions, nextInflationRate } from "./minter.js";
import { getMinter, getMintParams, setMinter } from "./params.js";

/** The mint module account, the only one allowed to create coins. */
export const MINT_MODULE = "mint";
const FEE_COLLECTOR = "fee_collector";

export function mintBeginBlock(bank: BankKeeper, staking: StakingKeeper, ctx: Context): void {
  const params = getMintParams(ctx.store);
  const minter = getMinter(ctx.store);
  const supply = bank.getSupply(ctx, staking.bondDenom(ctx.store));
  const bondedRatio = staking.bondedRatio(ctx);
  const inflation = nextInflationRate(params, Dec.fromProto(minter.inflation), bondedRatio);
  const annualProvisions = nextAnnualProvisions(inflation, supply);
  setMinter(ctx.store, { ...minter, inflation: inflation.toProto(), annualProvisions: annualProvisions.toProto() });

  const amount = blockProvision(params, annualProvisions);
  if (amount > 0n) {
    const coins = [{ denom: params.mintDenom, amount }];
    bank.mintCoins(ctx, MINT_MODULE, coins);
    bank.sendCoinsFromModuleToModule(ctx, MINT_MODULE, FEE_COLLECTOR, coins);
  }
  ctx.events.emit("mint", {
    bonded_ratio: bondedRatio.toString(),
    inflation: inflation.toString(),
    annual_provisions: annualProvisions.toString(),
    amount: amount.toString(),
  });
}
