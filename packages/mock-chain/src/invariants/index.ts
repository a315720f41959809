// The randomised invariant run of the mock chain: seeded random actions over many blocks, every module's books
// checked after every block. See runner.ts.
export {
  type ActionKind,
  type ActionMix,
  type BlockKind,
  type BlockMix,
  type BlockPlan,
  type ChainView,
  DEFAULT_ACTION_MIX,
  DEFAULT_BLOCK_MIX,
  GENERATORS,
  type Generator,
  type PlannedTx,
  readView,
} from "./actions.js";
export {
  basketValuesPerShare,
  checkInvariants,
  INVARIANT_GROUPS,
  type InvariantGroup,
  stateDump,
  type Violation,
} from "./checks.js";
export { INSPECT_PATH, INSPECTOR_MODULE, type Inspection, Inspector } from "./inspect.js";
export { Prng } from "./prng.js";
export {
  type ActionCounts,
  type BlockReport,
  type ExtraAction,
  InvariantViolationError,
  type RandomisedRunOptions,
  type RandomisedRunResult,
  runRandomisedChain,
} from "./runner.js";
export { type DevnetKey, devnetKey, signTx, type TxMessage, txMessage } from "./signer.js";
