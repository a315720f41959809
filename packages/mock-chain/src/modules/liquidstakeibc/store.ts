// x/liquidstakeibc's records with the Go store's key layout (types/keys.go): a one-byte prefix, then the chain id and
// the other key parts concatenated without separators, epochs as decimal text. Iteration (and so every query's order
// and the order deposits are drawn on for redemptions) is byte order over those keys, e.g. epoch "10" before "9".
import type {
  Deposit,
  HostChain,
  LSMDeposit,
  RedelegateTx,
  Redelegations,
  Unbonding,
  UserUnbonding,
  ValidatorUnbonding,
} from "@persistence-sdk/proto/pstake/liquidstakeibc/v1beta1";
import type { KVStore } from "../../app/module.js";

const ROOT = "liquidstakeibc/";

export const LsibcKeys = {
  hostChain: `${ROOT}01/`,
  deposit: `${ROOT}02/`,
  unbonding: `${ROOT}03/`,
  userUnbonding: `${ROOT}04/`,
  validatorUnbonding: `${ROOT}05/`,
  params: `${ROOT}06`,
  lsmDeposit: `${ROOT}07/`,
  redelegations: `${ROOT}08/`,
  redelegationTx: `${ROOT}09/`,
  /** Mock-only: the simulated host chains, connections, LSM denom traces, packet sequence and epochs. */
  simulatedHost: `${ROOT}sim/host/`,
  simulatedConnection: `${ROOT}sim/connection/`,
  lsmTrace: `${ROOT}sim/lsm-trace/`,
  sequence: `${ROOT}sim/sequence`,
  lsmRecord: `${ROOT}sim/lsm-record`,
  epochs: `${ROOT}epochs/`,
} as const;

function values<T>(store: KVStore, prefix: string): T[] {
  return Array.from(store.iterate<T>(prefix), ([, value]) => value);
}

/** Entries below a prefix with the prefix cut off the keys (for pagination). */
export function* entriesOf<T>(store: KVStore, prefix: string): IterableIterator<[string, T]> {
  for (const [key, value] of store.iterate<T>(prefix)) yield [key.slice(prefix.length), value];
}

// Host chains.

export function getHostChain(store: KVStore, chainId: string): HostChain | undefined {
  return store.get<HostChain>(`${LsibcKeys.hostChain}${chainId}`);
}

export function setHostChain(store: KVStore, hc: HostChain): void {
  store.set(`${LsibcKeys.hostChain}${hc.chainId}`, hc);
}

export function allHostChains(store: KVStore): HostChain[] {
  return values<HostChain>(store, LsibcKeys.hostChain);
}

// Deposits.

function depositKey(chainId: string, epoch: bigint): string {
  return `${LsibcKeys.deposit}${chainId}${epoch}`;
}

export function setDeposit(store: KVStore, deposit: Deposit): void {
  store.set(depositKey(deposit.chainId, deposit.epoch), deposit);
}

export function deleteDeposit(store: KVStore, deposit: Deposit): void {
  store.delete(depositKey(deposit.chainId, deposit.epoch));
}

export function allDeposits(store: KVStore): Deposit[] {
  return values<Deposit>(store, LsibcKeys.deposit);
}

/** GetDepositForChainAndEpoch: a scan, as in Go (the key alone would be ambiguous across chain ids). */
export function depositFor(store: KVStore, chainId: string, epoch: bigint): Deposit | undefined {
  return allDeposits(store).find((d) => d.chainId === chainId && d.epoch === epoch);
}

export function depositsOf(store: KVStore, chainId: string): Deposit[] {
  return allDeposits(store).filter((d) => d.chainId === chainId);
}

// LSM deposits.

function lsmDepositKey(chainId: string, delegator: string, denom: string): string {
  return `${LsibcKeys.lsmDeposit}${chainId}${delegator}${denom}`;
}

