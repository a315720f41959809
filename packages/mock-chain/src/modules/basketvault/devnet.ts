// The basket vault's part of the default devnet: the "ATOM basket" (id 1) over the four devnet ATOM LSTs, priced at
// their genesis rates (fresh at genesis time), seeded so its NAV is not zero, and the bank balances behind it.
//
//   feeder     devnet account 9: posts rates and metrics (a rate feeder account, standing in for an oracle bot)
//   guardian   the authority (account 10), which may also pause as the module authority
//   treasury   devnet account 8: receives performance-fee shares, and holds the seed shares
//   seed       an equal value of each LST, 250 ATOM each (1,000 ATOM), deposited fee-free at genesis
// The test accounts' LSTs come from the Alliance devnet (accounts 0..9 hold 1,000 of each).
import { create, type JsonValue } from "@bufbuild/protobuf";
import { toBech32 } from "@cosmjs/encoding";
import {
  type BasketConstituent,
  basketDeposit,
  basketHoldings,
  basketInitialTargetWeights,
  basketNav,
  basketNavDown,
  basketNormalizeRate,
  basketPricePerShare,
  Dec,
} from "@persistence-sdk/core";
import {
  BasketConfigSchema,
  BasketSchema,
  BasketStatus,
  BatchSchema,
  BatchStatus,
  ConstituentSchema,
  ConstituentStatus,
  GenesisStateSchema,
  RateDirection,
  RewardSnapshotSchema,
} from "@persistence-sdk/proto/persistence/basketvault/v1";
import { DEVNET } from "../../genesis/devnet.js";
import { DEVNET_ATOM, DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { moduleAddressBytes } from "../auth/address-codec.js";
import type { Coin } from "../bank/coins.js";
import { convertBech32 } from "../staking/addresses.js";
import { toGenesisJson } from "../staking/genesis-json.js";
import { coreBasket, coreConstituent, timestampOf, ZERO_TIME } from "./convert.js";
import { BASKETVAULT_MODULE, shareDenomOf } from "./keeper.js";
import { defaultBasketVaultParams } from "./params.js";

const d = (text: string) => Dec.fromString(text);
const ATOM = 1_000_000n;

/** The devnet basket's id and share denom. */
export const DEVNET_BASKET_ID = 1n;
export const DEVNET_BASKET_SHARE_DENOM = shareDenomOf(DEVNET_BASKET_ID);

/** Who does what in the devnet basket (see the file comment). */
export const DEVNET_BASKET_ROLES = {
  feeder: DEVNET.accounts[9]!.address,
  guardian: DEVNET.authority.address,
  treasury: DEVNET.accounts[8]!.address,
  seedHolder: DEVNET.accounts[8]!.address,
  /** Value of each constituent in the seed, in uatom. */
  seedValuePerLst: 250n * ATOM,
} as const;

/** The LSTs in listing order (the order breaks ties of the targets' leftover ppm). */
const LISTED = [DEVNET_LSTS.stkAtom, DEVNET_LSTS.stAtom, DEVNET_LSTS.qAtom, DEVNET_LSTS.dAtom] as const;

function direction(value: "UNDERLYING_PER_LST" | "LST_PER_UNDERLYING"): RateDirection {
  return value === "UNDERLYING_PER_LST" ? RateDirection.UNDERLYING_PER_LST : RateDirection.LST_PER_UNDERLYING;
}

/** The devnet basket's settings. */
export function devnetBasketConfig() {
  return {
    fees: {
      feeBase: d("0.001").toProto(),
      feeSlope: d("0.05").toProto(),
      feeMax: d("0.01").toProto(),
      redeemBase: d("0.002").toProto(),
      redeemSlope: d("0.05").toProto(),
      instantFee: d("0.005").toProto(),
      performanceFee: d("0.10").toProto(),
    },
    maxStalenessSeconds: 86_400n,
    maxUpPerDay: d("0.002").toProto(),
    maxDown: d("0.02").toProto(),
    band: d("0.10").toProto(),
    // Weight caps start to bind once the basket holds 10,000 ATOM of value.
    minNavForWeightChecks: (10_000n * ATOM).toString(),
    epochSeconds: 86_400n,
    unbondingSeconds: 21n * 86_400n,
    restaking: {
      validators: DEVNET.validatorOperators.map((o) => convertBech32(o.address, DEVNET.prefixes.validator)),
      idleBufferTarget: d("0.20").toProto(),
    },
    feeders: [DEVNET_BASKET_ROLES.feeder],
    guardian: DEVNET_BASKET_ROLES.guardian,
    treasury: DEVNET_BASKET_ROLES.treasury,
    aprFloor: d("0.10").toProto(),
  };
}

function seedAmount(rate: Dec): bigint {
  // The LST amount worth at least seedValuePerLst at `rate`: ceil(value / v).
  const value = DEVNET_BASKET_ROLES.seedValuePerLst * 10n ** 18n;
  return value / rate.atomics + (value % rate.atomics === 0n ? 0n : 1n);
}

/** Everything of the devnet basket: the genesis state and the balances bank must hold for it. */
export function devnetBasketVault(genesisTime: string = DEVNET.genesisTime) {
  const nowNs = BigInt(Date.parse(genesisTime)) * 1_000_000n;
  const now = timestampOf(nowNs);
  const config = devnetBasketConfig();
  let constituents = LISTED.map((lst) => {
    const raw = d(lst.genesisRate);
    return create(ConstituentSchema, {
      denom: lst.denom,
      direction: direction(lst.direction),
      status: ConstituentStatus.OK,
      idle: "0",
      restaked: "0",
      rate: basketNormalizeRate(raw, lst.direction).toProto(),
      raw: raw.toProto(),
      sourceTime: now,
      updateTime: now,
      targetWeight: "0",
      minWeight: d("0.05").toProto(),
      maxWeight: d("0.40").toProto(),
      capValue: "0",
      apr: "0",
      liquidity: "0",
      metricsTime: ZERO_TIME,
    });
  });
  const targets = basketInitialTargetWeights(constituents.map(coreConstituent));
  constituents = constituents.map((c, i) => ({ ...c, targetWeight: targets[i]!.toProto() }));

  // The seed: fee-free deposits of each LST in turn, priced by core's deposit (weight checks are off below
  // min_nav_for_weight_checks), so holdings, S and the price are what deposits would have produced.
  const freeConfig = { ...config, fees: { ...config.fees, feeBase: "0", feeSlope: "0", feeMax: "0" } };
  let basket = create(BasketSchema, {
    id: DEVNET_BASKET_ID,
    underlyingDenom: DEVNET_ATOM.hostDenom,
    underlyingExponent: DEVNET_ATOM.exponent,
    shareDenom: DEVNET_BASKET_SHARE_DENOM,
    virtualOffset: 3,
    status: BasketStatus.ACTIVE,
    constituents,
    config: freeConfig,
    highWaterMark: "0",
    lastCutTime: now,
    openBatchId: 1n,
    rewards: { rewardDenom: DEVNET.denoms.bond, rewardIndex: "0", unpaid: "0", lastHarvestTime: ZERO_TIME },
    lastSyncTime: now,
  });
  let shares = 0n;
  for (const [i, c] of basket.constituents.entries()) {
    const amount = seedAmount(coreConstituent(c).rate);
    const result = basketDeposit(coreBasket(basket, shares), { denom: c.denom, amount }, now);
    shares += result.shares;
    basket = {
      ...basket,
      constituents: basket.constituents.map((x, j) => (j === i ? { ...x, idle: amount.toString() } : x)),
    };
  }
  const held: BasketConstituent[] = basket.constituents.map(coreConstituent);
  const price = basketPricePerShare(basketNavDown(basketNav(held)), shares, basket.virtualOffset);
  basket = { ...basket, config: create(BasketConfigSchema, config), highWaterMark: price.toProto() };

  const moduleAddress = toBech32(DEVNET.bech32Prefix, moduleAddressBytes(BASKETVAULT_MODULE));
  const balances: { address: string; coins: Coin[] }[] = [
    { address: moduleAddress, coins: held.map((c) => ({ denom: c.denom, amount: basketHoldings(c) })) },
    { address: DEVNET_BASKET_ROLES.seedHolder, coins: [{ denom: DEVNET_BASKET_SHARE_DENOM, amount: shares }] },
  ];
  const state = create(GenesisStateSchema, {
    params: defaultBasketVaultParams(),
    baskets: [basket],
    batches: [
      create(BatchSchema, {
        id: 1n,
        basketId: DEVNET_BASKET_ID,
        status: BatchStatus.OPEN,
        cutTime: ZERO_TIME,
        completionTime: ZERO_TIME,
        priceAtCut: "0",
        shares: "0",
      }),
    ],
    rewardSnapshots: [
      create(RewardSnapshotSchema, {
        basketId: DEVNET_BASKET_ID,
        owner: DEVNET_BASKET_ROLES.seedHolder,
        shares: shares.toString(),
        rewardIndex: "0",
        owed: "0",
      }),
    ],
    nextBasketId: 2n,
    nextRequestId: 1n,
    nextBatchId: 2n,
  });
  return { state, balances, shares };
}

/** The basket vault's genesis section of the default devnet (SDK genesis JSON). */
export function devnetBasketVaultGenesis(genesisTime: string = DEVNET.genesisTime): JsonValue {
  return toGenesisJson(GenesisStateSchema, devnetBasketVault(genesisTime).state);
}

/** The bank balances the devnet basket needs: its module account's seed holdings and the seed shares. */
export function devnetBasketVaultBalances(
  genesisTime: string = DEVNET.genesisTime,
): { readonly address: string; readonly coins: readonly Coin[] }[] {
  return devnetBasketVault(genesisTime).balances;
}
