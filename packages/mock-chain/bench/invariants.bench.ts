// The long randomised invariant run for the reliability report: thousands of blocks of seeded random actions on the
// devnet (signed txs, time jumps, slashes, rate and c-value moves), every invariant checked after every block, a
// share of the failed txs replayed to prove they left no trace. One iteration; the counts go to stdout.
//
//   INVARIANT_BLOCKS=5000 INVARIANT_SEED=11 npx vitest bench --run bench/invariants.bench.ts
import { bench, describe } from "vitest";
import { runRandomisedChain } from "../src/index.js";

const BLOCKS = Number(process.env.INVARIANT_BLOCKS ?? 1000);
const SEED = Number(process.env.INVARIANT_SEED ?? 11);
const REPLAY = Number(process.env.INVARIANT_REPLAY ?? 0.25);

describe("randomised invariant run", () => {
  bench(
    `${BLOCKS} blocks, seed ${SEED}`,
    async () => {
      const result = await runRandomisedChain({ seed: SEED, blocks: BLOCKS, replayFailures: REPLAY });
      const { byAction, failureCodes, violations, ...counts } = result;
      console.info(
        JSON.stringify({ ...counts, violations: violations.length }, (_k, v) => (typeof v === "bigint" ? `${v}` : v)),
      );
      console.info(
        Object.entries(byAction)
          .map(([kind, c]) => `${kind}: ${c.succeeded}/${c.attempted} ok, ${c.failed} failed, ${c.rejected} refused`)
          .join("\n"),
      );
      console.info(JSON.stringify(failureCodes));
    },
    { iterations: 1, warmupIterations: 0, time: 0, warmupTime: 0 },
  );
});
