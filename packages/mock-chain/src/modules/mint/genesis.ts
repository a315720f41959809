// Mint genesis: the devnet form (overrides of the default params and minter as protobuf-es values) or the SDK's
// x/mint GenesisState JSON ({ minter, params } with proto field names and decimal strings), which exportGenesis writes.
import { create, type JsonValue } from "@bufbuild/protobuf";
import { type Minter, MinterSchema, type Params, ParamsSchema } from "@persistence-sdk/proto/cosmos/mint/v1beta1";
import type { Context } from "../../app/module.js";
import { fromGenesisJson, toGenesisJson } from "../staking/genesis-json.js";
import { defaultMinter, defaultMintParams, getMinter, getMintParams, setMinter, setMintParams } from "./params.js";

/** The devnet form of mint genesis (Decs as 10^18-scaled atomics strings, as protobuf-es carries them). */
export interface MintGenesis {
  readonly params?: Partial<Omit<Params, "$typeName">>;
  readonly minter?: Partial<Omit<Minter, "$typeName">>;
}

function isExportedForm(genesis: unknown): genesis is { minter?: JsonValue; params?: JsonValue } {
  if (typeof genesis !== "object" || genesis === null) return false;
  const { minter, params } = genesis as { minter?: object; params?: object };
  return (
    (typeof minter === "object" && minter !== null && "annual_provisions" in minter) ||
    (typeof params === "object" && params !== null && "mint_denom" in params)
  );
}

export function initMintGenesis(ctx: Context, genesis: unknown): void {
  if (isExportedForm(genesis)) {
    setMintParams(ctx.store, fromGenesisJson(ParamsSchema, genesis.params ?? {}));
    setMinter(ctx.store, fromGenesisJson(MinterSchema, genesis.minter ?? {}));
    return;
  }
  const input = (genesis ?? {}) as MintGenesis;
  setMintParams(ctx.store, create(ParamsSchema, { ...defaultMintParams(), ...input.params }));
  setMinter(ctx.store, create(MinterSchema, { ...defaultMinter(), ...input.minter }));
}

export function exportMintGenesis(ctx: Context): JsonValue {
  return {
    minter: toGenesisJson(MinterSchema, getMinter(ctx.store)),
    params: toGenesisJson(ParamsSchema, getMintParams(ctx.store)),
  };
}
