// What a randomised run does: a view of the state the generators draw from (read once per block through the
// inspector), the action generators (each a real Msg signed by a devnet key, drawn with amounts that are mostly
// valid and sometimes not: more than the balance, below a minimum, a stale rate, someone else's request...), and the
// block kinds (an ordinary block, a time jump, or a control operation: a slash, a rate move, a c-value move, an
// epoch). Many actions are expected to fail; the runner checks that a failure leaves no trace.
import { allianceDelegationTokens, Dec } from "@persistence-sdk/core";
import {
  type Delegation as AllianceDelegation,
  MsgDelegateSchema as AllianceMsgDelegateSchema,
  MsgRedelegateSchema as AllianceMsgRedelegateSchema,
  MsgUndelegateSchema as AllianceMsgUndelegateSchema,
  MsgClaimDelegationRewardsSchema,
  MsgCreateAllianceSchema,
  MsgDeleteAllianceSchema,
  MsgUpdateAllianceSchema,
} from "@persistence-sdk/proto/alliance/alliance";
import { MsgSendSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { MsgWithdrawDelegatorRewardSchema } from "@persistence-sdk/proto/cosmos/distribution/v1beta1";
import {
  BondStatus,
  MsgBeginRedelegateSchema,
  MsgDelegateSchema,
  MsgUndelegateSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import {
  BasketStatus,
  ConstituentStatus,
  MsgCancelRedeemSchema,
  MsgClaimRewardsSchema,
  MsgClaimSchema,
  MsgCutBatchSchema,
  MsgDepositSchema,
  MsgHarvestSchema,
  MsgInstantRedeemSchema,
  MsgPauseSchema,
  MsgPostMetricsSchema,
  MsgPostRatesSchema,
  MsgRequestRedeemSchema,
  MsgResolveRateSchema,
  MsgSyncHoldingsSchema,
  MsgUnpauseSchema,
  RateDirection,
  RedeemMode,
  RequestStatus,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import {
  MsgLiquidStakeSchema as LiquidStakeMsgSchema,
  MsgLiquidUnstakeSchema as LiquidUnstakeMsgSchema,
  MsgStakeToLPSchema,
} from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import {
  Deposit_DepositState,
  MsgLiquidStakeSchema as IbcLiquidStakeMsgSchema,
  MsgLiquidUnstakeSchema as IbcLiquidUnstakeMsgSchema,
  MsgRedeemSchema as IbcRedeemMsgSchema,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import type { Context } from "../app/module.js";
import { assetState, delegationState } from "../modules/alliance/convert.js";
import { AllianceKeys } from "../modules/alliance/keys.js";
import { allAssets } from "../modules/alliance/store.js";
import { dec as basketDec, nanosOf } from "../modules/basketvault/convert.js";
import { ibcDenomOf, mintDenomOf } from "../modules/liquidstakeibc/keeper.js";
import { allDeposits, allHostChains } from "../modules/liquidstakeibc/store.js";
import { allDelegations, allUnbondings } from "../modules/staking/delegation-store.js";
import { tokensFromShares } from "../modules/staking/shares.js";
import { iterateValidators } from "../modules/staking/validator-store.js";
import type { ChainKeepers } from "../node/default-modules.js";
import type { Prng } from "./prng.js";
import { type TxMessage, txMessage } from "./signer.js";

const NS = 1_000_000_000n;
const DAY = 86_400n;

// ---------------------------------------------------------------------------------------------------------------
// The view

export interface AccountView {
  readonly index: number;
  readonly address: string;
  readonly accountNumber: bigint;
  readonly sequence: bigint;
  readonly balances: ReadonlyMap<string, bigint>;
}

export interface ConstituentView {
  readonly denom: string;
  readonly direction: RateDirection;
  readonly status: ConstituentStatus;
  readonly raw: Dec;
  readonly sourceTimeNs: bigint;
}

export interface BasketView {
  readonly id: bigint;
  readonly shareDenom: string;
  readonly status: BasketStatus;
  readonly constituents: readonly ConstituentView[];
  readonly requests: readonly { readonly id: bigint; readonly owner: string; readonly status: RequestStatus }[];
  readonly lastCutNs: bigint;
  readonly epochSeconds: bigint;
}

export interface HostChainView {
  readonly chainId: string;
  readonly ibcDenom: string;
  readonly stkDenom: string;
  readonly active: boolean;
  readonly cValue: Dec;
  readonly minimumDeposit: bigint;
  readonly minted: bigint;
  readonly pendingDeposits: bigint;
}

/** What the generators know of the chain at the start of a block. */
export interface ChainView {
  readonly height: bigint;
  readonly timeNs: bigint;
  /** Devnet accounts 0..9 and the authority (index 10), by index. */
  readonly accounts: ReadonlyMap<number, AccountView>;
  readonly bondDenom: string;
  readonly validators: readonly {
    readonly operator: string;
    readonly status: BondStatus;
    readonly jailed: boolean;
  }[];
  readonly delegations: readonly { readonly delegator: number; readonly validator: string; readonly tokens: bigint }[];
  /** Unbonding entries per "delegator|validator" (x/staking allows 7). */
  readonly unbondingEntries: ReadonlyMap<string, number>;
  readonly allianceAssets: readonly {
    readonly denom: string;
    readonly rewardWeight: Dec;
    readonly takeRate: Dec;
  }[];
  readonly allianceDelegations: readonly {
    readonly delegator: number;
    readonly validator: string;
    readonly denom: string;
    readonly balance: bigint;
  }[];
  readonly stkXprtDenom: string;
  readonly liquidStakeMinimum: bigint;
  readonly hostChains: readonly HostChainView[];
  readonly baskets: readonly BasketView[];
}

/** Reads the view from a context of the latest state. `accounts` maps devnet indexes to addresses. */
export function readView(ctx: Context, keepers: ChainKeepers, accounts: ReadonlyMap<number, string>): ChainView {
  const { auth, bank, staking, alliance, liquidStake, basketVault } = keepers;
  const byAddress = new Map([...accounts].map(([index, address]) => [address, index] as const));
  const accountViews = new Map<number, AccountView>();
  for (const [index, address] of accounts) {
    const account = auth.getAccount(ctx.store, address) as
      | { accountNumber?: bigint; sequence?: bigint; baseAccount?: { accountNumber: bigint; sequence: bigint } }
      | undefined;
    const base = account?.baseAccount ?? account;
    accountViews.set(index, {
      index,
      address,
      accountNumber: base?.accountNumber ?? 0n,
      sequence: base?.sequence ?? 0n,
      balances: new Map(bank.getAllBalances(ctx, address).map((c) => [c.denom, c.amount] as const)),
    });
  }
  const validators = Array.from(iterateValidators(ctx.store), ([, v]) => ({
    operator: v.operatorAddress,
    status: v.status,
    jailed: v.jailed,
    validator: v,
  }));
  const delegations: { delegator: number; validator: string; tokens: bigint }[] = [];
  for (const [, d] of allDelegations(ctx.store)) {
    const index = byAddress.get(d.delegatorAddress);
    if (index === undefined) continue;
    const validator = validators.find((v) => v.operator === d.validatorAddress)?.validator;
    if (validator === undefined) continue;
    delegations.push({
      delegator: index,
      validator: d.validatorAddress,
      tokens: tokensFromShares(validator, Dec.fromProto(d.shares)).truncateInt(),
    });
  }
  const unbondingEntries = new Map<string, number>();
  for (const [, ubd] of allUnbondings(ctx.store)) {
    unbondingEntries.set(`${ubd.delegatorAddress}|${ubd.validatorAddress}`, ubd.entries.length);
  }
  const options = alliance.mathOptions(ctx);
  const assets = allAssets(ctx.store).map(assetState);
  const allianceDelegations: { delegator: number; validator: string; denom: string; balance: bigint }[] = [];
  for (const [, d] of ctx.store.iterate<AllianceDelegation>(AllianceKeys.delegationPrefix)) {
    const index = byAddress.get(d.delegatorAddress);
    const asset = assets.find((a) => a.denom === d.denom);
    if (index === undefined || asset === undefined) continue;
    const info = alliance.validatorInfo(ctx, d.validatorAddress);
    allianceDelegations.push({
      delegator: index,
      validator: d.validatorAddress,
      denom: d.denom,
      balance: allianceDelegationTokens(delegationState(d).shares, info, asset, options),
    });
  }
  const lsParams = liquidStake.params(ctx.store);
  const deposits = allDeposits(ctx.store);
  const hostChains = allHostChains(ctx.store).map((hc) => ({
    chainId: hc.chainId,
    ibcDenom: ibcDenomOf(hc),
    stkDenom: mintDenomOf(hc),
    active: hc.active,
    cValue: hc.cValue === "" ? Dec.ZERO : Dec.fromProto(hc.cValue),
    minimumDeposit: hc.minimumDeposit === "" ? 0n : BigInt(hc.minimumDeposit),
    minted: bank.getSupply(ctx, mintDenomOf(hc)),
    pendingDeposits: deposits
      .filter((d) => d.chainId === hc.chainId && d.state === Deposit_DepositState.DEPOSIT_PENDING)
      .reduce((sum, d) => sum + BigInt(d.amount?.amount || "0"), 0n),
  }));
  const state = [...basketVault.baskets(ctx.store)];
  const baskets = state.map((basket) => ({
    id: basket.id,
    shareDenom: basket.shareDenom,
    status: basket.status,
    constituents: basket.constituents.map((c) => ({
      denom: c.denom,
      direction: c.direction,
      status: c.status,
      raw: basketDec(c.raw),
      sourceTimeNs: nanosOf(c.sourceTime),
    })),
    requests: Array.from(
      ctx.store.iterate<{ id: bigint; basketId: bigint; owner: string; status: RequestStatus }>("basketvault/request/"),
    )
      .map(([, r]) => r)
      .filter(
        (r) => r.basketId === basket.id && (r.status === RequestStatus.PENDING || r.status === RequestStatus.CLAIMABLE),
      )
      .map((r) => ({ id: r.id, owner: r.owner, status: r.status })),
    lastCutNs: nanosOf(basket.lastCutTime),
    epochSeconds: basket.config?.epochSeconds ?? DAY,
  }));
  return {
    height: ctx.height,
    timeNs: ctx.time.ns,
    accounts: accountViews,
    bondDenom: staking.bondDenom(ctx.store),
    validators: validators.map(({ operator, status, jailed }) => ({ operator, status, jailed })),
    delegations,
    unbondingEntries,
    allianceAssets: assets.map((a) => ({ denom: a.denom, rewardWeight: a.rewardWeight, takeRate: a.takeRate })),
    allianceDelegations,
    stkXprtDenom: lsParams.liquidBondDenom,
    liquidStakeMinimum: lsParams.minLiquidStakeAmount === "" ? 0n : BigInt(lsParams.minLiquidStakeAmount),
    hostChains,
    baskets,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Actions

/** A tx the runner signs and broadcasts. */
export interface PlannedTx {
  /** The action's name (an ActionKind, or the name of a run's extra action). */
  readonly kind: string;
  /** The devnet index of the signer (0..9 users, 10 the authority). */
  readonly signer: number;
  readonly messages: readonly TxMessage[];
}

/** Every action kind a run draws from, with its default weight (the action mix). */
export const DEFAULT_ACTION_MIX = {
  "bank.send": 6,
  "staking.delegate": 4,
  "staking.undelegate": 3,
  "staking.redelegate": 2,
  "distribution.withdraw": 1.5,
  "alliance.delegate": 7,
  "alliance.undelegate": 3,
  "alliance.redelegate": 2,
  "alliance.claim": 2,
  "alliance.update": 0.7,
  "alliance.create": 0.15,
  "alliance.delete": 0.1,
  "liquidstake.stake": 3,
  "liquidstake.unstake": 2,
  "liquidstake.stakeToLp": 1,
  "liquidstakeibc.stake": 3,
  "liquidstakeibc.unstake": 2,
  "liquidstakeibc.redeem": 1.5,
  "basket.deposit": 8,
  "basket.request": 3,
  "basket.cancel": 1,
  "basket.cut": 1.5,
  "basket.claim": 2,
  "basket.instant": 2,
  "basket.harvest": 1,
  "basket.claimRewards": 1,
  "basket.sync": 1,
  "basket.postRates": 3,
  "basket.postMetrics": 0.4,
  "basket.resolveRate": 1,
  "basket.pause": 0.1,
} as const satisfies Record<string, number>;

export type ActionKind = keyof typeof DEFAULT_ACTION_MIX;
export type ActionMix = Record<ActionKind, number>;

/** Actions that can change a basket's value per share on purpose (so a block with one is not a "flow" block). */
export const BASKET_REPRICING: ReadonlySet<string> = new Set<ActionKind>([
  "basket.sync",
  "basket.postRates",
  "basket.resolveRate",
]);
/** Actions that move basket value between holders and the vault (compared before and after). */
export const BASKET_FLOWS: ReadonlySet<string> = new Set<ActionKind>([
  "basket.deposit",
  "basket.request",
  "basket.cancel",
  "basket.cut",
  "basket.claim",
  "basket.instant",
]);

const USERS = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
const AUTHORITY = 10;
const FEEDER = 9;

function balanceOf(view: ChainView, index: number, denom: string): bigint {
  return view.accounts.get(index)?.balances.get(denom) ?? 0n;
}

/** Mostly an amount within `available`, sometimes just above it (the action should then fail). */
function amountWithin(rng: Prng, available: bigint, overshoot = 0.06): bigint {
  if (rng.chance(overshoot)) return available + rng.bigint(1n, available / 10n + 1n);
  const amount = rng.amount(available);
  return amount > 0n ? amount : 1n;
}

function coin(denom: string, amount: bigint) {
  return { denom, amount: amount.toString() };
}

function addressOf(view: ChainView, index: number): string {
  return view.accounts.get(index)!.address;
}

function userWith(rng: Prng, view: ChainView, denom: string): number {
  const holders = USERS.filter((i) => balanceOf(view, i, denom) > 0n);
  return holders.length > 0 && rng.chance(0.92) ? rng.pick(holders) : rng.pick(USERS);
}

/** A new raw rate for a constituent, moved in value by `factor` (value = raw, or 1/raw for LST_PER_UNDERLYING). */
export function movedRaw(c: ConstituentView, valueFactor: Dec): Dec {
  return c.direction === RateDirection.LST_PER_UNDERLYING ? c.raw.quo(valueFactor) : c.raw.mul(valueFactor);
}

/** A value factor for a rate post: mostly the small daily rise a staking token earns, sometimes a drop or a crash. */
export function rateFactor(rng: Prng, elapsedNs: bigint): Dec {
  const r = rng.next();
  const days = Number(elapsedNs) / 86_400e9;
  if (r < 0.7) {
    // Up to the guard's allowance (0.2 %/day), sometimes a little above it (rejected, not failed).
    const up = Math.min(0.0022 * Math.max(days, 0.001) * rng.next(), 0.05);
    return Dec.fromString((1 + up).toFixed(12));
  }
  if (r < 0.82) return Dec.ONE;
  if (r < 0.95) return Dec.fromString((1 - 0.019 * rng.next()).toFixed(12));
  return Dec.fromString((1 - (0.03 + 0.1 * rng.next())).toFixed(12));
}

/** Draws one tx from the view, or undefined when the action has nothing to act on. */
export type Generator = (rng: Prng, view: ChainView) => PlannedTx | undefined;

export const GENERATORS: Record<ActionKind, Generator> = {
  "bank.send": (rng, view) => {
    const denoms = [
      view.bondDenom,
      view.stkXprtDenom,
      ...view.allianceAssets.map((a) => a.denom),
      ...view.hostChains.map((h) => h.ibcDenom),
      ...view.baskets.map((b) => b.shareDenom),
    ];
    const denom = rng.pick(denoms);
    const from = userWith(rng, view, denom);
    let to = rng.pick(USERS);
    if (to === from) to = (to + 1) % USERS.length;
    const available = balanceOf(view, from, denom);
    const cap = denom === view.bondDenom ? available / 100n : available;
    return {
      kind: "bank.send",
      signer: from,
      messages: [
        txMessage(MsgSendSchema, {
          fromAddress: addressOf(view, from),
          toAddress: addressOf(view, to),
          amount: [coin(denom, amountWithin(rng, cap))],
        }),
      ],
    };
  },

  "staking.delegate": (rng, view) => {
    const user = rng.pick(USERS);
    const validator = rng.pick(view.validators).operator;
    const amount = amountWithin(rng, balanceOf(view, user, view.bondDenom) / 20n, 0.03);
    return {
      kind: "staking.delegate",
      signer: user,
      messages: [
        txMessage(MsgDelegateSchema, {
          delegatorAddress: addressOf(view, user),
          validatorAddress: validator,
          amount: coin(view.bondDenom, amount),
        }),
      ],
    };
  },

  "staking.undelegate": (rng, view) => {
    if (view.delegations.length === 0) return undefined;
    const d = rng.pick(view.delegations);
    return {
      kind: "staking.undelegate",
      signer: d.delegator,
      messages: [
        txMessage(MsgUndelegateSchema, {
          delegatorAddress: addressOf(view, d.delegator),
          validatorAddress: d.validator,
          amount: coin(view.bondDenom, amountWithin(rng, d.tokens)),
        }),
      ],
    };
  },

  "staking.redelegate": (rng, view) => {
    if (view.delegations.length === 0) return undefined;
    const d = rng.pick(view.delegations);
    const others = view.validators.filter((v) => v.operator !== d.validator);
    const destination = rng.chance(0.05) ? d.validator : rng.pick(others).operator;
    return {
      kind: "staking.redelegate",
      signer: d.delegator,
      messages: [
        txMessage(MsgBeginRedelegateSchema, {
          delegatorAddress: addressOf(view, d.delegator),
          validatorSrcAddress: d.validator,
          validatorDstAddress: destination,
          amount: coin(view.bondDenom, amountWithin(rng, d.tokens)),
        }),
      ],
    };
  },

  "distribution.withdraw": (rng, view) => {
    if (view.delegations.length === 0) return undefined;
    const d = rng.pick(view.delegations);
    return {
      kind: "distribution.withdraw",
      signer: d.delegator,
      messages: [
        txMessage(MsgWithdrawDelegatorRewardSchema, {
          delegatorAddress: addressOf(view, d.delegator),
          validatorAddress: d.validator,
        }),
      ],
    };
  },

  "alliance.delegate": (rng, view) => {
    if (view.allianceAssets.length === 0) return undefined;
    const denom = rng.pick(view.allianceAssets).denom;
    const user = userWith(rng, view, denom);
    const validator = rng.pick(view.validators).operator;
    return {
      kind: "alliance.delegate",
      signer: user,
      messages: [
        txMessage(AllianceMsgDelegateSchema, {
          delegatorAddress: addressOf(view, user),
          validatorAddress: validator,
          amount: coin(denom, amountWithin(rng, balanceOf(view, user, denom) / (rng.chance(0.5) ? 4n : 1n))),
        }),
      ],
    };
  },

  "alliance.undelegate": (rng, view) => {
    if (view.allianceDelegations.length === 0) return undefined;
    const d = rng.pick(view.allianceDelegations);
    const amount = rng.chance(0.25) ? d.balance : amountWithin(rng, d.balance);
    return {
      kind: "alliance.undelegate",
      signer: d.delegator,
      messages: [
        txMessage(AllianceMsgUndelegateSchema, {
          delegatorAddress: addressOf(view, d.delegator),
          validatorAddress: d.validator,
          amount: coin(d.denom, amount > 0n ? amount : 1n),
        }),
      ],
    };
  },

  "alliance.redelegate": (rng, view) => {
    if (view.allianceDelegations.length === 0) return undefined;
    const d = rng.pick(view.allianceDelegations);
    const others = view.validators.filter((v) => v.operator !== d.validator);
    const amount = rng.chance(0.2) ? d.balance : amountWithin(rng, d.balance);
    return {
      kind: "alliance.redelegate",
      signer: d.delegator,
      messages: [
        txMessage(AllianceMsgRedelegateSchema, {
          delegatorAddress: addressOf(view, d.delegator),
          validatorSrcAddress: d.validator,
          validatorDstAddress: rng.pick(others).operator,
          amount: coin(d.denom, amount > 0n ? amount : 1n),
        }),
      ],
    };
  },

  "alliance.claim": (rng, view) => {
    if (view.allianceDelegations.length === 0) return undefined;
    const d = rng.pick(view.allianceDelegations);
    return {
      kind: "alliance.claim",
      signer: d.delegator,
      messages: [
        txMessage(MsgClaimDelegationRewardsSchema, {
          delegatorAddress: addressOf(view, d.delegator),
          validatorAddress: d.validator,
          denom: d.denom,
        }),
      ],
    };
  },

  "alliance.update": (rng, view) => {
    if (view.allianceAssets.length === 0) return undefined;
    const asset = rng.pick(view.allianceAssets);
    const weight = Dec.fromString((0.05 + 0.55 * rng.next()).toFixed(6));
    const out = rng.chance(0.08);
    const takeRate = rng.chance(0.15)
      ? Dec.ZERO
      : rng.chance(0.1)
        ? Dec.fromString((0.0005 * rng.next()).toFixed(9))
        : Dec.fromString((0.000005 * rng.next()).toFixed(12));
    const decay = rng.chance(0.4);
    return {
      kind: "alliance.update",
      signer: AUTHORITY,
      messages: [
        txMessage(MsgUpdateAllianceSchema, {
          authority: addressOf(view, AUTHORITY),
          denom: asset.denom,
          rewardWeight: weight.toProto(),
          takeRate: takeRate.toProto(),
          rewardChangeRate: (decay ? Dec.fromString(rng.pick(["0.99", "0.999", "1.001"])) : Dec.ONE).toProto(),
          rewardChangeInterval: { seconds: decay ? rng.pick([3600n, 86_400n, 7n * 86_400n]) : 0n, nanos: 0 },
          rewardWeightRange: {
            min: (out ? Dec.fromString("0.7") : Dec.fromString("0.01")).toProto(),
            max: Dec.fromString("0.9").toProto(),
          },
        }),
      ],
    };
  },

  "alliance.create": (rng, view) => {
    // stkXPRT becomes an Alliance asset (LSTs of XPRT restaked on Persistence itself); twice fails: ErrAlreadyExists.
    const denom = rng.chance(0.9) ? view.stkXprtDenom : rng.pick(view.allianceAssets).denom;
    return {
      kind: "alliance.create",
      signer: AUTHORITY,
      messages: [
        txMessage(MsgCreateAllianceSchema, {
          authority: addressOf(view, AUTHORITY),
          denom,
          rewardWeight: Dec.fromString((0.05 + 0.3 * rng.next()).toFixed(6)).toProto(),
          takeRate: Dec.fromString((0.000003 * rng.next()).toFixed(12)).toProto(),
          rewardChangeRate: Dec.ONE.toProto(),
          rewardChangeInterval: { seconds: 0n, nanos: 0 },
          rewardWeightRange: { min: Dec.ZERO.toProto(), max: Dec.ONE.toProto() },
        }),
      ],
    };
  },

  "alliance.delete": (rng, view) => {
    if (view.allianceAssets.length === 0) return undefined;
    // Refused while anything is staked (ErrActiveDelegationsExists), which is almost always.
    const created = view.allianceAssets.find((a) => a.denom === view.stkXprtDenom);
    const denom = created !== undefined && rng.chance(0.8) ? created.denom : rng.pick(view.allianceAssets).denom;
    return {
      kind: "alliance.delete",
      signer: AUTHORITY,
      messages: [txMessage(MsgDeleteAllianceSchema, { authority: addressOf(view, AUTHORITY), denom })],
    };
  },

  "liquidstake.stake": (rng, view) => {
    const user = rng.pick(USERS);
    const amount = rng.chance(0.05)
      ? rng.bigint(1n, view.liquidStakeMinimum)
      : amountWithin(rng, balanceOf(view, user, view.bondDenom) / 20n, 0.03);
    return {
      kind: "liquidstake.stake",
      signer: user,
      messages: [
        txMessage(LiquidStakeMsgSchema, {
          delegatorAddress: addressOf(view, user),
          amount: coin(view.bondDenom, amount),
        }),
      ],
    };
  },

  "liquidstake.unstake": (rng, view) => {
    const user = userWith(rng, view, view.stkXprtDenom);
    return {
      kind: "liquidstake.unstake",
      signer: user,
      messages: [
        txMessage(LiquidUnstakeMsgSchema, {
          delegatorAddress: addressOf(view, user),
          amount: coin(view.stkXprtDenom, amountWithin(rng, balanceOf(view, user, view.stkXprtDenom))),
        }),
      ],
    };
  },

  "liquidstake.stakeToLp": (rng, view) => {
    // A native delegation handed to pSTAKE (LSM) for stkXPRT locked in the LP contract, sometimes with extra XPRT.
    if (view.delegations.length === 0) return undefined;
    const d = rng.pick(view.delegations);
    const liquid = rng.chance(0.3) ? rng.bigint(1000n, 10_000_000n) : 0n;
    return {
      kind: "liquidstake.stakeToLp",
      signer: d.delegator,
      messages: [
        txMessage(MsgStakeToLPSchema, {
          delegatorAddress: addressOf(view, d.delegator),
          validatorAddress: d.validator,
          stakedAmount: coin(view.bondDenom, amountWithin(rng, d.tokens)),
          ...(liquid > 0n ? { liquidAmount: coin(view.bondDenom, liquid) } : {}),
        }),
      ],
    };
  },

  "liquidstakeibc.stake": (rng, view) => {
    if (view.hostChains.length === 0) return undefined;
    const hc = rng.pick(view.hostChains);
    const user = userWith(rng, view, hc.ibcDenom);
    const amount = rng.chance(0.05)
      ? rng.bigint(1n, hc.minimumDeposit)
      : amountWithin(rng, balanceOf(view, user, hc.ibcDenom) / 5n);
    return {
      kind: "liquidstakeibc.stake",
      signer: user,
      messages: [
        txMessage(IbcLiquidStakeMsgSchema, {
          delegatorAddress: addressOf(view, user),
          amount: coin(hc.ibcDenom, amount),
        }),
      ],
    };
  },

  "liquidstakeibc.unstake": (rng, view) => {
    if (view.hostChains.length === 0) return undefined;
    const hc = rng.pick(view.hostChains);
    const user = userWith(rng, view, hc.stkDenom);
    return {
      kind: "liquidstakeibc.unstake",
      signer: user,
      messages: [
        txMessage(IbcLiquidUnstakeMsgSchema, {
          delegatorAddress: addressOf(view, user),
          amount: coin(hc.stkDenom, amountWithin(rng, balanceOf(view, user, hc.stkDenom) / 2n)),
        }),
      ],
    };
  },

  "liquidstakeibc.redeem": (rng, view) => {
    if (view.hostChains.length === 0) return undefined;
    const hc = rng.pick(view.hostChains);
    const user = userWith(rng, view, hc.stkDenom);
    // What today's deposits can pay, in stk at the c-value (a little more now and then).
    const cap = Dec.fromInt(hc.pendingDeposits).mul(hc.cValue).truncateInt();
    const held = balanceOf(view, user, hc.stkDenom);
    return {
      kind: "liquidstakeibc.redeem",
      signer: user,
      messages: [
        txMessage(IbcRedeemMsgSchema, {
          delegatorAddress: addressOf(view, user),
          amount: coin(hc.stkDenom, amountWithin(rng, held < cap || cap === 0n ? held : cap, 0.1)),
        }),
      ],
    };
  },

  "basket.deposit": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const c = rng.pick(basket.constituents);
    const user = userWith(rng, view, c.denom);
    const amount = amountWithin(rng, balanceOf(view, user, c.denom) / (rng.chance(0.6) ? 5n : 1n), 0.04);
    return {
      kind: "basket.deposit",
      signer: user,
      messages: [
        txMessage(MsgDepositSchema, {
          sender: addressOf(view, user),
          basketId: basket.id,
          amount: coin(c.denom, amount),
          // Now and then a minimum no deposit can meet: ErrSlippage.
          minSharesOut: rng.chance(0.05) ? (amount * 10n ** 6n).toString() : "0",
          receiver: rng.chance(0.1) ? addressOf(view, rng.pick(USERS)) : "",
        }),
      ],
    };
  },

  "basket.request": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const user = userWith(rng, view, basket.shareDenom);
    const single = rng.chance(0.45);
    const out = rng.pick(basket.constituents).denom;
    return {
      kind: "basket.request",
      signer: user,
      messages: [
        txMessage(MsgRequestRedeemSchema, {
          owner: addressOf(view, user),
          basketId: basket.id,
          shares: amountWithin(rng, balanceOf(view, user, basket.shareDenom) / (rng.chance(0.5) ? 3n : 1n)).toString(),
          mode: single ? RedeemMode.SINGLE : RedeemMode.PRO_RATA,
          outDenom: single ? out : "",
          minValueOut: rng.chance(0.05) ? (10n ** 18n).toString() : "0",
          receiver: "",
        }),
      ],
    };
  },

  "basket.cancel": (rng, view) => {
    const basket = view.baskets[0];
    const pending = basket?.requests.filter((r) => r.status === RequestStatus.PENDING) ?? [];
    if (basket === undefined || pending.length === 0) return undefined;
    const request = rng.pick(pending);
    const owner = [...view.accounts.values()].find((a) => a.address === request.owner);
    // Sometimes someone else tries: ErrNotRequestOwner.
    const signer = owner === undefined || rng.chance(0.08) ? rng.pick(USERS) : owner.index;
    return {
      kind: "basket.cancel",
      signer,
      messages: [txMessage(MsgCancelRedeemSchema, { owner: addressOf(view, signer), requestId: request.id })],
    };
  },

  "basket.cut": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const user = rng.pick(USERS);
    return {
      kind: "basket.cut",
      signer: user,
      messages: [txMessage(MsgCutBatchSchema, { sender: addressOf(view, user), basketId: basket.id })],
    };
  },

  "basket.claim": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined || basket.requests.length === 0) return undefined;
    const claimable = basket.requests.filter((r) => r.status === RequestStatus.CLAIMABLE);
    const pool = claimable.length > 0 && rng.chance(0.9) ? claimable : basket.requests;
    const first = rng.pick(pool);
    const owner = [...view.accounts.values()].find((a) => a.address === first.owner);
    if (owner === undefined) return undefined;
    const ids = [
      ...new Set([first.id, ...pool.filter((r) => r.owner === first.owner && rng.chance(0.5)).map((r) => r.id)]),
    ];
    return {
      kind: "basket.claim",
      signer: owner.index,
      messages: [txMessage(MsgClaimSchema, { owner: owner.address, requestIds: ids })],
    };
  },

  "basket.instant": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const user = userWith(rng, view, basket.shareDenom);
    return {
      kind: "basket.instant",
      signer: user,
      messages: [
        txMessage(MsgInstantRedeemSchema, {
          owner: addressOf(view, user),
          basketId: basket.id,
          shares: amountWithin(rng, balanceOf(view, user, basket.shareDenom) / (rng.chance(0.7) ? 10n : 1n)).toString(),
          outDenom: rng.pick(basket.constituents).denom,
          minOut: "0",
        }),
      ],
    };
  },

  "basket.harvest": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const user = rng.pick(USERS);
    return {
      kind: "basket.harvest",
      signer: user,
      messages: [txMessage(MsgHarvestSchema, { sender: addressOf(view, user), basketId: basket.id })],
    };
  },

  "basket.claimRewards": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const user = userWith(rng, view, basket.shareDenom);
    return {
      kind: "basket.claimRewards",
      signer: user,
      messages: [txMessage(MsgClaimRewardsSchema, { owner: addressOf(view, user), basketId: basket.id })],
    };
  },

  "basket.sync": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const user = rng.pick(USERS);
    return {
      kind: "basket.sync",
      signer: user,
      messages: [txMessage(MsgSyncHoldingsSchema, { sender: addressOf(view, user), basketId: basket.id })],
    };
  },

  "basket.postRates": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const sourceTime = { seconds: view.timeNs / NS, nanos: Number(view.timeNs % NS) };
    const chosen = basket.constituents.filter(() => rng.chance(0.8));
    const rates = (chosen.length > 0 ? chosen : basket.constituents).map((c) => {
      // stkATOM's feed is the host chain's c-value when there is one, as pSTAKE's own rate.
      const cValue = view.hostChains.find((h) => h.stkDenom === c.denom)?.cValue ?? Dec.ZERO;
      const raw =
        cValue.isPositive() && rng.chance(0.5) ? cValue : movedRaw(c, rateFactor(rng, view.timeNs - c.sourceTimeNs));
      return { denom: c.denom, raw: raw.toProto(), sourceTime };
    });
    return {
      kind: "basket.postRates",
      signer: FEEDER,
      messages: [txMessage(MsgPostRatesSchema, { feeder: addressOf(view, FEEDER), basketId: basket.id, rates })],
    };
  },

  "basket.postMetrics": (rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    return {
      kind: "basket.postMetrics",
      signer: FEEDER,
      messages: [
        txMessage(MsgPostMetricsSchema, {
          feeder: addressOf(view, FEEDER),
          basketId: basket.id,
          metrics: basket.constituents.map((c) => ({
            denom: c.denom,
            apr: Dec.fromString((0.05 + 0.15 * rng.next()).toFixed(4)).toProto(),
            liquidity: rng.bigint(0n, 5_000_000_000_000n).toString(),
          })),
        }),
      ],
    };
  },

  "basket.resolveRate": (rng, view) => {
    const basket = view.baskets[0];
    const halted = basket?.constituents.filter((c) => c.status === ConstituentStatus.HALTED) ?? [];
    if (basket === undefined || halted.length === 0) return undefined;
    return {
      kind: "basket.resolveRate",
      signer: AUTHORITY,
      messages: [
        txMessage(MsgResolveRateSchema, {
          authority: addressOf(view, AUTHORITY),
          basketId: basket.id,
          denom: rng.pick(halted).denom,
          accept: rng.chance(0.6),
        }),
      ],
    };
  },

  "basket.pause": (_rng, view) => {
    const basket = view.baskets[0];
    if (basket === undefined) return undefined;
    const paused = basket.status === BasketStatus.PAUSED;
    return {
      kind: "basket.pause",
      signer: AUTHORITY,
      messages: [
        paused
          ? txMessage(MsgUnpauseSchema, { authority: addressOf(view, AUTHORITY), basketId: basket.id })
          : txMessage(MsgPauseSchema, { guardian: addressOf(view, AUTHORITY), basketId: basket.id }),
      ],
    };
  },
};

