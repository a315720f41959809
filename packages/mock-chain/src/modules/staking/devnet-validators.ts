// The default devnet's four validators. Their ed25519 consensus keys come from fixed seeds, so every run of the mock
// chain has the same consensus addresses, validator set hash and proposer order:
//
//   seed_i = SHA-256("persistence-mock-chain/validator/" + i), i = 0..3   (the 32-byte ed25519 private seed)
//
// | i | moniker     | commission (rate / max / max change) | self-delegation       |
// |---|-------------|--------------------------------------|-----------------------|
// | 0 | validator-0 | 0.05 / 0.20 / 0.01                   | 1,000,000 XPRT        |
// | 1 | validator-1 | 0.10 / 0.20 / 0.01                   | 1,000,000 XPRT        |
// | 2 | validator-2 | 0.10 / 0.20 / 0.01                   | 1,000,000 XPRT        |
// | 3 | validator-3 | 0.20 / 0.50 / 0.05                   | 1,000,000 XPRT        |
//
// The operators are devnet accounts chosen by the genesis (they must hold the self-delegation); each validator's
// valoper address is its operator's account address under the `persistencevaloper` prefix.
import { createHash, createPrivateKey, createPublicKey } from "node:crypto";
import type { GenesisValidator } from "./create-validator.js";

/** Each devnet validator's self-delegation: 1,000,000 XPRT (10^12 uxprt), i.e. 1,000,000 consensus power. */
export const DEVNET_SELF_DELEGATION = 1_000_000_000_000n;

const COMMISSIONS: readonly [string, string, string][] = [
  ["0.05", "0.20", "0.01"],
  ["0.10", "0.20", "0.01"],
  ["0.10", "0.20", "0.01"],
  ["0.20", "0.50", "0.05"],
];

// PKCS#8 wrapping of a raw ed25519 seed (RFC 8410), so node:crypto derives the public key synchronously.
const PKCS8_ED25519_PREFIX = Buffer.from("302e020100300506032b657004220420", "hex");

/** The fixed 32-byte private seed of devnet validator `index`. */
export function devnetValidatorSeed(index: number): Uint8Array {
  return new Uint8Array(createHash("sha256").update(`persistence-mock-chain/validator/${index}`).digest());
}

/** The ed25519 public key of a 32-byte private seed. */
export function ed25519PublicKey(seed: Uint8Array): Uint8Array {
  const privateKey = createPrivateKey({
    key: Buffer.concat([PKCS8_ED25519_PREFIX, Buffer.from(seed)]),
    format: "der",
    type: "pkcs8",
  });
  const spki = createPublicKey(privateKey).export({ format: "der", type: "spki" });
  return new Uint8Array(spki.subarray(spki.length - 32));
}

/** The four devnet validators, operated by the given four account addresses (in order). */
export function devnetValidators(operators: readonly string[]): GenesisValidator[] {
  if (operators.length !== 4) throw new Error(`the devnet has four validators; got ${operators.length} operators`);
  return operators.map((operator, index) => {
    const [rate, maxRate, maxChangeRate] = COMMISSIONS[index]!;
    return {
      operator,
      consensusPubKey: ed25519PublicKey(devnetValidatorSeed(index)),
      moniker: `validator-${index}`,
      selfDelegation: DEVNET_SELF_DELEGATION,
      commissionRate: rate,
      commissionMaxRate: maxRate,
      commissionMaxChangeRate: maxChangeRate,
    };
  });
}
