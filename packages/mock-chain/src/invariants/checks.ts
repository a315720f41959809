// The invariants a randomised run checks after every block, each read straight from the committed state through
// the keepers (see inspect.ts). Every check returns the violations it finds instead of throwing, so one block
// reports everything that broke at once. What each one holds, and why it must, is written above it; where a
// module's books are only equal "within the rounding rules", the rule is spelled out and the bound is exact.
import { allianceDelegationTokens, allianceRounder, Dec } from "@persistence-sdk/core";
import type { Delegation as AllianceDelegation, QueuedUndelegation } from "@persistence-sdk/proto/alliance/alliance";
import { BondStatus } from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { BatchStatus, RequestStatus } from "@persistence-sdk/proto/persistence/basketvault/v1";
import {
  Deposit_DepositState,
  LSMDeposit_LSMDepositState,
  Unbonding_UnbondingState,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import type { Context } from "../app/module.js";
import { decOf as allianceDec, assetState, delegationState, validatorState } from "../modules/alliance/convert.js";
import { AllianceKeys } from "../modules/alliance/keys.js";
import { allAssets, allValidatorInfos, type UndelegationIndexEntry } from "../modules/alliance/store.js";
import { BankKeys } from "../modules/bank/keys.js";
import { int as basketInt } from "../modules/basketvault/convert.js";
import { exportBasketVaultState, requiredModuleBalances } from "../modules/basketvault/genesis.js";
import { BasketVaultKeys, sortable } from "../modules/basketvault/keys.js";
import { type DecCoins, decCoinsFromProto } from "../modules/distribution/dec-coins.js";
import { DistributionKeys } from "../modules/distribution/keys.js";
import { DISTRIBUTION_MODULE } from "../modules/distribution/rewards.js";
import { getCommunityPool } from "../modules/distribution/store.js";
import {
  DEPOSIT_MODULE_ACCOUNT,
  ibcDenomOf,
  intOf,
  LIQUID_STAKE_IBC_MODULE,
  decOf as lsibcDec,
  mintDenomOf,
  UNDELEGATION_MODULE_ACCOUNT,
} from "../modules/liquidstakeibc/keeper.js";
import {
  allDeposits,
  allHostChains,
  allUnbondings,
  allUserUnbondings,
  lsmDepositsOf,
} from "../modules/liquidstakeibc/store.js";
import { allDelegations, allUnbondings as allStakingUnbondings } from "../modules/staking/delegation-store.js";
import { BONDED_POOL, NOT_BONDED_POOL } from "../modules/staking/expected-keepers.js";
import { tokensFromSharesTruncated } from "../modules/staking/shares.js";
import { iterateValidators } from "../modules/staking/validator-store.js";
import type { ChainKeepers } from "../node/default-modules.js";
import { canonicalStateText } from "../store/state-value.js";

/** One broken invariant. */
export interface Violation {
  /** Which invariant ("bank.supply", "alliance.module-balance", ...). */
  readonly invariant: string;
  readonly detail: string;
}

/** The names of the invariant groups, for options and reports. */
export const INVARIANT_GROUPS = [
  "bank",
  "non-negative",
  "staking",
  "distribution",
  "alliance",
  "basket",
  "liquidstake",
  "liquidstakeibc",
] as const;
export type InvariantGroup = (typeof INVARIANT_GROUPS)[number];

type Report = (invariant: string, detail: string) => void;

function add(map: Map<string, bigint>, key: string, amount: bigint): void {
  map.set(key, (map.get(key) ?? 0n) + amount);
}

// -----------------------------------------------------------------------------------------------------------------
// (1) bank: for every denom the total supply is the sum of all balances, module accounts included; balances are
// stored only when positive.

export function checkBank(ctx: Context, report: Report): Map<string, bigint> {
  const sums = new Map<string, bigint>();
  for (const [key, amount] of ctx.store.iterate<bigint>(BankKeys.balancePrefix)) {
    const rest = key.slice(BankKeys.balancePrefix.length);
    const denom = rest.slice(rest.indexOf("/") + 1);
    if (typeof amount !== "bigint" || amount <= 0n) {
      report("bank.balance", `${key} holds ${String(amount)}: balances are positive or absent`);
      continue;
    }
    add(sums, denom, amount);
  }
  const supplies = new Map<string, bigint>();
  for (const [key, amount] of ctx.store.iterate<bigint>(BankKeys.supplyPrefix)) {
    supplies.set(key.slice(BankKeys.supplyPrefix.length), amount);
  }
  for (const denom of new Set([...sums.keys(), ...supplies.keys()])) {
    const supply = supplies.get(denom) ?? 0n;
    const held = sums.get(denom) ?? 0n;
    if (supply !== held) report("bank.supply", `${denom}: supply ${supply} but balances add up to ${held}`);
    if (supply < 0n) report("bank.supply", `${denom}: negative supply ${supply}`);
  }
  return supplies;
}

// -----------------------------------------------------------------------------------------------------------------
// (2) nothing negative anywhere: every bigint, every integer or LegacyDec string and every number in every stored
// value is ≥ 0, apart from the few fields that are signed by nature (a Timestamp's seconds before 1970, Go's zero
// time; pSTAKE's lsm_bond_factor, -1 for "no cap").

const SIGNED_FIELDS = new Set(["seconds", "lsmBondFactor"]);
const NEGATIVE_INTEGER = /^-[0-9]+$/;

function scanValue(value: unknown, path: string, field: string, report: Report): void {
  switch (typeof value) {
    case "bigint":
      if (value < 0n && !SIGNED_FIELDS.has(field)) report("non-negative", `${path} = ${value}`);
      return;
    case "number":
      if (value < 0 && !SIGNED_FIELDS.has(field)) report("non-negative", `${path} = ${value}`);
      return;
    case "string":
      if (value.charCodeAt(0) === 45 && NEGATIVE_INTEGER.test(value) && !SIGNED_FIELDS.has(field)) {
        report("non-negative", `${path} = ${value}`);
      }
      return;
    case "object": {
      if (value === null || value instanceof Uint8Array) return;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) scanValue(value[i], `${path}[${i}]`, field, report);
        return;
      }
      for (const key of Object.keys(value)) {
        scanValue((value as Record<string, unknown>)[key], `${path}.${key}`, key, report);
      }
      return;
    }
    default:
      return;
  }
}

