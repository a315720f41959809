import { bench, describe } from "vitest";
import { Dec } from "./dec.js";

// Realistic operands: a share price with all 18 decimals used, a token amount in whole units, and a per-interval
// take rate such as Alliance compounds with Power.
const price = Dec.fromString("1.234567890123456789");
const amount = Dec.fromString("987654321.123456789");
const keepRate = Dec.fromString("0.999999999"); // 1 − take rate
const mersenne = Dec.fromInt(2n ** 127n - 1n); // Go's BenchmarkLegacySqrtOnMersennePrime input

// Results go to a sink so the work cannot be optimised away.
let sink: Dec = Dec.ZERO;

describe("Dec", () => {
  bench("mul", () => {
    sink = amount.mul(price);
  });
  bench("mulTruncate", () => {
    sink = amount.mulTruncate(price);
  });
  bench("quo", () => {
    sink = amount.quo(price);
  });
  bench("power(10)", () => {
    sink = keepRate.power(10);
  });
  bench("approxSqrt (2^127 − 1)", () => {
    sink = mersenne.approxSqrt();
  });
  bench("approxSqrt (1.234567890123456789)", () => {
    sink = price.approxSqrt();
  });
});

export { sink };
