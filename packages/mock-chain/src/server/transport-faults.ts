// Faults of the transport, not of the chain: what a flaky load balancer or a congested link does to a client. The
// servers consult one shared instance before answering each HTTP request (RPC and REST alike), so a test can check
// that its client retries, times out or reports the failure.
import type { ServerResponse } from "node:http";
import { setTimeout as sleep } from "node:timers/promises";

/** Transport fault injection, in-process and as the `mock_setLatency`/`mock_failNext`/... JSON-RPC methods. */
export interface TransportFaultControl {
  /** Delays every HTTP response by `ms` milliseconds (0 turns it off). */
  setLatency(ms: number): void;
  /** Answers the next `count` HTTP requests with `status` (a 5xx, default 503) instead of serving them. */
  failNext(count: number, status?: number): void;
  /** Destroys the connections of the next `count` HTTP requests without writing a response. */
  dropNext(count: number): void;
  /** Turns every transport fault off. */
  clearFaults(): void;
}

/** What to do with one incoming request. */
export type TransportFault =
  | { readonly kind: "serve" }
  | { readonly kind: "drop" }
  | { readonly kind: "fail"; readonly status: number };

const SERVE: TransportFault = { kind: "serve" };

/** The shared fault state of a running mock chain's servers. */
export class TransportFaults implements TransportFaultControl {
  #latencyMs = 0;
  #failCount = 0;
  #failStatus = 503;
  #dropCount = 0;

  setLatency(ms: number): void {
    if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`latency must be a non-negative number of ms, got ${ms}`);
    this.#latencyMs = ms;
  }

  failNext(count: number, status = 503): void {
    checkCount(count);
    if (!Number.isInteger(status) || status < 500 || status > 599) {
      throw new RangeError(`status must be an HTTP 5xx code, got ${status}`);
    }
    this.#failCount = count;
    this.#failStatus = status;
  }

  dropNext(count: number): void {
    checkCount(count);
    this.#dropCount = count;
  }

  clearFaults(): void {
    this.#latencyMs = 0;
    this.#failCount = 0;
    this.#dropCount = 0;
  }

  /** The fault for the request being handled now; consumes one drop or failure. Drops win over failures. */
  take(): TransportFault {
    if (this.#dropCount > 0) {
      this.#dropCount -= 1;
      return { kind: "drop" };
    }
    if (this.#failCount > 0) {
      this.#failCount -= 1;
      return { kind: "fail", status: this.#failStatus };
    }
    return SERVE;
  }

  /** Whether responses are being delayed (`delay` then waits). */
  get delaying(): boolean {
    return this.#latencyMs > 0;
  }

  /** Waits out the configured latency (resolves at once when there is none). */
  async delay(): Promise<void> {
    if (this.#latencyMs > 0) await sleep(this.#latencyMs);
  }
}

/**
 * Carries out a drop or a failure on `res`; returns false when the request should be served normally. A failure
 * answers with the status and a plain-text reason, as a proxy in front of a node would.
 */
export function enactFault(fault: TransportFault, res: ServerResponse, headers: Readonly<Record<string, string>>) {
  if (fault.kind === "serve") return false;
  if (res.destroyed) return true;
  if (fault.kind === "drop") {
    res.socket?.destroy();
    return true;
  }
  const body = `${fault.status} injected fault (mock_failNext)\n`;
  res.writeHead(fault.status, { ...headers, "Content-Type": "text/plain; charset=utf-8", Connection: "close" });
  res.end(body);
  return true;
}

function checkCount(count: number): void {
  if (!Number.isInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
}