export function checkNonNegative(ctx: Context, report: Report): void {
  for (const [key, value] of ctx.store.iterate<unknown>("")) scanValue(value, key, "", report);
}

// -----------------------------------------------------------------------------------------------------------------
// (4) staking (x/staking's own invariants): the bonded pool holds exactly the tokens of the bonded validators; the
// not-bonded pool the tokens of the unbonding and unbonded validators plus every unbonding entry's balance; each
// validator's delegator shares are the sum of its delegations' shares, and no delegation has zero shares.

export function checkStaking(ctx: Context, keepers: ChainKeepers, report: Report): void {
  const { bank, staking } = keepers;
  const bondDenom = staking.bondDenom(ctx.store);
  let bonded = 0n;
  let notBonded = 0n;
  const validatorShares = new Map<string, Dec>();
  for (const [, validator] of iterateValidators(ctx.store)) {
    const tokens = BigInt(validator.tokens);
    if (validator.status === BondStatus.BONDED) bonded += tokens;
    else notBonded += tokens;
    validatorShares.set(validator.operatorAddress, Dec.fromProto(validator.delegatorShares));
  }
  for (const [, ubd] of allStakingUnbondings(ctx.store)) {
    for (const entry of ubd.entries) {
      const balance = BigInt(entry.balance);
      if (balance > BigInt(entry.initialBalance)) {
        report("staking.unbonding", `${ubd.delegatorAddress}→${ubd.validatorAddress}: balance above initial balance`);
      }
      notBonded += balance;
    }
  }
  const bondedPool = bank.getBalance(ctx, bank.moduleAddress(BONDED_POOL), bondDenom);
  const notBondedPool = bank.getBalance(ctx, bank.moduleAddress(NOT_BONDED_POOL), bondDenom);
  if (bondedPool !== bonded) {
    report("staking.pools", `bonded pool holds ${bondedPool} but bonded validators have ${bonded} tokens`);
  }
  if (notBondedPool !== notBonded) {
    report(
      "staking.pools",
      `not-bonded pool holds ${notBondedPool} but unbonded validators and unbonding entries have ${notBonded}`,
    );
  }
  const delegated = new Map<string, Dec>();
  for (const [, delegation] of allDelegations(ctx.store)) {
    const shares = Dec.fromProto(delegation.shares);
    if (!shares.isPositive()) {
      report("staking.delegation", `${delegation.delegatorAddress}→${delegation.validatorAddress}: shares ${shares}`);
    }
    delegated.set(delegation.validatorAddress, (delegated.get(delegation.validatorAddress) ?? Dec.ZERO).add(shares));
  }
  for (const [operator, shares] of validatorShares) {
    const sum = delegated.get(operator) ?? Dec.ZERO;
    if (!sum.equals(shares)) {
      report("staking.shares", `${operator}: delegator shares ${shares} but its delegations hold ${sum}`);
    }
  }
}

