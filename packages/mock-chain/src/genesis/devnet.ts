// The default devnet: one documented source for the chain id, prefixes, denoms, test mnemonic and the accounts
// derived from it, shared by the chain, tests and apps (like anvil's well-known accounts).
//
// Keys: BIP-39 mnemonic "test test test test test test test test test test test junk" (no passphrase), BIP-44 paths
// m/44'/118'/0'/0/i (coin type 118, as Persistence's binary and cosmjs' makeCosmoshubPath use), secp256k1:
//   i = 0..9    funded user accounts, 1,000,000 XPRT each
//   i = 10      the authority: the account every module accepts as `authority` (standing in for x/gov, whose
//               module account no one can sign for); funded with 1,000,000 XPRT
//   i = 100..103 the operators of the four validators (self-delegation 1,000,000 XPRT each, plus 1,000 XPRT spare)
// The addresses below are fixed; genesis/devnet.test.ts derives them again with cosmjs' HD wallet.
import { bech32Prefixes } from "../modules/staking/addresses.js";
import { devnetValidatorSeed, ed25519PublicKey } from "../modules/staking/devnet-validators.js";

/** One account of the devnet. */
export interface DevnetAccount {
  /** The last BIP-44 index: m/44'/118'/0'/0/{index}. */
  readonly index: number;
  readonly hdPath: string;
  readonly address: string;
  /** Compressed secp256k1 public key, base64. */
  readonly pubKey: string;
}

function account(index: number, address: string, pubKey: string): DevnetAccount {
  return { index, hdPath: `m/44'/118'/0'/0/${index}`, address, pubKey };
}

/** XPRT has 6 decimals: 1 XPRT = 1,000,000 uxprt. */
const XPRT = 1_000_000n;

/** The default devnet's constants. */
export const DEVNET = {
  chainId: "persistence-mock-1",
  /** Bech32 prefix of accounts; validators use `persistencevaloper`, consensus keys `persistencevalcons`. */
  bech32Prefix: "persistence",
  prefixes: bech32Prefixes("persistence"),
  coinType: 118,
  mnemonic: "test test test test test test test test test test test junk",
  /** Block 1's time; each later block is `blockTimeMs` after the previous one. */
  genesisTime: "2026-01-01T00:00:00Z",
  blockTimeMs: 5000,
  denoms: {
    /** The bond and fee denom. */
    bond: "uxprt",
    /** Display denom of uxprt, 6 decimals. */
    display: "xprt",
    decimals: 6,
    /** Liquid-staked XPRT (pSTAKE liquidstake), minted by part 2's modules. */
    stkXprt: "stk/uxprt",
  },
  /** Accounts 0..9, funded. */
  accounts: [
    account(0, "persistence15yk64u7zc9g9k2yr2wmzeva5qgwxps6yg7fuh6", "AiOqZ51tU0TiAeDfnwKrFahHJu7g37TpU8Rqniy1I0nc"),
    account(1, "persistence1erxf3sa9q2j4vgseu7jq4a258ckmk7cypjucfx", "AmNfL2zCRMLmcBfuuovHD6t9V5w9BgaLge2OTueB9ePU"),
    account(2, "persistence1htamarexaxhgdsp0xu6sppeyx7avtvqrr9uc6v", "AsNbKKEoxmS65V1NA0r24JZKIrfY60+mm7zgTxzNJcs0"),
    account(3, "persistence19tkvgvwht3n8pcqydrcq4cxwhr8rp2ge33jltq", "A36+mRGy8NwcAKo+uZLsrxiiXR0m8O8BiRnVPiPvkyMp"),
    account(4, "persistence164cy6j05j3kaqlzqgzn9mjz95vqjhxmh5sypn4", "Ax6wJs6SiP2mdWWRos97DRJ6xxHz9H+hAImbSNzv18UD"),
    account(5, "persistence18el2mdgsjwvzezu5cjsyuyx0uru4zrm2htnjuq", "A3uqIMevMDIwliSqPGF4pMvsTnveRg6dFR86RZBISXIu"),
    account(6, "persistence1wqsddpelugnm7ss40puw20dacafhq8gka5lwfl", "A04hZY2qGNp/mJWoSvoDiSs6f6m8t0fZAruDxvf8piwP"),
    account(7, "persistence1urv8703cxqny9mcqdu8enh4mdhx0x55d72xwfr", "A594N85/X4/XqVp4sZDo0PE0uDjbn4J6tuZv2X2slPYO"),
    account(8, "persistence1lh6cxaa5hl0wv73jjct2mk7x2z6rq7de7l02sz", "A3Qpb9kgQVgmLRG7aLwOjlgN7SqEjRseAWLXxVM9FAVq"),
    account(9, "persistence1f84c23zhjlddsfg6n4y94v260v5yd8kt07mxa2", "AmGkoT9pGX5Pp4GgqE5A4ZovwMwdtlMM5611Td4uyHRa"),
  ] as readonly DevnetAccount[],
  /** The authority of every module (MsgUpdateParams and other governance messages). */
  authority: account(
    10,
    "persistence1nxkwrvet9pggwt46cyr5gt39nfh7d0546dpjfq",
    "AjL4yeAzwxqQijKtqt/RRkZwLtoThSizPeTwN0h+vBus",
  ),
  /** Operators of validator-0..3 (their valoper address has the same bytes). */
  validatorOperators: [
    account(100, "persistence1vwyvjx7gcrl3ykkrvsu6gjq93ksvg0phzpqy8l", "AobKfXuOcb5/yGlLtmEJ52c1dUM5e0kjli+gzWZKOADJ"),
    account(101, "persistence1zflllspqtmng3kx2ug6h66mjd3ja68ed422rfj", "A7iTyZcNIFnwHdD8ONyeZbYFyrZWI4ejIkrYYA3qrppL"),
    account(102, "persistence1zpv8z526u9la9k2pt2n9hr2mexh6cp7hhhl9mp", "AnKpi/2dAEnw8pjrhbkE9pzYP8y1WamY4QQ4DNU/VzOx"),
    account(103, "persistence1fy3vr48e5j4ej2d7n368tv0kvf824zc4g03jcj", "AyFy3vl6Xo+CAoGtiKpaUWAJGgq5NrkpYT+AohyYXGuQ"),
  ] as readonly DevnetAccount[],
  /** x/gov's module account address, sha256("gov")[:20]: where the authority would live on a real chain. */
  govModuleAddress: "persistence10d07y265gmmuvt4z0w9aw880jnsr700j5w4kch",
  balances: {
    /** Each of accounts 0..9 and the authority. */
    account: 1_000_000n * XPRT,
    /** Each validator operator: the self-delegation plus 1,000 XPRT for fees. */
    validatorOperator: 1_000_000n * XPRT + 1_000n * XPRT,
    /** Each validator's self-delegation (its consensus power is this / 10^6). */
    selfDelegation: 1_000_000n * XPRT,
  },
} as const;

/** The devnet validators' 32-byte ed25519 consensus public keys (seeds: SHA-256("persistence-mock-chain/validator/i")). */
export function devnetConsensusPubKeys(): Uint8Array[] {
  return [0, 1, 2, 3].map((i) => ed25519PublicKey(devnetValidatorSeed(i)));
}
