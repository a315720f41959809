import type { AllianceMathVersion, AllianceTimestamp } from "@persistence-sdk/core";

/** Options every preview takes. */
export interface PreviewOptions {
  /** The x/alliance math to apply (default: the client's chain config's, else v0.3.6). */
  readonly version?: AllianceMathVersion;
}

/** Options of the previews whose result depends on the time of the block that includes the transaction. */
export interface TimedPreviewOptions extends PreviewOptions {
  /**
   * The time of the block that will include the transaction (default: the latest block's time; the chain uses the
   * including block's, usually one block time later).
   */
  readonly blockTime?: AllianceTimestamp;
}