export function getLsmDeposit(
  store: KVStore,
  chainId: string,
  delegator: string,
  denom: string,
): LSMDeposit | undefined {
  return store.get<LSMDeposit>(lsmDepositKey(chainId, delegator, denom));
}

export function setLsmDeposit(store: KVStore, deposit: LSMDeposit): void {
  store.set(lsmDepositKey(deposit.chainId, deposit.delegatorAddress, deposit.denom), deposit);
}

export function deleteLsmDeposit(store: KVStore, deposit: LSMDeposit): void {
  store.delete(lsmDepositKey(deposit.chainId, deposit.delegatorAddress, deposit.denom));
}

export function lsmDepositsOf(store: KVStore, chainId: string): LSMDeposit[] {
  return values<LSMDeposit>(store, LsibcKeys.lsmDeposit).filter((d) => d.chainId === chainId);
}

// Unbondings.

function unbondingKey(chainId: string, epoch: bigint): string {
  return `${LsibcKeys.unbonding}${chainId}${epoch}`;
}

export function getUnbonding(store: KVStore, chainId: string, epoch: bigint): Unbonding | undefined {
  return store.get<Unbonding>(unbondingKey(chainId, epoch));
}

export function setUnbonding(store: KVStore, unbonding: Unbonding): void {
  store.set(unbondingKey(unbonding.chainId, unbonding.epochNumber), unbonding);
}

export function deleteUnbonding(store: KVStore, unbonding: Unbonding): void {
  store.delete(unbondingKey(unbonding.chainId, unbonding.epochNumber));
}

export function allUnbondings(store: KVStore): Unbonding[] {
  return values<Unbonding>(store, LsibcKeys.unbonding);
}

// User unbondings.

function userUnbondingKey(chainId: string, address: string, epoch: bigint): string {
  return `${LsibcKeys.userUnbonding}${chainId}${address}${epoch}`;
}

export function getUserUnbonding(
  store: KVStore,
  chainId: string,
  address: string,
  epoch: bigint,
): UserUnbonding | undefined {
  return store.get<UserUnbonding>(userUnbondingKey(chainId, address, epoch));
}

export function setUserUnbonding(store: KVStore, unbonding: UserUnbonding): void {
  store.set(userUnbondingKey(unbonding.chainId, unbonding.address, unbonding.epochNumber), unbonding);
}

export function deleteUserUnbonding(store: KVStore, unbonding: UserUnbonding): void {
  store.delete(userUnbondingKey(unbonding.chainId, unbonding.address, unbonding.epochNumber));
}

export function allUserUnbondings(store: KVStore): UserUnbonding[] {
  return values<UserUnbonding>(store, LsibcKeys.userUnbonding);
}

// Validator unbondings, redelegations, redelegation txs.

export function allValidatorUnbondings(store: KVStore): ValidatorUnbonding[] {
  return values<ValidatorUnbonding>(store, LsibcKeys.validatorUnbonding);
}

export function setValidatorUnbonding(store: KVStore, unbonding: ValidatorUnbonding): void {
  store.set(
    `${LsibcKeys.validatorUnbonding}${unbonding.chainId}${unbonding.validatorAddress}${unbonding.epochNumber}`,
    unbonding,
  );
}

export function getRedelegations(store: KVStore, chainId: string): Redelegations | undefined {
  return store.get<Redelegations>(`${LsibcKeys.redelegations}${chainId}`);
}

export function setRedelegations(store: KVStore, redelegations: Redelegations): void {
  store.set(`${LsibcKeys.redelegations}${redelegations.chainID}`, redelegations);
}

export function allRedelegationTxs(store: KVStore): RedelegateTx[] {
  return values<RedelegateTx>(store, LsibcKeys.redelegationTx);
}

export function setRedelegationTx(store: KVStore, tx: RedelegateTx): void {
  store.set(`${LsibcKeys.redelegationTx}${tx.chainId}${tx.ibcSequenceId}`, tx);
}
