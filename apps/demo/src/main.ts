// npm run demo: the Persistence SDK end to end on the embedded mock chain, as a user would use it. With a funded
// devnet account: liquid-stake XPRT and ATOM, restake stkATOM through Alliance, deposit into the ATOM basket, let time
// pass, collect rewards and read the yield stack, redeem (instantly and asynchronously), claim, and print the final
// positions. Every step prints what was previewed and what the chain did; the run fails (exit 1) when a step fails
// or a preview and the chain's outcome disagree. `--quiet` prints only the steps and the checks (CI).
import { claimAfterUnbonding, cutTheBatch, depositIntoBasket, redeemInstantly, requestRedemption } from "./basket.js";
import { finalPositions } from "./positions.js";
import { Reporter } from "./report.js";
import { advanceOneDay, collectRewards, showYieldStack } from "./rewards.js";
import { type Demo, startDemo } from "./setup.js";
import { redeemStkAtomInstantly, restake, showAccount, stakeAtom, stakeXprt, unstakeAsync } from "./staking.js";
import { newStory, type Story } from "./story.js";

const STEPS: readonly ((demo: Demo, story: Story) => Promise<void>)[] = [
  showAccount,
  stakeXprt,
  stakeAtom,
  restake,
  depositIntoBasket,
  advanceOneDay,
  collectRewards,
  showYieldStack,
  redeemInstantly,
  redeemStkAtomInstantly,
  requestRedemption,
  unstakeAsync,
  cutTheBatch,
  claimAfterUnbonding,
  finalPositions,
];

async function main(): Promise<number> {
  const started = performance.now();
  const out = new Reporter(process.argv.includes("--quiet"));
  console.log(
    "Persistence SDK demo: liquid staking, Alliance restaking and the ATOM basket on the embedded mock chain",
  );
  const demo = await startDemo(out);
  let failed: unknown;
  try {
    const story = newStory();
    for (const step of STEPS) await step(demo, story);
  } catch (error) {
    failed = error;
  } finally {
    demo.client.disconnect();
    await demo.running.stop();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  const { checks, failures } = out.summary;
  console.log("");
  if (failed !== undefined) {
    console.error("✗ a step failed:", failed);
    return 1;
  }
  if (failures.length > 0) {
    console.error(`✗ ${failures.length} of ${checks} checks failed (preview ≠ chain):`);
    for (const f of failures) console.error(`  - ${f}`);
    return 1;
  }
  console.log(
    `✓ all ${checks} checks passed: every preview agreed with what the chain did (${seconds} s, mock chain stopped)`,
  );
  return 0;
}

process.exitCode = await main();
