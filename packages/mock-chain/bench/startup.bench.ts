// Time to start: `startMockChain()` (devnet genesis, InitChain, the first block, both servers listening) until the
// first `status` call over HTTP answers. The table's figure also includes `stop()`; the printed line does not.
import { bench, describe } from "vitest";
import { startMockChain } from "../src/index.js";
import { HttpClient, loadAverage } from "./support.js";

const STARTS = 20;
const samples: number[] = [];

describe("startMockChain() until the first status answers", () => {
  bench(
    "1 op = start + first status + stop",
    async () => {
      const startedAt = performance.now();
      const running = await startMockChain();
      const client = new HttpClient(running.rpcUrl, 1);
      try {
        const status = (await client.get("/status")) as { result?: { sync_info?: { latest_block_height?: string } } };
        samples.push(performance.now() - startedAt);
        if (status.result?.sync_info?.latest_block_height !== "1") throw new Error("status did not answer height 1");
      } finally {
        client.close();
        await running.stop();
      }
    },
    {
      time: 0,
      iterations: STARTS,
      warmupTime: 0,
      warmupIterations: 3,
      setup() {
        samples.length = 0;
      },
      teardown(_task, mode) {
        if (mode !== "run") return;
        const sorted = [...samples].sort((a, b) => a - b);
        const mean = sorted.reduce((sum, x) => sum + x, 0) / sorted.length;
        const median = sorted[sorted.length >> 1]!;
        console.log(
          `[bench] start time, startMockChain() to first status: mean ${mean.toFixed(1)} ms, median ${median.toFixed(1)} ms (${sorted.length} starts; loadavg ${loadAverage()})`,
        );
      },
    },
  );
});