// -----------------------------------------------------------------------------------------------------------------
// distribution (x/distribution's ModuleAccountInvariant): the module account holds exactly the whole part of every
// validator's outstanding rewards plus the community pool.

export function checkDistribution(ctx: Context, keepers: ChainKeepers, report: Report): void {
  const expected = new Map<string, Dec>();
  const addCoins = (coins: DecCoins) => {
    for (const coin of coins) expected.set(coin.denom, (expected.get(coin.denom) ?? Dec.ZERO).add(coin.amount));
  };
  for (const [, record] of ctx.store.iterate<{ rewards: { denom: string; amount: string }[] }>(
    DistributionKeys.outstandingPrefix,
  )) {
    addCoins(decCoinsFromProto(record.rewards as never));
  }
  addCoins(getCommunityPool(ctx.store));
  const { bank } = keepers;
  const held = new Map(
    bank.getAllBalances(ctx, bank.moduleAddress(DISTRIBUTION_MODULE)).map((c) => [c.denom, c.amount] as const),
  );
  for (const denom of new Set([...expected.keys(), ...held.keys()])) {
    const owed = (expected.get(denom) ?? Dec.ZERO).truncateInt();
    const balance = held.get(denom) ?? 0n;
    if (owed !== balance) {
      report(
        "distribution.module-balance",
        `${denom}: module holds ${balance} but outstanding rewards + community pool truncate to ${owed}`,
      );
    }
  }
}

// -----------------------------------------------------------------------------------------------------------------
// (3) Alliance. Per asset a:
//  - TotalValidatorShares(a) = Σ_v ValidatorShares_v(a), and per validator TotalDelegatorShares_v(a) = Σ of its
//    delegations' shares, each up to the dust the module itself forgives: SubtractDecCoinsWithRounding clamps a
//    subtraction that overshoots by less than 1 share to zero (types/validator.go:35-47), so every clamp leaves the
//    sum and the total apart by less than one share; the bound allows one share per validator and delegation (the
//    runs so far found both sums exact).
//  - the delegations' token balances (GetDelegationTokens: truncate(value + Rounder)) add up to TotalTokens within
//    the rounding: at most n·Rounder above (n delegations), and below by less than one token per delegation (the
//    truncation) plus less than one per validator holding shares of the asset (the rounding dust a validator keeps
//    when its last delegation of the asset leaves).
//  - the alliance module account holds at least Σ_a TotalTokens(a) plus the unbonding queue's entries of a (take-rate
//    rewards paid in LSTs can sit there on top).
//  - the unbonding queue and its by-validator index describe the same entries.