/** How much more likely an action is in the current state (unpausing soon, resolving a halt, posting stale rates). */
export function adjustedWeight(kind: ActionKind, weight: number, view: ChainView): number {
  if (kind === "alliance.create" && view.allianceAssets.some((a) => a.denom === view.stkXprtDenom)) return weight * 0.1;
  const basket = view.baskets[0];
  if (basket === undefined) return kind.startsWith("basket.") ? 0 : weight;
  switch (kind) {
    case "basket.pause":
      return basket.status === BasketStatus.PAUSED ? weight * 40 : weight;
    case "basket.resolveRate":
      return basket.constituents.some((c) => c.status === ConstituentStatus.HALTED) ? weight * 8 : 0;
    case "basket.postRates": {
      let oldest = view.timeNs;
      for (const c of basket.constituents) if (c.sourceTimeNs < oldest) oldest = c.sourceTimeNs;
      return view.timeNs - oldest > 12n * 3600n * NS ? weight * 6 : weight;
    }
    case "basket.cut":
      return view.timeNs - basket.lastCutNs >= basket.epochSeconds * NS ? weight * 3 : weight;
    case "basket.claim":
      return basket.requests.some((r) => r.status === RequestStatus.CLAIMABLE) ? weight * 2 : weight * 0.2;
    default:
      return weight;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Blocks

/** How the next block is produced. */
export type BlockPlan =
  | { readonly kind: "mine" }
  | { readonly kind: "time"; readonly seconds: bigint }
  | { readonly kind: "control"; readonly operation: string; readonly params: unknown; readonly label: string };

/** The default weights of the block kinds (the time and event mix). */
export const DEFAULT_BLOCK_MIX = {
  mine: 70,
  "time.short": 12,
  "time.long": 5,
  "time.unbonding": 1.2,
  "control.slash": 1.5,
  "control.moveRate": 3,
  "control.setCValue": 1,
  "control.slashHost": 0.5,
  "control.advanceEpoch": 1,
  "control.jail": 0.3,
  "control.unjail": 0.3,
} as const satisfies Record<string, number>;

export type BlockKind = keyof typeof DEFAULT_BLOCK_MIX;
export type BlockMix = Record<BlockKind, number>;

/** How much more likely a block kind is in the current state (re-enabling a host chain, unjailing). */
export function adjustedBlockWeight(kind: BlockKind, weight: number, view: ChainView): number {
  switch (kind) {
    case "control.setCValue":
      return view.hostChains.some((h) => !h.active) ? weight * 30 : weight;
    case "control.jail":
      return view.validators.filter((v) => !v.jailed && v.status === BondStatus.BONDED).length >= 3 ? weight : 0;
    case "control.unjail":
      return view.validators.some((v) => v.jailed) ? weight * 15 : 0;
    default:
      return weight;
  }
}

/** Draws the next block's plan. */
export function planBlock(rng: Prng, view: ChainView, mix: BlockMix): { kind: BlockKind; plan: BlockPlan } {
  const kind = rng.weighted(
    (Object.entries(mix) as [BlockKind, number][]).map(([k, w]) => [k, adjustedBlockWeight(k, w, view)] as const),
  );
  switch (kind) {
    case "mine":
      return { kind, plan: { kind: "mine" } };
    case "time.short":
      return { kind, plan: { kind: "time", seconds: BigInt(rng.int(6, 2 * 3600)) } };
    case "time.long":
      return { kind, plan: { kind: "time", seconds: BigInt(rng.int(2 * 3600, 3 * 86_400)) } };
    case "time.unbonding":
      return { kind, plan: { kind: "time", seconds: 21n * DAY + BigInt(rng.int(0, 86_400)) } };
    case "control.slash": {
      const bonded = view.validators.filter((v) => v.status !== BondStatus.UNBONDED);
      const validator = rng.pick(bonded.length > 0 ? bonded : view.validators).operator;
      const fraction = rng.chance(0.1) ? (0.05 + 0.1 * rng.next()).toFixed(6) : (0.05 * rng.next()).toFixed(6);
      const infractionHeight = rng.chance(0.5)
        ? 0
        : Number(view.height) - rng.int(0, Math.min(Number(view.height) - 1, 500));
      return {
        kind,
        plan: {
          kind: "control",
          operation: "staking/slash",
          params: { validator, fraction, infractionHeight: Math.max(infractionHeight, 0) },
          label: `slash ${fraction} of ${validator}`,
        },
      };
    }
    case "control.moveRate": {
      const basket = view.baskets[0];
      if (basket === undefined) return { kind: "mine", plan: { kind: "mine" } };
      const c = rng.pick(basket.constituents);
      const raw = movedRaw(c, rateFactor(rng, view.timeNs - c.sourceTimeNs));
      return {
        kind,
        plan: {
          kind: "control",
          operation: "basketvault/moveRate",
          params: { basketId: basket.id.toString(), denom: c.denom, raw: raw.toString() },
          label: `move ${c.denom} to ${raw}`,
        },
      };
    }
    case "control.setCValue": {
      const hc = view.hostChains[0];
      if (hc === undefined || hc.minted === 0n) return { kind: "mine", plan: { kind: "mine" } };
      const factor = Dec.fromString((0.985 + 0.02 * rng.next()).toFixed(9));
      const target = (hc.cValue.isPositive() ? hc.cValue : Dec.ONE).mul(factor);
      return {
        kind,
        plan: {
          kind: "control",
          operation: "liquidstakeibc/setCValue",
          params: { chainId: hc.chainId, cValue: target.toString() },
          label: `c-value of ${hc.chainId} to ${target}`,
        },
      };
    }
    case "control.slashHost": {
      const hc = view.hostChains[0];
      if (hc === undefined) return { kind: "mine", plan: { kind: "mine" } };
      const fraction = (0.02 * rng.next()).toFixed(6);
      return {
        kind,
        plan: {
          kind: "control",
          operation: "liquidstakeibc/slashHost",
          params: { chainId: hc.chainId, fraction },
          label: `slash ${fraction} of ${hc.chainId}'s delegations`,
        },
      };
    }
    case "control.jail":
    case "control.unjail": {
      const jail = kind === "control.jail";
      const candidates = view.validators.filter((v) => v.jailed !== jail && (!jail || v.status === BondStatus.BONDED));
      if (candidates.length === 0) return { kind: "mine", plan: { kind: "mine" } };
      const validator = rng.pick(candidates).operator;
      return {
        kind,
        plan: {
          kind: "control",
          operation: jail ? "staking/jail" : "staking/unjail",
          params: { validator },
          label: `${jail ? "jail" : "unjail"} ${validator}`,
        },
      };
    }
    case "control.advanceEpoch": {
      const identifier = rng.chance(0.5) ? "day" : "hour";
      return {
        kind,
        plan: { kind: "control", operation: "liquidstakeibc/advanceEpoch", params: { identifier }, label: identifier },
      };
    }
  }
}

/** The signer keys a run needs: users 0..9 and the authority. */
export const SIGNER_INDEXES = [...USERS, AUTHORITY] as const;
