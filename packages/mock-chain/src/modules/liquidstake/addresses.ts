// The derived (non-module) accounts of the pSTAKE modules. Go builds them with the SDK's `address.Module(name, key)`
// (types/address/hash.go), which gives 32-byte addresses, unlike `authtypes.NewModuleAddress` (20 bytes):
//
//   address.Module(name, key) = SHA-256( SHA-256("module") ‖ name ‖ 0x00 ‖ key )
//
// The liquidstake proxy account is address.Module("liquidstake", "-LiquidStakeProxyAcc") (pstake-native
// x/liquidstake/types/params.go), persistence19zwggtdgaspa9tje6mxdap9xjpc4rayf3nd6dt5g3lwkx4y7z6dqmj3hnc on core-1;
// the same bytes under any other prefix on other chains. wasmd derives contract addresses the same way
// (BuildContractAddressClassic), which the devnet uses for its stand-in of the CosmWasm LP lock contract.
import { createHash } from "node:crypto";
import { toBech32 } from "@cosmjs/encoding";

const MODULE_TYPE_HASH = createHash("sha256").update("module").digest();

/** `address.Module(moduleName, derivationKey)`: 32 bytes. */
export function derivedModuleAddressBytes(moduleName: string, derivationKey: Uint8Array | string): Uint8Array {
  const key = typeof derivationKey === "string" ? Buffer.from(derivationKey, "utf8") : Buffer.from(derivationKey);
  return new Uint8Array(
    createHash("sha256")
      .update(MODULE_TYPE_HASH)
      .update(Buffer.from(moduleName, "utf8"))
      .update(Buffer.from([0]))
      .update(key)
      .digest(),
  );
}

/** The proxy account that holds every liquid-staked delegation: address.Module("liquidstake", "-LiquidStakeProxyAcc"). */
export function liquidStakeProxyAddress(prefix = "persistence"): string {
  return toBech32(prefix, derivedModuleAddressBytes("liquidstake", "-LiquidStakeProxyAcc"), 1023);
}

/** The default fee account of x/liquidstake params: address.Module("liquidstake", "-FeeAcc") (DummyFeeAccountAcc). */
export function liquidStakeDummyFeeAddress(prefix = "persistence"): string {
  return toBech32(prefix, derivedModuleAddressBytes("liquidstake", "-FeeAcc"), 1023);
}

/** wasmd's BuildContractAddressClassic(codeId, instanceId): address.Module("wasm", codeId‖instanceId as uint64 BE). */
export function wasmContractAddress(prefix: string, codeId: bigint, instanceId: bigint): string {
  const id = Buffer.alloc(16);
  id.writeBigUInt64BE(codeId, 0);
  id.writeBigUInt64BE(instanceId, 8);
  return toBech32(prefix, derivedModuleAddressBytes("wasm", id), 1023);
}