export function checkAlliance(ctx: Context, keepers: ChainKeepers, report: Report): void {
  const { alliance, bank } = keepers;
  const options = alliance.mathOptions(ctx);
  const rounder = allianceRounder(options);
  const assets = allAssets(ctx.store).map(assetState);
  const infos = allValidatorInfos(ctx.store).map((state) => ({
    operator: state.validatorAddress,
    info: validatorState(state.validator!),
  }));
  const delegations = Array.from(
    ctx.store.iterate<AllianceDelegation>(AllianceKeys.delegationPrefix),
    ([, delegation]) => delegation,
  );
  const queued = new Map<string, bigint>();
  const queueEntries = new Set<string>();
  for (const [key, record] of ctx.store.iterate<QueuedUndelegation>(AllianceKeys.undelegationQueuePrefix)) {
    const completion = key.slice(
      AllianceKeys.undelegationQueuePrefix.length,
      AllianceKeys.undelegationQueuePrefix.length + 20,
    );
    for (const entry of record.entries) {
      add(queued, entry.balance?.denom ?? "", BigInt(entry.balance?.amount ?? "0"));
      queueEntries.add(
        `${BigInt(completion)}|${entry.delegatorAddress}|${entry.validatorAddress}|${entry.balance?.denom}`,
      );
    }
  }
  const indexed = new Set<string>();
  for (const [, index] of ctx.store.iterate<UndelegationIndexEntry>(AllianceKeys.undelegationIndexPrefix)) {
    const id = `${index.completionNs}|${index.delegator}|${index.validator}|${index.denom}`;
    indexed.add(id);
    if (!queueEntries.has(id)) report("alliance.unbonding-index", `index entry ${id} has no queued undelegation`);
  }
  for (const id of queueEntries) {
    if (!indexed.has(id)) report("alliance.unbonding-index", `queued undelegation ${id} is not indexed`);
  }

  const moduleAddress = alliance.moduleAddress;
  for (const asset of assets) {
    const denom = asset.denom;
    let validatorSum = Dec.ZERO;
    let holders = 0;
    for (const { info } of infos) {
      const shares = info.validatorShares[denom];
      if (shares !== undefined && !shares.isZero()) {
        validatorSum = validatorSum.add(shares);
        holders++;
      }
    }
    const ofAsset = delegations.filter((d) => d.denom === denom);
    const dust = Dec.fromInt(BigInt(infos.length + ofAsset.length));
    if (validatorSum.sub(asset.totalValidatorShares).abs().gt(dust)) {
      report(
        "alliance.validator-shares",
        `${denom}: TotalValidatorShares ${asset.totalValidatorShares} but validators hold ${validatorSum}`,
      );
    }
    let balances = 0n;
    for (const { operator, info } of infos) {
      const mine = ofAsset.filter((d) => d.validatorAddress === operator);
      const sum = mine.reduce((s, d) => s.add(allianceDec(d.shares)), Dec.ZERO);
      const total = info.totalDelegatorShares[denom] ?? Dec.ZERO;
      if (
        sum
          .sub(total)
          .abs()
          .gt(Dec.fromInt(BigInt(mine.length + 1)))
      ) {
        report(
          "alliance.delegator-shares",
          `${denom} on ${operator}: TotalDelegatorShares ${total} but its delegations hold ${sum}`,
        );
      }
      for (const d of mine) {
        balances += allianceDelegationTokens(delegationState(d).shares, info, asset, options);
      }
    }
    const above = rounder.mulInt(BigInt(ofAsset.length)).ceil().truncateInt();
    if (balances > asset.totalTokens + above) {
      report(
        "alliance.total-tokens",
        `${denom}: delegations are worth ${balances} but TotalTokens is ${asset.totalTokens} (+${above} of Rounder)`,
      );
    }
    const below = BigInt(ofAsset.length + holders);
    if (balances + below < asset.totalTokens) {
      report(
        "alliance.total-tokens",
        `${denom}: TotalTokens ${asset.totalTokens} but delegations are worth only ${balances} (allowed dust ${below})`,
      );
    }
    const held = bank.getBalance(ctx, moduleAddress, denom);
    const owed = asset.totalTokens + (queued.get(denom) ?? 0n);
    if (held < owed) {
      report("alliance.module-balance", `${denom}: module holds ${held} but TotalTokens + unbonding queue = ${owed}`);
    }
  }
  for (const denom of queued.keys()) {
    if (
      !assets.some((a) => a.denom === denom) &&
      bank.getBalance(ctx, moduleAddress, denom) < (queued.get(denom) ?? 0n)
    ) {
      report("alliance.module-balance", `${denom}: the module cannot pay the queued undelegations`);
    }
  }
}

