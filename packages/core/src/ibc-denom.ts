import { sha256 } from "@noble/hashes/sha2.js";
import { bytesToHex } from "@noble/hashes/utils.js";
import { SdkError } from "./errors.js";

// ibc-go host identifier rules (modules/core/24-host/validate.go): ports are 2–128 of these characters; ICS-20
// hops name channels "channel-<n>".
const PORT_ID = /^[a-zA-Z0-9._+\-#[\]<>]{2,128}$/;
const CHANNEL_ID = /^channel-(0|[1-9][0-9]*)$/;

/**
 * The on-chain denom of an ICS-20 voucher (ibc-go `DenomTrace.IBCDenom`): "ibc/" + uppercase hex SHA-256 of the
 * full trace "port/channel/.../base", e.g. `ibcDenom("transfer/channel-0/uatom")` is
 * "ibc/27394FB092D2ECCD56123C74F36E4C1F926001CEADA9CA97EA622B25F41E5EB2" (Cosmos Hub ATOM on Osmosis).
 *
 * The trace must start with at least one "port/channel-N" hop and end in a non-empty base denom, which may itself
 * contain "/" (as in "transfer/channel-0/gamm/pool/1"), following ibc-go `ValidatePrefixedDenom`.
 */
export function ibcDenom(trace: string, field = "trace"): string {
  const invalid = (problem: string): SdkError =>
    new SdkError("INVALID_DENOM", problem, {
      field,
      value: trace,
      fix: 'Pass the full trace "port/channel-N/.../base denom", such as "transfer/channel-0/uatom".',
    });
  if (typeof trace !== "string" || trace.length === 0) throw invalid("a denom trace is required");
  if (/\s/.test(trace)) throw invalid("a denom trace must not contain whitespace");
  const parts = trace.split("/");
  // Leading port/channel pairs are the path; the first segment pair that is not a hop starts the base denom.
  let hops = 0;
  while (2 * hops + 2 < parts.length && CHANNEL_ID.test(parts[2 * hops + 1] ?? "")) {
    if (!PORT_ID.test(parts[2 * hops] ?? "")) throw invalid(`invalid port identifier "${parts[2 * hops]}"`);
    hops++;
  }
  if (hops === 0) throw invalid('not an IBC trace: it must start with "port/channel-N/"');
  const baseSegments = parts.slice(2 * hops);
  if (baseSegments.join("/").length === 0) throw invalid("the base denom is empty");
  if (baseSegments.some((segment) => segment.length === 0)) throw invalid("empty segment in the base denom");
  return `ibc/${bytesToHex(sha256(new TextEncoder().encode(trace))).toUpperCase()}`;
}
