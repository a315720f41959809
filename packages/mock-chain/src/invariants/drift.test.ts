import { allianceDelegationTokens, Dec } from "@persistence-sdk/core";
import type { Delegation } from "@persistence-sdk/proto/alliance/alliance";
import { it } from "vitest";
import { assetState, decOf, delegationState, validatorState } from "../modules/alliance/convert.js";
import { AllianceKeys } from "../modules/alliance/keys.js";
import { allAssets, allValidatorInfos } from "../modules/alliance/store.js";
import { runRandomisedChain } from "./runner.js";

it("drift", async () => {
  const seed = Number(process.env.SEED ?? 1);
  const blocks = Number(process.env.BLOCKS ?? 300);
  let maxBelow = 0n,
    maxAbove = 0n,
    maxVs = Dec.ZERO,
    maxTds = Dec.ZERO,
    worstRatio = 0;
  const result = await runRandomisedChain({
    seed,
    blocks,
    replayFailures: 0,
    failFast: false,
    onBlock: (_b, chain, inspect) => {
      inspect((ctx) => {
        const options = chain.keepers.alliance.mathOptions(ctx);
        const infos = allValidatorInfos(ctx.store).map((s) => ({
          op: s.validatorAddress,
          info: validatorState(s.validator!),
        }));
        const dels = Array.from(ctx.store.iterate<Delegation>(AllianceKeys.delegationPrefix), ([, d]) => d);
        for (const asset of allAssets(ctx.store).map(assetState)) {
          let vs = Dec.ZERO;
          let bal = 0n;
          let holders = 0;
          for (const { op, info } of infos) {
            const s = info.validatorShares[asset.denom];
            if (s && !s.isZero()) {
              vs = vs.add(s);
              holders++;
            }
            const mine = dels.filter((d) => d.denom === asset.denom && d.validatorAddress === op);
            const sum = mine.reduce((a, d) => a.add(decOf(d.shares)), Dec.ZERO);
            const t = info.totalDelegatorShares[asset.denom] ?? Dec.ZERO;
            if (sum.sub(t).abs().gt(maxTds)) maxTds = sum.sub(t).abs();
            for (const d of mine) bal += allianceDelegationTokens(delegationState(d).shares, info, asset, options);
          }
          if (vs.sub(asset.totalValidatorShares).abs().gt(maxVs)) maxVs = vs.sub(asset.totalValidatorShares).abs();
          const n = dels.filter((d) => d.denom === asset.denom).length;
          const below = asset.totalTokens - bal;
          const above = bal - asset.totalTokens;
          if (below > maxBelow) maxBelow = below;
          if (above > maxAbove) maxAbove = above;
          const bound = n + holders;
          if (bound > 0 && Number(below) / bound > worstRatio) worstRatio = Number(below) / bound;
        }
      });
    },
  });
  console.log(
    `violations ${result.violations.length}; max below ${maxBelow}, max above ${maxAbove}, max |ΣVS−TVS| ${maxVs}, max |ΣdelShares−TDS| ${maxTds}, worst below/bound ${worstRatio.toFixed(3)}`,
  );
  console.log(JSON.stringify(result.checks));
}, 2_000_000);
