// Registering a validator outside a transaction (genesis): the same record MsgCreateValidator writes, then the
// self-delegation from the operator's account.
import { create } from "@bufbuild/protobuf";
import { Dec } from "@persistence-sdk/core";
import { PubKeySchema as Ed25519PubKeySchema } from "@persistence-sdk/proto/cosmos/crypto/ed25519";
import {
  BondStatus,
  CommissionRatesSchema,
  CommissionSchema,
  DescriptionSchema,
  type Validator,
  ValidatorSchema,
} from "@persistence-sdk/proto/cosmos/staking/v1beta1";
import { packAny } from "../../app/any.js";
import type { Context } from "../../app/module.js";
import { convertBech32 } from "./addresses.js";
import { delegate } from "./delegation.js";
import type { StakingDeps } from "./expected-keepers.js";
import { timestampFromNs } from "./validator-set.js";
import { setValidator, setValidatorByConsensusAddress } from "./validator-store.js";

/** A validator to create at genesis, like a gentx. */
export interface GenesisValidator {
  /** The operator's *account* address (`persistence1…`); the valoper address has the same bytes. */
  readonly operator: string;
  /** 32-byte ed25519 consensus public key. */
  readonly consensusPubKey: Uint8Array;
  readonly moniker: string;
  /** Self-delegation in base units, taken from the operator's balance. */
  readonly selfDelegation: bigint;
  /** Decimal strings ("0.10"); defaults 0.10 / 0.20 / 0.01. */
  readonly commissionRate?: string;
  readonly commissionMaxRate?: string;
  readonly commissionMaxChangeRate?: string;
  /** Defaults to 1, the SDK's minimum. */
  readonly minSelfDelegation?: bigint;
}

/** Writes the validator (UNBONDED until the next validator-set update) and bonds its self-delegation. */
export function createGenesisValidator(deps: StakingDeps, ctx: Context, spec: GenesisValidator): Validator {
  const operatorAddress = convertBech32(spec.operator, deps.prefixes.validator);
  const validator = create(ValidatorSchema, {
    operatorAddress,
    consensusPubkey: packAny(Ed25519PubKeySchema, create(Ed25519PubKeySchema, { key: spec.consensusPubKey })),
    jailed: false,
    status: BondStatus.UNBONDED,
    tokens: "0",
    delegatorShares: Dec.ZERO.toProto(),
    description: create(DescriptionSchema, { moniker: spec.moniker }),
    unbondingHeight: 0n,
    unbondingTime: timestampFromNs(0n),
    commission: create(CommissionSchema, {
      commissionRates: create(CommissionRatesSchema, {
        rate: Dec.fromString(spec.commissionRate ?? "0.10").toProto(),
        maxRate: Dec.fromString(spec.commissionMaxRate ?? "0.20").toProto(),
        maxChangeRate: Dec.fromString(spec.commissionMaxChangeRate ?? "0.01").toProto(),
      }),
      updateTime: timestampFromNs(ctx.time.ns),
    }),
    minSelfDelegation: (spec.minSelfDelegation ?? 1n).toString(),
  });
  setValidator(ctx.store, validator);
  setValidatorByConsensusAddress(ctx.store, validator);
  deps.hooks.afterValidatorCreated(ctx, operatorAddress);
  delegate(deps, ctx, spec.operator, spec.selfDelegation, BondStatus.UNBONDED, validator, true);
  return validator;
}