// -----------------------------------------------------------------------------------------------------------------
// (5) basket vault, spec §10 (the per-operation ones, 3 and 6, are the runner's): (1) the share supply is S and every
// share earns for someone: the reward snapshots count each holder's balance plus escrow, which add up to S; the
// module's own share balance is exactly the PENDING requests' escrow; (2) the module holds at least idle + what cut
// batches and claimable requests owe + escrow + unpaid rewards; (4) per batch and denom Σ paid ≤ received; (5) the
// targets sum to exactly 1 (10^6 ppm, each a whole ppm); and the reward pool covers what every holder is owed. A
// basket's restaking address only passes LSTs through within one operation (and the LSTs Alliance pays it as
// rewards are booked as idle in the same end block), so it never holds any at the end of a block.

/** One ppm of a LegacyDec weight, in atomics. */
const PPM = 10n ** 12n;

export function checkBasket(ctx: Context, keepers: ChainKeepers, report: Report): void {
  const { basketVault: keeper, bank } = keepers;
  const state = exportBasketVaultState(keeper, ctx);
  const moduleAddress = keeper.moduleAddress;
  for (const basket of state.baskets) {
    const supply = bank.getSupply(ctx, basket.shareDenom);
    const snapshots = state.rewardSnapshots.filter((s) => s.basketId === basket.id);
    const counted = snapshots.reduce((sum, s) => sum + basketInt(s.shares), 0n);
    if (counted !== supply) {
      report("basket.shares", `basket ${basket.id}: S = ${supply} but the reward books count ${counted}`);
    }
    for (const snapshot of snapshots) {
      const earning = keeper.earningShares(ctx, basket, snapshot.owner);
      if (earning !== basketInt(snapshot.shares)) {
        report(
          "basket.shares",
          `basket ${basket.id}: ${snapshot.owner} earns on ${snapshot.shares} shares but holds ${earning} (balance + escrow)`,
        );
      }
    }
    const escrowed = state.requests
      .filter((r) => r.basketId === basket.id && r.status === RequestStatus.PENDING)
      .reduce((sum, r) => sum + basketInt(r.shares), 0n);
    let escrowBook = 0n;
    for (const [, amount] of ctx.store.iterate<bigint>(`${BasketVaultKeys.escrowPrefix}${sortable(basket.id)}/`)) {
      escrowBook += amount;
    }
    const moduleShares = bank.getBalance(ctx, moduleAddress, basket.shareDenom);
    if (escrowed !== moduleShares || escrowBook !== escrowed) {
      report(
        "basket.escrow",
        `basket ${basket.id}: PENDING requests escrow ${escrowed}, escrow book ${escrowBook}, module holds ${moduleShares} shares`,
      );
    }
    const targets = basket.constituents.reduce((sum, c) => sum + BigInt(c.targetWeight || "0"), 0n);
    if (targets !== 10n ** 18n)
      report("basket.targets", `basket ${basket.id}: targets sum to ${Dec.fromAtomics(targets)}`);
    for (const c of basket.constituents) {
      if (BigInt(c.targetWeight || "0") % PPM !== 0n) {
        report(
          "basket.targets",
          `basket ${basket.id}: ${c.denom}'s target ${Dec.fromProto(c.targetWeight)} is not whole ppm`,
        );
      }
    }
    let owed = 0n;
    for (const snapshot of snapshots) owed += keeper.pendingRewards(ctx.store, basket, snapshot.owner).owed;
    const unpaid = basketInt(basket.rewards?.unpaid ?? "");
    if (owed > unpaid) {
      report("basket.rewards", `basket ${basket.id}: holders are owed ${owed} but the pool's unpaid is ${unpaid}`);
    }
    const restake = keeper.restakeAddress(basket.id);
    for (const c of basket.constituents) {
      const stray = bank.getBalance(ctx, restake, c.denom);
      if (stray !== 0n) {
        report("basket.restaking", `basket ${basket.id}: its restaking address holds ${stray} ${c.denom} at block end`);
      }
    }
  }
  for (const [denom, amount] of requiredModuleBalances(state)) {
    const held = bank.getBalance(ctx, moduleAddress, denom);
    if (held < amount) report("basket.module-balance", `module holds ${held} ${denom} but its books need ${amount}`);
  }
  for (const batch of state.batches) {
    if (batch.status !== BatchStatus.CLAIMABLE) continue;
    const paid = new Map<string, bigint>();
    for (const request of state.requests) {
      if (request.batchId !== batch.id) continue;
      for (const coin of request.paid) add(paid, coin.denom, BigInt(coin.amount));
    }
    for (const [denom, amount] of paid) {
      const received = BigInt(batch.received.find((c) => c.denom === denom)?.amount ?? "0");
      if (amount > received)
        report("basket.batch", `batch ${batch.id}: pays ${amount} ${denom} of ${received} received`);
    }
  }
}

