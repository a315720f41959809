// The restaking interface over the mock chain's x/alliance keeper. Delegate, undelegate and reward claims are the
// keeper's own operations (the same code MsgDelegate, MsgUndelegate and MsgClaimDelegationRewards run); balances are
// read the way the alliance queries read them (GetDelegationTokens with the version's Rounder, the undelegation
// queue's entries, which slashing lowers).
import { allianceDelegationTokens } from "@persistence-sdk/core";
import type { Delegation, QueuedUndelegation } from "@persistence-sdk/proto/alliance/alliance";
import type { Context } from "../../app/module.js";
import { assetState, delegationState } from "../alliance/convert.js";
import type { AllianceKeeper } from "../alliance/keeper.js";
import { AllianceKeys } from "../alliance/keys.js";
import { getAsset, undelegationIndexEntries } from "../alliance/store.js";
import type { Coin } from "../bank/coins.js";
import type { BasketRestaking, RestakingDelegation, RestakingUnbonding } from "./restaking.js";

/** `BasketRestaking` through an `AllianceKeeper`. */
export class AllianceRestaking implements BasketRestaking {
  constructor(readonly alliance: AllianceKeeper) {}

  delegate(ctx: Context, delegator: string, validator: string, coin: Coin): void {
    this.alliance.delegate(ctx, delegator, validator, coin);
  }

  undelegate(ctx: Context, delegator: string, validator: string, coin: Coin): { readonly completionTimeNs: bigint } {
    return { completionTimeNs: this.alliance.undelegate(ctx, delegator, validator, coin) };
  }

  delegations(ctx: Context, delegator: string, denom: string): RestakingDelegation[] {
    const out: RestakingDelegation[] = [];
    for (const [, delegation] of ctx.store.iterate<Delegation>(AllianceKeys.delegationsOf(delegator))) {
      if (delegation.denom !== denom) continue;
      const asset = getAsset(ctx.store, denom);
      if (asset === undefined) continue;
      const info = this.alliance.allianceValidator(ctx, delegation.validatorAddress).info;
      const balance = allianceDelegationTokens(
        delegationState(delegation).shares,
        info,
        assetState(asset),
        this.alliance.mathOptions(ctx),
      );
      out.push({ validator: delegation.validatorAddress, denom, balance });
    }
    return out;
  }

  unbondings(ctx: Context, delegator: string, denom: string): RestakingUnbonding[] {
    const out: RestakingUnbonding[] = [];
    const seen = new Set<string>();
    for (const index of undelegationIndexEntries(ctx.store, AllianceKeys.undelegationIndexPrefix)) {
      if (index.delegator !== delegator || index.denom !== denom) continue;
      const queueKey = AllianceKeys.undelegationQueue(index.completionNs, index.delegator);
      const seenKey = `${queueKey}|${index.validator}`;
      if (seen.has(seenKey)) continue;
      seen.add(seenKey);
      for (const entry of ctx.store.get<QueuedUndelegation>(queueKey)?.entries ?? []) {
        if (entry.validatorAddress !== index.validator || entry.balance?.denom !== denom) continue;
        out.push({
          validator: index.validator,
          denom,
          balance: BigInt(entry.balance.amount),
          completionTimeNs: index.completionNs,
        });
      }
    }
    return out;
  }

  claimRewards(ctx: Context, delegator: string, validator: string, denom: string): readonly Coin[] {
    return this.alliance.claimDelegationRewards(ctx, delegator, validator, denom);
  }
}

/** The basket vault's restaking over an Alliance keeper. */
export function allianceRestaking(alliance: AllianceKeeper): BasketRestaking {
  return new AllianceRestaking(alliance);
}
