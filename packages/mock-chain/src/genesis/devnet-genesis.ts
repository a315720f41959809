import { create, type JsonValue, toJson } from "@bufbuild/protobuf";
import { GenesisStateSchema as AuthGenesisSchema, BaseAccountSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";
import { GenesisStateSchema as BankGenesisSchema, MetadataSchema } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { packAny } from "../app/any.js";
import { devnetAllianceGenesis, devnetLstBalances } from "../modules/alliance/index.js";
import { defaultAuthParams } from "../modules/auth/params.js";
import { type Coin, coinsToProto } from "../modules/bank/coins.js";
import { defaultBankParams } from "../modules/bank/keeper.js";
import { devnetBasketVaultBalances, devnetBasketVaultGenesis } from "../modules/basketvault/index.js";
import { devnetLiquidStakeGenesis } from "../modules/liquidstake/index.js";
import { devnetLiquidStakeIbcBalances, devnetLiquidStakeIbcGenesis } from "../modules/liquidstakeibc/index.js";
import { devnetValidators } from "../modules/staking/devnet-validators.js";
import { stakingDevnetGenesisJson } from "../modules/staking/genesis.js";
import { DEVNET, devnetConsensusPubKeys } from "./devnet.js";
import type { GenesisDocument } from "./genesis-document.js";

/** Extra funded accounts or denoms for a devnet genesis. */
export interface DevnetGenesisOptions {
  readonly chainId?: string;
  readonly genesisTime?: string;
  /** More balances (added to the devnet's), e.g. `{ address, coins: [{ denom: "stk/uxprt", amount: 10n ** 12n }] }`. */
  readonly balances?: readonly { readonly address: string; readonly coins: readonly Coin[] }[];
}

/** XPRT's denom metadata, as chain-registry and Keplr describe it. */
export function xprtMetadata() {
  return create(MetadataSchema, {
    description: "The native staking and fee token of Persistence One",
    denomUnits: [
      { denom: DEVNET.denoms.bond, exponent: 0, aliases: ["microxprt"] },
      { denom: DEVNET.denoms.display, exponent: DEVNET.denoms.decimals, aliases: [] },
    ],
    base: DEVNET.denoms.bond,
    display: DEVNET.denoms.display,
    name: "Persistence",
    symbol: "XPRT",
  });
}

/**
 * The default devnet genesis (see `DEVNET`): accounts 0..9, the authority and the four validator operators funded
 * in uxprt, XPRT metadata, and the four validators in x/staking's devnet form (bonded at genesis).
 */
export function devnetGenesis(options: DevnetGenesisOptions = {}): GenesisDocument {
  const funded: { address: string; coins: Coin[] }[] = [
    ...DEVNET.accounts.map((a) => ({
      address: a.address,
      coins: [{ denom: DEVNET.denoms.bond, amount: DEVNET.balances.account }],
    })),
    { address: DEVNET.authority.address, coins: [{ denom: DEVNET.denoms.bond, amount: DEVNET.balances.account }] },
    ...DEVNET.validatorOperators.map((a) => ({
      address: a.address,
      coins: [{ denom: DEVNET.denoms.bond, amount: DEVNET.balances.validatorOperator }],
    })),
  ];
  // Accounts 0..9 also hold 1,000 of each ATOM LST (the Alliance assets).
  for (const lst of devnetLstBalances()) funded.find((f) => f.address === lst.address)?.coins.push(...lst.coins);
  // The basket vault's seed: its module account's LSTs and the seed shares (modules/basketvault/devnet.ts).
  for (const entry of devnetBasketVaultBalances(options.genesisTime ?? DEVNET.genesisTime)) {
    const holder = funded.find((f) => f.address === entry.address);
    if (holder === undefined) funded.push({ address: entry.address, coins: [...entry.coins] });
    else holder.coins.push(...entry.coins);
  }
  // Accounts 0..9 also hold 10,000 ATOM (the IBC voucher of the simulated cosmoshub-4) to liquid stake.
  for (const atom of devnetLiquidStakeIbcBalances())
    funded.find((f) => f.address === atom.address)?.coins.push(...atom.coins);
  for (const extra of options.balances ?? []) funded.push({ address: extra.address, coins: [...extra.coins] });

  const addresses = [...new Set(funded.map((f) => f.address))];
  const auth: JsonValue = toJson(
    AuthGenesisSchema,
    create(AuthGenesisSchema, {
      params: defaultAuthParams(),
      accounts: addresses.map((address, i) =>
        packAny(BaseAccountSchema, create(BaseAccountSchema, { address, accountNumber: BigInt(i) })),
      ),
    }),
    { registry: protoRegistry, useProtoFieldName: true },
  );
  const bank: JsonValue = toJson(
    BankGenesisSchema,
    create(BankGenesisSchema, {
      params: defaultBankParams(),
      balances: funded.map((f) => ({ address: f.address, coins: coinsToProto(sortedCoins(f.coins)) })),
      denomMetadata: [xprtMetadata()],
    }),
    { registry: protoRegistry, useProtoFieldName: true },
  );

  const pubKeys = devnetConsensusPubKeys();
  const power = DEVNET.balances.selfDelegation / 1_000_000n;
  return {
    chainId: options.chainId ?? DEVNET.chainId,
    genesisTime: options.genesisTime ?? DEVNET.genesisTime,
    validators: pubKeys.map((pubKey, i) => ({ pubKey, power, name: `validator-${i}` })),
    appState: {
      auth,
      bank,
      // As JSON like every other section, so genesisToJson's genesis.json loads back (the CLI's --genesis).
      staking: stakingDevnetGenesisJson({
        validators: devnetValidators(DEVNET.validatorOperators.map((operator) => operator.address)),
      }),
      alliance: devnetAllianceGenesis({ genesisTime: options.genesisTime ?? DEVNET.genesisTime }),
      basketvault: devnetBasketVaultGenesis(options.genesisTime ?? DEVNET.genesisTime),
      liquidstake: devnetLiquidStakeGenesis(),
      liquidstakeibc: devnetLiquidStakeIbcGenesis(),
    },
  };
}

function sortedCoins(coins: readonly Coin[]): Coin[] {
  return [...coins].sort((a, b) => (a.denom < b.denom ? -1 : a.denom > b.denom ? 1 : 0));
}