/** The exact value per share (A + VA)/(S + VS) of every basket, as a fraction of bigints (A in 10^-18 units). */
export function basketValuesPerShare(
  ctx: Context,
  keepers: ChainKeepers,
): Map<bigint, { readonly num: bigint; readonly den: bigint }> {
  const out = new Map<bigint, { num: bigint; den: bigint }>();
  for (const basket of keepers.basketVault.baskets(ctx.store)) {
    const valuation = keepers.basketVault.valuation(ctx, basket);
    const vs = 10n ** BigInt(basket.virtualOffset);
    out.set(basket.id, { num: valuation.nav.atomics + 10n ** 18n, den: (valuation.shares + vs) * 10n ** 18n });
  }
  return out;
}

// -----------------------------------------------------------------------------------------------------------------
// (6) liquidstake (stkXPRT): NetAmount recomputed from x/staking (the proxy account's delegations valued with
// TokensFromSharesTruncated, plus its unbonding entries) is what the module's NetAmountState reports; the stkXPRT
// supply is the bank's; the mint rate is supply.QuoTruncate(NetAmount) as core computes it; and stkXPRT in
// circulation is backed by something (NetAmount > 0 whenever the supply is).

export function checkLiquidStake(ctx: Context, keepers: ChainKeepers, report: Report): void {
  const { liquidStake, staking, bank } = keepers;
  const nas = liquidStake.netAmountState(ctx);
  let liquid = 0n;
  for (const delegation of staking.delegatorDelegations(ctx.store, liquidStake.proxyAddress)) {
    const shares = Dec.fromProto(delegation.shares);
    if (!shares.isPositive()) continue;
    const validator = staking.validator(ctx.store, delegation.validatorAddress);
    if (validator !== undefined) liquid += tokensFromSharesTruncated(validator, shares).truncateInt();
  }
  let unbonding = 0n;
  for (const [, ubd] of allStakingUnbondings(ctx.store)) {
    if (ubd.delegatorAddress !== liquidStake.proxyAddress) continue;
    for (const entry of ubd.entries) unbonding += BigInt(entry.balance);
  }
  const net = Dec.fromInt(liquid + unbonding);
  if (!nas.netAmount.equals(net)) report("liquidstake.net-amount", `NetAmount ${nas.netAmount}, recomputed ${net}`);
  const denom = liquidStake.params(ctx.store).liquidBondDenom;
  const supply = bank.getSupply(ctx, denom);
  if (nas.stkxprtTotalSupply !== supply) {
    report("liquidstake.supply", `NetAmountState supply ${nas.stkxprtTotalSupply}, bank supply ${supply}`);
  }
  const rate = net.isPositive() ? Dec.fromInt(supply).quoTruncate(net) : Dec.ZERO;
  if (!nas.mintRate.equals(rate)) report("liquidstake.mint-rate", `mint rate ${nas.mintRate}, expected ${rate}`);
  if (supply > 0n && !net.isPositive()) report("liquidstake.backing", `${supply} ${denom} but NetAmount is ${net}`);
}

