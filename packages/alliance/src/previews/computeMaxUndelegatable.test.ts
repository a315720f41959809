import { allianceDelegationTokens, Dec } from "@persistence-sdk/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  computeMaxUndelegatable,
  MAX_UNDELEGATABLE_SCAN,
  type MaxUndelegatableInput,
  undelegationAccepted,
} from "./computeMaxUndelegatable.js";

const DENOM = "stk/uatom";

/** One validator holding all of an asset whose take rate has shrunk its tokens. */
function state(
  totalTokens: bigint,
  validatorShares: string,
  delegatorShares: string,
  shares: string,
): MaxUndelegatableInput {
  const tvs = Dec.fromProto(validatorShares);
  return {
    asset: { denom: DENOM, totalTokens, totalValidatorShares: tvs },
    validator: { validatorShares: { [DENOM]: tvs }, totalDelegatorShares: { [DENOM]: Dec.fromProto(delegatorShares) } },
    shares: Dec.fromProto(shares),
  };
}

describe("computeMaxUndelegatable", () => {
  it("is the balance when the chain accepts the balance (a fresh delegation)", () => {
    const fresh = state(
      1_000_000n,
      "1000000000000000000000000",
      "1000000000000000000000000",
      "400000000000000000000000",
    );
    expect(computeMaxUndelegatable(fresh)).toBe(400_000n);
    expect(undelegationAccepted(fresh, 400_000n)).toBe(true);
    expect(undelegationAccepted(fresh, 400_001n)).toBe(false);
  });

  it("is below the reported balance when the chain would refuse the balance (v0.3.6, Rounder 0.01)", () => {
    // Found by search: the balance is rounded up by the Rounder, and ValidateDelegatedAmount then refuses it.
    const input = state(305_127n, "311991680997000353085932", "311991871308954519533429", "115436992384313172227368");
    const balance = allianceDelegationTokens(input.shares, input.validator, input.asset);
    expect(balance).toBe(112_897n);
    expect(undelegationAccepted(input, balance)).toBe(false);
    expect(computeMaxUndelegatable(input)).toBe(112_896n);
    expect(undelegationAccepted(input, 112_896n)).toBe(true);
  });

  it("is 0 without shares", () => {
    expect(computeMaxUndelegatable(state(5n, "5000000000000000000", "5000000000000000000", "0"))).toBe(0n);
  });

  it("is accepted, at most the balance, and the largest accepted amount near it (both math versions)", () => {
    fc.assert(
      fc.property(
        fc.bigInt({ min: 1n, max: 10n ** 15n }),
        fc.integer({ min: 0, max: 200 }),
        fc.bigInt({ min: 0n, max: 10n ** 18n }),
        fc.integer({ min: 1, max: 1000 }),
        fc.constantFrom("v0.3.6" as const, "v0.3.4" as const),
        (tokens, shrinkPermille, dust, sharePermille, version) => {
          // Validator shares = delegator shares ≈ tokens at the start; take rate then removed up to 20% of the tokens.
          const validatorShares = Dec.fromInt(tokens).add(Dec.fromAtomics(dust));
          const delegatorShares = validatorShares.add(Dec.fromAtomics(dust / 3n));
          const input: MaxUndelegatableInput = {
            asset: {
              denom: DENOM,
              totalTokens: (tokens * BigInt(1000 - shrinkPermille)) / 1000n,
              totalValidatorShares: validatorShares,
            },
            validator: {
              validatorShares: { [DENOM]: validatorShares },
              totalDelegatorShares: { [DENOM]: delegatorShares },
            },
            shares: Dec.fromAtomics((delegatorShares.atomics * BigInt(sharePermille)) / 1000n),
          };
          const options = { version };
          const max = computeMaxUndelegatable(input, options);
          const balance = allianceDelegationTokens(input.shares, input.validator, input.asset, options);
          expect(max).toBeLessThanOrEqual(balance);
          if (max > 0n) expect(undelegationAccepted(input, max, options)).toBe(true);
          expect(balance - max).toBeLessThanOrEqual(MAX_UNDELEGATABLE_SCAN);
          for (let amount = max + 1n; amount <= balance; amount++) {
            expect(undelegationAccepted(input, amount, options)).toBe(false);
          }
          // With share prices near 1, v0.3.6 (Rounder 0.01) gives up at most one unit of the balance; v0.3.4's
          // Rounder of 10^-6 is smaller than the rounding of large amounts, so more can be refused.
          if (version === "v0.3.6") expect(balance - max).toBeLessThanOrEqual(1n);
        },
      ),
      { numRuns: 200 },
    );
  });
});
