import { it } from "vitest";
import { runRandomisedChain } from "./runner.js";

it("debug", async () => {
  const seed = Number(process.env.SEED ?? 1);
  const blocks = Number(process.env.BLOCKS ?? 200);
  const groups =
    process.env.GROUPS === undefined ? undefined : (process.env.GROUPS.split(",").filter(Boolean) as never);
  const result = await runRandomisedChain({
    seed,
    blocks,
    replayFailures: Number(process.env.REPLAY ?? 1),
    failFast: false,
    ...(groups ? { invariants: groups } : {}),
  });
  const byKind = new Map<string, { n: number; first: string; block: number }>();
  for (const v of result.violations) {
    const e = byKind.get(v.invariant);
    if (e) e.n++;
    else byKind.set(v.invariant, { n: 1, first: v.detail, block: v.block });
  }
  console.log([...byKind].map(([k, e]) => `${k} ×${e.n} (first at block ${e.block}): ${e.first}`).join("\n"));
  const { violations, byAction, failureCodes, ...rest } = result;
  console.log(
    Object.entries(byAction)
      .map(([k, c]) => `${k}: ${c.succeeded}/${c.attempted} ok, ${c.failed} failed, ${c.rejected} rejected`)
      .join("\n"),
  );
  console.log(JSON.stringify(failureCodes));
  console.log(JSON.stringify(rest, (_k, v) => (typeof v === "bigint" ? v.toString() : v)));
}, 1_000_000);