/** stkXPRT's NetAmount and supply, for the runner's value-per-token check. */
export function liquidStakeValue(
  ctx: Context,
  keepers: ChainKeepers,
): { readonly net: bigint; readonly supply: bigint } {
  const nas = keepers.liquidStake.netAmountState(ctx);
  return { net: nas.netAmount.truncateInt(), supply: nas.stkxprtTotalSupply };
}

// -----------------------------------------------------------------------------------------------------------------
// liquidstakeibc (stkATOM over the simulated host): the deposit module account holds exactly the host-token vouchers
// of the deposits still on Persistence (PENDING, SENT) and the LSM vouchers of the LSM deposits not yet sent; the
// undelegation account holds exactly the stk tokens of the unbondings not yet undelegated (burned at the unbonding
// epoch) and the vouchers of the CLAIMABLE ones; an epoch's unbonding is the sum of its users' unbondings; the
// liquidstakeibc module account never keeps stk (instant redemptions burn what the fee does not take); an active
// host chain's c-value sits strictly inside its limits.

export function checkLiquidStakeIbc(ctx: Context, keepers: ChainKeepers, report: Report): void {
  const { bank } = keepers;
  const deposit = bank.moduleAddress(DEPOSIT_MODULE_ACCOUNT);
  const undelegation = bank.moduleAddress(UNDELEGATION_MODULE_ACCOUNT);
  const moduleAccount = bank.moduleAddress(LIQUID_STAKE_IBC_MODULE);
  const deposits = allDeposits(ctx.store);
  const unbondings = allUnbondings(ctx.store);
  const users = allUserUnbondings(ctx.store);
  for (const hc of allHostChains(ctx.store)) {
    const ibc = ibcDenomOf(hc);
    const stk = mintDenomOf(hc);
    const onPersistence = deposits
      .filter(
        (d) =>
          d.chainId === hc.chainId &&
          (d.state === Deposit_DepositState.DEPOSIT_PENDING || d.state === Deposit_DepositState.DEPOSIT_SENT),
      )
      .reduce((sum, d) => sum + intOf(d.amount?.amount), 0n);
    const heldIbc = bank.getBalance(ctx, deposit, ibc);
    if (heldIbc !== onPersistence) {
      report(
        "liquidstakeibc.deposits",
        `${hc.chainId}: deposit account holds ${heldIbc} ${ibc}, deposits ${onPersistence}`,
      );
    }
    const lsm = new Map<string, bigint>();
    for (const d of lsmDepositsOf(ctx.store, hc.chainId)) {
      if (d.state === LSMDeposit_LSMDepositState.DEPOSIT_PENDING)
        add(lsm, d.ibcDenom, lsibcDec(d.shares).truncateInt());
    }
    for (const [denom, amount] of lsm) {
      const held = bank.getBalance(ctx, deposit, denom);
      if (held !== amount)
        report("liquidstakeibc.lsm", `${hc.chainId}: deposit account holds ${held} ${denom}, LSM deposits ${amount}`);
    }
    let toBurn = 0n;
    let claimable = 0n;
    for (const u of unbondings.filter((x) => x.chainId === hc.chainId)) {
      if (u.state === Unbonding_UnbondingState.UNBONDING_PENDING) toBurn += intOf(u.burnAmount?.amount);
      if (u.state === Unbonding_UnbondingState.UNBONDING_CLAIMABLE) claimable += intOf(u.unbondAmount?.amount);
      const mine = users.filter((x) => x.chainId === hc.chainId && x.epochNumber === u.epochNumber);
      const unbond = mine.reduce((sum, x) => sum + intOf(x.unbondAmount?.amount), 0n);
      if (unbond !== intOf(u.unbondAmount?.amount)) {
        report(
          "liquidstakeibc.unbondings",
          `${hc.chainId} epoch ${u.epochNumber}: unbonding of ${u.unbondAmount?.amount} but its users are owed ${unbond}`,
        );
      }
      if (u.state !== Unbonding_UnbondingState.UNBONDING_CLAIMABLE) {
        const burn = mine.reduce((sum, x) => sum + intOf(x.stkAmount?.amount), 0n);
        if (burn !== intOf(u.burnAmount?.amount)) {
          report(
            "liquidstakeibc.unbondings",
            `${hc.chainId} epoch ${u.epochNumber}: burns ${u.burnAmount?.amount} but its users gave ${burn}`,
          );
        }
      }
    }
    for (const x of users.filter((y) => y.chainId === hc.chainId)) {
      if (!unbondings.some((u) => u.chainId === hc.chainId && u.epochNumber === x.epochNumber)) {
        report(
          "liquidstakeibc.unbondings",
          `${hc.chainId}: ${x.address}'s unbonding of epoch ${x.epochNumber} has no epoch record`,
        );
      }
    }
    const heldStk = bank.getBalance(ctx, undelegation, stk);
    if (heldStk !== toBurn) {
      report(
        "liquidstakeibc.undelegation-account",
        `${hc.chainId}: holds ${heldStk} ${stk}, unbondings to burn ${toBurn}`,
      );
    }
    const heldClaims = bank.getBalance(ctx, undelegation, ibc);
    if (heldClaims !== claimable) {
      report(
        "liquidstakeibc.undelegation-account",
        `${hc.chainId}: holds ${heldClaims} ${ibc}, claimable ${claimable}`,
      );
    }
    const stray = bank.getBalance(ctx, moduleAccount, stk);
    if (stray !== 0n) report("liquidstakeibc.module-account", `${hc.chainId}: module account keeps ${stray} ${stk}`);
    if (hc.active) {
      const c = lsibcDec(hc.cValue);
      const lower = lsibcDec(hc.params?.lowerCValueLimit);
      const upper = lsibcDec(hc.params?.upperCValueLimit);
      if (!(lower.lt(c) && c.lt(upper))) {
        report("liquidstakeibc.c-value", `${hc.chainId} is active with c-value ${c} outside (${lower}, ${upper})`);
      }
    }
    for (const v of hc.validators) {
      if (intOf(v.delegatedAmount) < 0n) report("liquidstakeibc.host", `${hc.chainId}: ${v.operatorAddress} negative`);
    }
  }
}

