// `startMockChain`: a chain built with `createChain` and served on free ports (or the given ones), the in-process
// counterpart of running `persistence-mock-chain`. Tests start one, point unmodified clients at its URLs, drive time
// and faults through `control`, and `stop()` it.

import { DEVNET } from "../genesis/devnet.js";
import { devnetGenesis } from "../genesis/devnet-genesis.js";
import type { GenesisDocument } from "../genesis/genesis-document.js";
import { createChain, type MockChain } from "../node/chain.js";
import type { ChainOptions } from "../node/chain-options.js";
import { genesisJson } from "./genesis-json.js";
import { type MockChainControl, type ServeOptions, serveChain } from "./serve-chain.js";

/** Options of `startMockChain`: how to build the chain (`ChainOptions`) and where to serve it. */
export interface StartMockChainOptions extends ChainOptions, Omit<ServeOptions, "genesis"> {}

/** A running mock chain. */
export interface RunningMockChain {
  /** CometBFT JSON-RPC over HTTP, for `Comet38Client.connect` and `SigningStargateClient.connectWithSigner`. */
  readonly rpcUrl: string;
  /** Cosmos REST API (grpc-gateway JSON), e.g. `${restUrl}/cosmos/bank/v1beta1/balances/{address}`. */
  readonly restUrl: string;
  /**
   * CometBFT WebSocket (`ws://host:port/websocket`), for raw WebSocket clients. cosmjs appends "/websocket" itself;
   * `Comet38Client.connect(wsUrl)` works anyway (the server also answers "/websocket/websocket").
   */
  readonly wsUrl: string;
  readonly chainId: string;
  /** The chain in-process: every `ChainNode` method plus typed queries. */
  readonly chain: MockChain;
  /** Time travel, mining, funding, snapshots, node faults and transport faults. */
  readonly control: MockChainControl;
  /** The default devnet's chain id, test mnemonic, accounts and denoms (what a custom genesis replaces). */
  readonly devnet: typeof DEVNET;
  /** Closes the servers and stops block production timers. */
  stop(): Promise<void>;
}

/** Builds a chain (the documented devnet unless `genesis` or `state` says otherwise) and serves it. */
export async function startMockChain(options: StartMockChainOptions = {}): Promise<RunningMockChain> {
  const chain = createChain(options);
  const genesis: GenesisDocument | undefined =
    options.genesis ?? (options.state === undefined ? devnetGenesis() : undefined);
  let served: Awaited<ReturnType<typeof serveChain>>;
  try {
    served = await serveChain(chain, chain.control, {
      ...options,
      genesis: () => genesisJson(chain, genesis),
    });
  } catch (error) {
    chain.close();
    throw error;
  }
  let stopped: Promise<void> | undefined;
  return {
    rpcUrl: served.rpcUrl,
    restUrl: served.restUrl,
    wsUrl: served.wsUrl,
    chainId: chain.chainId,
    chain,
    control: served.control,
    devnet: DEVNET,
    stop() {
      stopped ??= (async () => {
        chain.close();
        await served.close();
      })();
      return stopped;
    },
  };
}
