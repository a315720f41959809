// The simulated host chains behind x/liquidstakeibc. The real module drives a host chain (cosmoshub-4...) through IBC:
// interchain accounts delegate, undelegate and withdraw rewards there, interchain queries read balances back, ICS-20
// transfers move the tokens. The mock chain has no IBC, so each registered host chain has a small model here:
//
// - connections: which chain id a connection id leads to (what the IBC client state would say), and the host's
//   bech32 prefix; `liquidstakeibc/openConnection` adds more;
// - the host side of the books: the module's delegations are HostChain.validators[].delegated_amount (as the real
//   module mirrors them), the delegation and rewards interchain accounts with deterministic 32-byte addresses;
// - rewards: the module's delegations earn `apr` a year, accrued continuously over block time (fractions carried),
//   withdrawn to the rewards account and sent back as the daily autocompound transfer;
// - unbonding: an undelegation matures `unbondingSeconds` later (21 days, as the Cosmos Hub);
// - every interchain transaction and transfer is acknowledged in the block that sends it (no relayer delay, no
//   timeouts, no failures);
// - IBC vouchers: sending the host token to the host burns its voucher (through the `transfer` module account, as
//   ICS-20 does for tokens returning to their source) and receiving it mints the voucher, so the voucher supply on
//   the mock chain always equals what is held on it.
import { createHash } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";
import { Dec } from "@persistence-sdk/core";
import type { KVStore } from "../../app/module.js";
import { derivedModuleAddressBytes } from "../liquidstake/addresses.js";
import { LsibcKeys } from "./store.js";

/** One simulated host chain (mock-only state). */
export interface SimulatedHost {
  readonly chainId: string;
  /** Yearly reward rate the host pays on the module's delegations, net of commission (LegacyDec atomics). */
  readonly apr: string;
  /** The host's x/staking unbonding time. */
  readonly unbondingSeconds: bigint;
  /** Rewards earned and not yet withdrawn (LegacyDec atomics: fractions of a base unit carry over). */
  readonly accruedRewards: string;
  readonly lastAccrualNs: bigint;
  /** Rewards withdrawn into the rewards interchain account, not yet sent to Persistence. */
  readonly rewardsAccountBalance: bigint;
}

/** A simulated IBC connection: where MsgRegisterHostChain's connection_id leads. */
export interface SimulatedConnection {
  readonly connectionId: string;
  readonly chainId: string;
  /** The host's account bech32 prefix ("cosmos"); validators use `<prefix>valoper`. */
  readonly accountPrefix: string;
}

/** An LSM share voucher's denom trace (what ibc-go's transfer keeper would hold for the hash). */
export interface LsmTrace {
  /** "transfer/channel-0". */
  readonly path: string;
  /** "<valoper>/<record id>", the LSM share denom on the host. */
  readonly baseDenom: string;
}

/** The Cosmos Hub's unbonding time (chain-registry lock_duration 1814400s). */
export const HOST_UNBONDING_SECONDS = 1_814_400n;
/** The default yearly reward rate of a simulated host (roughly the Cosmos Hub's staking APR). */
export const DEFAULT_HOST_APR = "0.15";

const YEAR_NS = 365n * 86_400n * 1_000_000_000n;

export function getSimulatedHost(store: KVStore, chainId: string): SimulatedHost | undefined {
  return store.get<SimulatedHost>(`${LsibcKeys.simulatedHost}${chainId}`);
}

export function setSimulatedHost(store: KVStore, host: SimulatedHost): void {
  store.set(`${LsibcKeys.simulatedHost}${host.chainId}`, host);
}

export function allSimulatedHosts(store: KVStore): SimulatedHost[] {
  return Array.from(store.iterate<SimulatedHost>(LsibcKeys.simulatedHost), ([, host]) => host);
}

export function newSimulatedHost(chainId: string, nowNs: bigint, apr = DEFAULT_HOST_APR): SimulatedHost {
  return {
    chainId,
    apr: Dec.fromString(apr, "apr").toProto(),
    unbondingSeconds: HOST_UNBONDING_SECONDS,
    accruedRewards: Dec.ZERO.toProto(),
    lastAccrualNs: nowNs,
    rewardsAccountBalance: 0n,
  };
}

export function getConnection(store: KVStore, connectionId: string): SimulatedConnection | undefined {
  return store.get<SimulatedConnection>(`${LsibcKeys.simulatedConnection}${connectionId}`);
}

export function setConnection(store: KVStore, connection: SimulatedConnection): void {
  store.set(`${LsibcKeys.simulatedConnection}${connection.connectionId}`, connection);
}

export function allConnections(store: KVStore): SimulatedConnection[] {
  return Array.from(store.iterate<SimulatedConnection>(LsibcKeys.simulatedConnection), ([, c]) => c);
}

export function getLsmTrace(store: KVStore, ibcDenom: string): LsmTrace | undefined {
  return store.get<LsmTrace>(`${LsibcKeys.lsmTrace}${ibcDenom}`);
}

export function setLsmTrace(store: KVStore, ibcDenom: string, trace: LsmTrace): void {
  store.set(`${LsibcKeys.lsmTrace}${ibcDenom}`, trace);
}

export function allLsmTraces(store: KVStore): [string, LsmTrace][] {
  return Array.from(store.iterate<LsmTrace>(LsibcKeys.lsmTrace), ([key, trace]) => [
    key.slice(LsibcKeys.lsmTrace.length),
    trace,
  ]);
}

/** The next IBC packet sequence of the (single, simulated) controller; shared by every channel. */
export function nextSequence(store: KVStore): bigint {
  const next = (store.get<bigint>(LsibcKeys.sequence) ?? 0n) + 1n;
  store.set(LsibcKeys.sequence, next);
  return next;
}

/** The next LSM tokenize-share record id on the simulated hosts. */
export function nextLsmRecord(store: KVStore): bigint {
  const next = (store.get<bigint>(LsibcKeys.lsmRecord) ?? 0n) + 1n;
  store.set(LsibcKeys.lsmRecord, next);
  return next;
}

/** Rewards earned by `delegated` tokens between the last accrual and `nowNs`, added to the host's accrual. */
export function accrue(host: SimulatedHost, delegated: bigint, nowNs: bigint): SimulatedHost {
  if (nowNs <= host.lastAccrualNs) return host;
  const earned = Dec.fromInt(delegated)
    .mul(Dec.fromProto(host.apr))
    .mulInt(nowNs - host.lastAccrualNs)
    .quoInt(YEAR_NS);
  return {
    ...host,
    accruedRewards: Dec.fromProto(host.accruedRewards).add(earned).toProto(),
    lastAccrualNs: nowNs,
  };
}

/**
 * The address of an interchain account on the host, 32 bytes as ibc-go derives them from the connection and the
 * controller port ("icacontroller-<owner>").
 */
export function interchainAccountAddress(connection: SimulatedConnection, owner: string): string {
  return toBech32(
    connection.accountPrefix,
    derivedModuleAddressBytes("interchainaccounts", `${connection.connectionId}icacontroller-${owner}`),
    1023,
  );
}

/** The operator address of simulated host validator `index` (20 bytes of SHA-256 of a fixed label). */
export function hostValidatorAddress(chainId: string, accountPrefix: string, index: number): string {
  const bytes = createHash("sha256").update(`persistence-mock-chain/${chainId}/validator/${index}`).digest();
  return toBech32(`${accountPrefix}valoper`, new Uint8Array(bytes.subarray(0, 20)));
}