// -----------------------------------------------------------------------------------------------------------------

/** Runs the chosen invariant groups on `ctx`; returns every violation. */
export function checkInvariants(
  ctx: Context,
  keepers: ChainKeepers,
  groups: ReadonlySet<InvariantGroup> = new Set(INVARIANT_GROUPS),
): Violation[] {
  const violations: Violation[] = [];
  const report: Report = (invariant, detail) => {
    violations.push({ invariant, detail });
  };
  const run = (group: InvariantGroup, check: () => void) => {
    if (!groups.has(group)) return;
    try {
      check();
    } catch (error) {
      report(`${group}.error`, error instanceof Error ? (error.stack ?? error.message) : String(error));
    }
  };
  run("bank", () => checkBank(ctx, report));
  run("non-negative", () => checkNonNegative(ctx, report));
  run("staking", () => checkStaking(ctx, keepers, report));
  run("distribution", () => checkDistribution(ctx, keepers, report));
  run("alliance", () => checkAlliance(ctx, keepers, report));
  run("basket", () => checkBasket(ctx, keepers, report));
  run("liquidstake", () => checkLiquidStake(ctx, keepers, report));
  run("liquidstakeibc", () => checkLiquidStakeIbc(ctx, keepers, report));
  return violations;
}

/** The whole state as key → canonical text, to compare two runs of a block. */
export function stateDump(ctx: Context): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of ctx.store.iterate<unknown>("")) out.set(key, canonicalStateText(value, key));
  return out;
}

/** The keys whose values differ between two dumps (at most `limit`). */
export function dumpDifferences(a: Map<string, string>, b: Map<string, string>, limit = 20): string[] {
  const out: string[] = [];
  for (const key of new Set([...a.keys(), ...b.keys()])) {
    if (a.get(key) === b.get(key)) continue;
    out.push(`${key}: ${a.get(key) ?? "(absent)"} ≠ ${b.get(key) ?? "(absent)"}`);
    if (out.length >= limit) break;
  }
  return out;
}
