// Wire-level facts of the upstream chains' protobuf schemas, kept independent of this repository's .proto files.
// The conformance test (upstream-wire.test.ts) walks the generated descriptors against this table.
//
// Where each fact comes from:
// - "doc": ../shared/reference/alliance-wire.md, pstake-wire.md, known-problems.md (read from upstream git tags).
// - "upstream": read directly from an upstream .proto file because the docs give the message only in part or
//   only by name. The files used:
//     alliance:       terra-money/alliance proto/alliance/alliance/*.proto (tx 5dc78fa, query 794c1c7,
//                     params+unbonding bf69e60, alliance+events+redelegations 1d2086d, delegations+genesis 1b675c8,
//                     gov 779e0cd); deprecated IBC* requests from the v0.3.4/v0.4.0 layout (query.proto of those tags
//                     as mirrored by generated clients).
//     liquidstake:    persistenceOne/pstake-native proto/pstake/liquidstake/v1beta1 (tx f92b01e, liquidstake 0fdbb59,
//                     query+genesis 09b430d).
//     liquidstakeibc: persistenceOne/persistence-sdk proto/pstake/liquidstakeibc/v1beta1 (liquidstakeibc+query 8dce7cc,
//                     msgs+params+genesis 7f81358); same proto package and the same layout the doc gives for
//                     pstake-native v2.16.0 (HostChain 1..17, HostChainLSParams without 5, Params 1..2).
// - "doc+upstream": the doc names some fields; the remaining ones (marked `// upstream` on the line) come from the file.
//
// Field `kind` is either a protobuf scalar keyword ("string", "uint64", ...) or the full name of a message or enum.
// `cosmosScalar` is listed only where the upstream file is known to carry `(cosmos_proto.scalar)`; a field without it
// is not checked for that option. Alliance's authority-msg Dec fields use only gogoproto.customtype upstream, so they
// carry no `cosmosScalar` here.

/** Scalar type keywords as written in .proto files. */
export type ScalarKind =
  | "double"
  | "float"
  | "int64"
  | "uint64"
  | "int32"
  | "fixed64"
  | "fixed32"
  | "bool"
  | "string"
  | "bytes"
  | "uint32"
  | "sfixed32"
  | "sfixed64"
  | "sint32"
  | "sint64";

/** Where a table entry was taken from. */
export type FactSource = "doc" | "upstream" | "doc+upstream";

/** The `(cosmos_proto.scalar)` values this table tracks. */
export type CosmosScalar = "cosmos.Dec" | "cosmos.Int";

export interface FieldFact {
  readonly no: number;
  /** Field name as written in the .proto file (not the JSON or TS name). */
  readonly name: string;
  /** A ScalarKind, or the fully qualified name of a message or enum type. */
  readonly kind: ScalarKind | (string & {});
  readonly repeated?: boolean;
  /** Expected `(cosmos_proto.scalar)`; absent means "not checked". */
  readonly cosmosScalar?: CosmosScalar;
  /** True when upstream sets `(amino.dont_omitempty) = true` on the field. */
  readonly dontOmitEmpty?: boolean;
}

export interface MessageFact {
  /** Fully qualified name; the type URL is "/" + typeName. */
  readonly typeName: string;
  readonly source: FactSource;
  /** Every field of the message; a message with no fields has an empty list. */
  readonly fields: readonly FieldFact[];
  /** `(cosmos.msg.v1.signer)`; absent means "not checked" (used for non-Msg types). */
  readonly signer?: readonly string[];
  /** `(amino.name)`; null means upstream has none; absent means "not checked". */
  readonly aminoName?: string | null;
  /** Name registered with the legacy amino codec (codec.go), for reference only; not a proto option. */
  readonly legacyAminoName?: string;
}

export interface EnumValueFact {
  readonly name: string;
  readonly no: number;
}

export interface EnumFact {
  readonly typeName: string;
  readonly source: FactSource;
  readonly values: readonly EnumValueFact[];
}

export interface HttpFact {
  readonly method: "get" | "post";
  readonly path: string;
}

export interface RpcFact {
  readonly name: string;
  readonly input: string;
  readonly output: string;
  /** `(google.api.http)` rule; null means upstream declares none. */
  readonly http: HttpFact | null;
}

export interface ServiceFact {
  readonly typeName: string;
  readonly source: FactSource;
  readonly methods: readonly RpcFact[];
}

export interface PackageFacts {
  /** Proto package name. */
  readonly pkg: string;
  readonly messages: readonly MessageFact[];
  readonly enums: readonly EnumFact[];
  readonly services: readonly ServiceFact[];
}

// ---------------------------------------------------------------------------------------------------------------
// alliance.alliance — terra-money/alliance, release/v0.4.x superset (v0.3.4 … v0.4.x HEAD).
// Includes the deprecated IBC* queries (v0.3.4/v0.4.0), the *ByDelegator queries (v0.3.5+/v0.4.3+),
// UnbondingDelegation.denom (4) and the v0.4.x amino names of the four authority msgs.
// ---------------------------------------------------------------------------------------------------------------

export const ALLIANCE: PackageFacts = {
  pkg: "alliance.alliance",
  messages: [
    // tx.proto
    {
      typeName: "alliance.alliance.MsgDelegate",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "alliance/MsgDelegate",
      legacyAminoName: "alliance/MsgDelegate",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "validator_address", kind: "string" },
        { no: 3, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    { typeName: "alliance.alliance.MsgDelegateResponse", source: "doc", fields: [] },
    {
      typeName: "alliance.alliance.MsgUndelegate",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "alliance/MsgUndelegate",
      legacyAminoName: "alliance/MsgUndelegate",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "validator_address", kind: "string" },
        { no: 3, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    { typeName: "alliance.alliance.MsgUndelegateResponse", source: "doc", fields: [] },
    {
      typeName: "alliance.alliance.MsgRedelegate",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "alliance/MsgRedelegate",
      legacyAminoName: "alliance/MsgRedelegate",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "validator_src_address", kind: "string" },
        { no: 3, name: "validator_dst_address", kind: "string" },
        { no: 4, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    { typeName: "alliance.alliance.MsgRedelegateResponse", source: "doc", fields: [] },
    {
      typeName: "alliance.alliance.MsgClaimDelegationRewards",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "alliance/MsgClaimDelegationRewards",
      legacyAminoName: "alliance/MsgClaimDelegationRewards",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "validator_address", kind: "string" },
        { no: 3, name: "denom", kind: "string" },
      ],
    },
    { typeName: "alliance.alliance.MsgClaimDelegationRewardsResponse", source: "doc", fields: [] },
    {
      // amino.name exists from v0.4.0 on; never registered with the legacy codec (known-problems #2).
      typeName: "alliance.alliance.MsgUpdateParams",
      source: "doc",
      signer: ["authority"],
      aminoName: "alliance/MsgUpdateParams",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "params", kind: "alliance.alliance.Params" },
      ],
    },
    { typeName: "alliance.alliance.MsgUpdateParamsResponse", source: "doc", fields: [] },
    {
      typeName: "alliance.alliance.MsgCreateAlliance",
      source: "doc",
      signer: ["authority"],
      aminoName: "alliance/MsgCreateAlliance",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "denom", kind: "string" },
        { no: 3, name: "reward_weight", kind: "string" },
        { no: 4, name: "take_rate", kind: "string" },
        { no: 5, name: "reward_change_rate", kind: "string" },
        { no: 6, name: "reward_change_interval", kind: "google.protobuf.Duration" },
        { no: 7, name: "reward_weight_range", kind: "alliance.alliance.RewardWeightRange" },
      ],
    },
    { typeName: "alliance.alliance.MsgCreateAllianceResponse", source: "doc", fields: [] },
    {
      typeName: "alliance.alliance.MsgUpdateAlliance",
      source: "doc",
      signer: ["authority"],
      aminoName: "alliance/MsgUpdateAlliance",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "denom", kind: "string" },
        { no: 3, name: "reward_weight", kind: "string" },
        { no: 4, name: "take_rate", kind: "string" },
        { no: 5, name: "reward_change_rate", kind: "string" },
        { no: 6, name: "reward_change_interval", kind: "google.protobuf.Duration" },
        { no: 7, name: "reward_weight_range", kind: "alliance.alliance.RewardWeightRange" },
      ],
    },
    { typeName: "alliance.alliance.MsgUpdateAllianceResponse", source: "doc", fields: [] },
    {
      typeName: "alliance.alliance.MsgDeleteAlliance",
      source: "doc",
      signer: ["authority"],
      aminoName: "alliance/MsgDeleteAlliance",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "denom", kind: "string" },
      ],
    },
    { typeName: "alliance.alliance.MsgDeleteAllianceResponse", source: "doc", fields: [] },

    // gov.proto — legacy gov v1beta1 Content types (registered with RegisterConcrete, no signer).
    {
      typeName: "alliance.alliance.MsgCreateAllianceProposal",
      source: "doc",
      legacyAminoName: "alliance/MsgCreateAllianceProposal",
      fields: [
        { no: 1, name: "title", kind: "string" },
        { no: 2, name: "description", kind: "string" },
        { no: 3, name: "denom", kind: "string" },
        { no: 4, name: "reward_weight", kind: "string" },
        { no: 5, name: "take_rate", kind: "string" },
        { no: 6, name: "reward_change_rate", kind: "string" },
        { no: 7, name: "reward_change_interval", kind: "google.protobuf.Duration" },
        { no: 8, name: "reward_weight_range", kind: "alliance.alliance.RewardWeightRange" },
      ],
    },
    {
      typeName: "alliance.alliance.MsgUpdateAllianceProposal",
      source: "doc",
      legacyAminoName: "alliance/MsgUpdateAllianceProposal",
      fields: [
        { no: 1, name: "title", kind: "string" },
        { no: 2, name: "description", kind: "string" },
        { no: 3, name: "denom", kind: "string" },
        { no: 4, name: "reward_weight", kind: "string" },
        { no: 5, name: "take_rate", kind: "string" },
        { no: 6, name: "reward_change_rate", kind: "string" },
        { no: 7, name: "reward_change_interval", kind: "google.protobuf.Duration" },
        { no: 8, name: "reward_weight_range", kind: "alliance.alliance.RewardWeightRange" },
      ],
    },
    {
      typeName: "alliance.alliance.MsgDeleteAllianceProposal",
      source: "doc",
      legacyAminoName: "alliance/MsgDeleteAllianceProposal",
      fields: [
        { no: 1, name: "title", kind: "string" },
        { no: 2, name: "description", kind: "string" },
        { no: 3, name: "denom", kind: "string" },
      ],
    },

    // params.proto
    {
      typeName: "alliance.alliance.Params",
      source: "doc",
      fields: [
        { no: 1, name: "reward_delay_time", kind: "google.protobuf.Duration" },
        { no: 2, name: "take_rate_claim_interval", kind: "google.protobuf.Duration" },
        { no: 3, name: "last_take_rate_claim_time", kind: "google.protobuf.Timestamp" },
      ],
    },
    {
      // cosmos.Dec on `index`: upstream params.proto bf69e60.
      typeName: "alliance.alliance.RewardHistory",
      source: "doc",
      fields: [
        { no: 1, name: "denom", kind: "string" },
        { no: 2, name: "index", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 3, name: "alliance", kind: "string" },
      ],
    },

    // alliance.proto
    {
      typeName: "alliance.alliance.RewardWeightRange",
      source: "doc",
      fields: [
        { no: 1, name: "min", kind: "string" },
        { no: 2, name: "max", kind: "string" },
      ],
    },
    {
      // cosmos.Int on `total_tokens`: upstream alliance.proto 1d2086d.
      typeName: "alliance.alliance.AllianceAsset",
      source: "doc",
      fields: [
        { no: 1, name: "denom", kind: "string" },
        { no: 2, name: "reward_weight", kind: "string" },
        { no: 3, name: "take_rate", kind: "string" },
        { no: 4, name: "total_tokens", kind: "string", cosmosScalar: "cosmos.Int" },
        { no: 5, name: "total_validator_shares", kind: "string" },
        { no: 6, name: "reward_start_time", kind: "google.protobuf.Timestamp" },
        { no: 7, name: "reward_change_rate", kind: "string" },
        { no: 8, name: "reward_change_interval", kind: "google.protobuf.Duration" },
        { no: 9, name: "last_reward_change_time", kind: "google.protobuf.Timestamp" },
        { no: 10, name: "reward_weight_range", kind: "alliance.alliance.RewardWeightRange" },
        { no: 11, name: "is_initialized", kind: "bool" },
      ],
    },
    {
      typeName: "alliance.alliance.RewardWeightChangeSnapshot",
      source: "doc",
      fields: [
        { no: 1, name: "prev_reward_weight", kind: "string" },
        { no: 2, name: "reward_histories", kind: "alliance.alliance.RewardHistory", repeated: true },
      ],
    },

    // delegations.proto
    {
      // cosmos.Dec on `shares`: upstream delegations.proto 1b675c8.
      typeName: "alliance.alliance.Delegation",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "validator_address", kind: "string" },
        { no: 3, name: "denom", kind: "string" },
        { no: 4, name: "shares", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 5, name: "reward_history", kind: "alliance.alliance.RewardHistory", repeated: true },
        { no: 6, name: "last_reward_claim_height", kind: "uint64" },
      ],
    },
    {
      typeName: "alliance.alliance.Undelegation",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "validator_address", kind: "string" },
        { no: 3, name: "balance", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    {
      typeName: "alliance.alliance.QueuedUndelegation",
      source: "doc",
      fields: [{ no: 1, name: "entries", kind: "alliance.alliance.Undelegation", repeated: true }],
    },
    {
      typeName: "alliance.alliance.AllianceValidatorInfo",
      source: "doc",
      fields: [
        { no: 1, name: "global_reward_history", kind: "alliance.alliance.RewardHistory", repeated: true },
        { no: 2, name: "total_delegator_shares", kind: "cosmos.base.v1beta1.DecCoin", repeated: true },
        { no: 3, name: "validator_shares", kind: "cosmos.base.v1beta1.DecCoin", repeated: true },
      ],
    },

    // unbonding.proto
    {
      // cosmos.Int on `amount`: upstream unbonding.proto bf69e60. Field 4 is absent in v0.3.4/v0.4.0 (superset here).
      typeName: "alliance.alliance.UnbondingDelegation",
      source: "doc",
      fields: [
        { no: 1, name: "completion_time", kind: "google.protobuf.Timestamp" },
        { no: 2, name: "validator_address", kind: "string" },
        { no: 3, name: "amount", kind: "string", cosmosScalar: "cosmos.Int" },
        { no: 4, name: "denom", kind: "string" },
      ],
    },

    // redelegations.proto
    {
      typeName: "alliance.alliance.QueuedRedelegation",
      source: "doc",
      fields: [{ no: 1, name: "entries", kind: "alliance.alliance.Redelegation", repeated: true }],
    },
    {
      typeName: "alliance.alliance.Redelegation",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "src_validator_address", kind: "string" },
        { no: 3, name: "dst_validator_address", kind: "string" },
        { no: 4, name: "balance", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    {
      typeName: "alliance.alliance.RedelegationEntry",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "src_validator_address", kind: "string" },
        { no: 3, name: "dst_validator_address", kind: "string" },
        { no: 4, name: "balance", kind: "cosmos.base.v1beta1.Coin" },
        { no: 5, name: "completion_time", kind: "google.protobuf.Timestamp" },
      ],
    },

    // genesis.proto
    {
      typeName: "alliance.alliance.ValidatorInfoState",
      source: "doc",
      fields: [
        { no: 1, name: "validator_address", kind: "string" },
        { no: 2, name: "validator", kind: "alliance.alliance.AllianceValidatorInfo" },
      ],
    },
    {
      typeName: "alliance.alliance.RedelegationState",
      source: "doc",
      fields: [
        { no: 1, name: "completion_time", kind: "google.protobuf.Timestamp" },
        { no: 2, name: "redelegation", kind: "alliance.alliance.Redelegation" },
      ],
    },
    {
      typeName: "alliance.alliance.UndelegationState",
      source: "doc",
      fields: [
        { no: 1, name: "completion_time", kind: "google.protobuf.Timestamp" },
        { no: 2, name: "undelegation", kind: "alliance.alliance.QueuedUndelegation" },
      ],
    },
    {
      typeName: "alliance.alliance.RewardWeightChangeSnapshotState",
      source: "doc",
      fields: [
        { no: 1, name: "height", kind: "uint64" },
        { no: 2, name: "validator", kind: "string" },
        { no: 3, name: "denom", kind: "string" },
        { no: 4, name: "snapshot", kind: "alliance.alliance.RewardWeightChangeSnapshot" },
      ],
    },
    {
      // Field 4 keeps upstream's misspelling "snaphots".
      typeName: "alliance.alliance.GenesisState",
      source: "doc",
      fields: [
        { no: 1, name: "params", kind: "alliance.alliance.Params" },
        { no: 2, name: "assets", kind: "alliance.alliance.AllianceAsset", repeated: true },
        { no: 3, name: "validator_infos", kind: "alliance.alliance.ValidatorInfoState", repeated: true },
        {
          no: 4,
          name: "reward_weight_change_snaphots",
          kind: "alliance.alliance.RewardWeightChangeSnapshotState",
          repeated: true,
        },
        { no: 5, name: "delegations", kind: "alliance.alliance.Delegation", repeated: true },
        { no: 6, name: "redelegations", kind: "alliance.alliance.RedelegationState", repeated: true },
        { no: 7, name: "undelegations", kind: "alliance.alliance.UndelegationState", repeated: true },
      ],
    },

    // events.proto — proto field names are camelCase upstream.
    {
      // cosmos.Dec on `newShares`: upstream events.proto 1d2086d.
      typeName: "alliance.alliance.DelegateAllianceEvent",
      source: "doc",
      fields: [
        { no: 1, name: "allianceSender", kind: "string" },
        { no: 2, name: "validator", kind: "string" },
        { no: 3, name: "coin", kind: "cosmos.base.v1beta1.Coin" },
        { no: 4, name: "newShares", kind: "string", cosmosScalar: "cosmos.Dec" },
      ],
    },
    {
      typeName: "alliance.alliance.UndelegateAllianceEvent",
      source: "doc",
      fields: [
        { no: 1, name: "allianceSender", kind: "string" },
        { no: 2, name: "validator", kind: "string" },
        { no: 3, name: "coin", kind: "cosmos.base.v1beta1.Coin" },
        { no: 4, name: "completionTime", kind: "google.protobuf.Timestamp" },
      ],
    },
    {
      typeName: "alliance.alliance.RedelegateAllianceEvent",
      source: "doc",
      fields: [
        { no: 1, name: "allianceSender", kind: "string" },
        { no: 2, name: "sourceValidator", kind: "string" },
        { no: 3, name: "destinationValidator", kind: "string" },
        { no: 4, name: "coin", kind: "cosmos.base.v1beta1.Coin" },
        { no: 5, name: "completionTime", kind: "google.protobuf.Timestamp" },
      ],
    },
    {
      typeName: "alliance.alliance.ClaimAllianceRewardsEvent",
      source: "doc",
      fields: [
        { no: 1, name: "allianceSender", kind: "string" },
        { no: 2, name: "validator", kind: "string" },
        { no: 3, name: "coins", kind: "cosmos.base.v1beta1.Coin", repeated: true },
      ],
    },
    {
      typeName: "alliance.alliance.DeductAllianceAssetsEvent",
      source: "doc",
      fields: [{ no: 1, name: "coins", kind: "cosmos.base.v1beta1.Coin", repeated: true }],
    },

    // query.proto — request field layouts from the doc; response layouts partly from the doc, rest upstream.
    { typeName: "alliance.alliance.QueryParamsRequest", source: "doc", fields: [] },
    {
      typeName: "alliance.alliance.QueryParamsResponse",
      source: "upstream",
      fields: [{ no: 1, name: "params", kind: "alliance.alliance.Params" }],
    },
    {
      typeName: "alliance.alliance.QueryAlliancesRequest",
      source: "doc",
      fields: [{ no: 1, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" }],
    },
    {
      typeName: "alliance.alliance.QueryAlliancesResponse",
      source: "upstream",
      fields: [
        { no: 1, name: "alliances", kind: "alliance.alliance.AllianceAsset", repeated: true },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageResponse" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceRequest",
      source: "doc",
      fields: [{ no: 1, name: "denom", kind: "string" }],
    },
    {
      typeName: "alliance.alliance.QueryAllianceResponse",
      source: "upstream",
      fields: [{ no: 1, name: "alliance", kind: "alliance.alliance.AllianceAsset" }],
    },
    {
      // Deprecated; v0.3.4 and v0.4.0 only.
      typeName: "alliance.alliance.QueryIBCAllianceRequest",
      source: "doc",
      fields: [{ no: 1, name: "hash", kind: "string" }],
    },
    {
      typeName: "alliance.alliance.QueryAllianceValidatorRequest",
      source: "doc",
      fields: [{ no: 1, name: "validator_addr", kind: "string" }],
    },
    {
      typeName: "alliance.alliance.QueryAllAllianceValidatorsRequest",
      source: "doc",
      fields: [{ no: 1, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" }],
    },
    {
      typeName: "alliance.alliance.QueryAllAlliancesDelegationsRequest",
      source: "doc",
      fields: [{ no: 1, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" }],
    },
    {
      typeName: "alliance.alliance.QueryAlliancesDelegationsRequest",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_addr", kind: "string" },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAlliancesDelegationByValidatorRequest",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_addr", kind: "string" },
        { no: 2, name: "validator_addr", kind: "string" },
        { no: 3, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      typeName: "alliance.alliance.DelegationResponse",
      source: "doc",
      fields: [
        { no: 1, name: "delegation", kind: "alliance.alliance.Delegation" },
        { no: 2, name: "balance", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAlliancesDelegationsResponse",
      source: "doc",
      fields: [
        { no: 1, name: "delegations", kind: "alliance.alliance.DelegationResponse", repeated: true },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageResponse" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceDelegationRequest",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_addr", kind: "string" },
        { no: 2, name: "validator_addr", kind: "string" },
        { no: 3, name: "denom", kind: "string" },
        { no: 4, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      // Deprecated; v0.3.4 and v0.4.0 only. Field names 1, 2, 4 from the upstream v0.3.4 layout.
      typeName: "alliance.alliance.QueryIBCAllianceDelegationRequest",
      source: "doc+upstream",
      fields: [
        { no: 1, name: "delegator_addr", kind: "string" }, // upstream
        { no: 2, name: "validator_addr", kind: "string" }, // upstream
        { no: 3, name: "hash", kind: "string" },
        { no: 4, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" }, // upstream
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceDelegationResponse",
      source: "doc",
      fields: [{ no: 1, name: "delegation", kind: "alliance.alliance.DelegationResponse" }],
    },
    {
      typeName: "alliance.alliance.QueryAllianceDelegationRewardsRequest",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_addr", kind: "string" },
        { no: 2, name: "validator_addr", kind: "string" },
        { no: 3, name: "denom", kind: "string" },
        { no: 4, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      // Deprecated; v0.3.4–v0.3.6 and v0.4.0.
      typeName: "alliance.alliance.QueryIBCAllianceDelegationRewardsRequest",
      source: "doc+upstream",
      fields: [
        { no: 1, name: "delegator_addr", kind: "string" }, // upstream
        { no: 2, name: "validator_addr", kind: "string" }, // upstream
        { no: 3, name: "hash", kind: "string" },
        { no: 4, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" }, // upstream
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceDelegationRewardsResponse",
      source: "doc",
      fields: [{ no: 1, name: "rewards", kind: "cosmos.base.v1beta1.Coin", repeated: true }],
    },
    {
      typeName: "alliance.alliance.QueryAllianceValidatorResponse",
      source: "doc",
      fields: [
        { no: 1, name: "validator_addr", kind: "string" },
        { no: 2, name: "total_delegation_shares", kind: "cosmos.base.v1beta1.DecCoin", repeated: true },
        { no: 3, name: "validator_shares", kind: "cosmos.base.v1beta1.DecCoin", repeated: true },
        { no: 4, name: "total_staked", kind: "cosmos.base.v1beta1.DecCoin", repeated: true },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceValidatorsResponse",
      source: "doc+upstream",
      fields: [
        { no: 1, name: "validators", kind: "alliance.alliance.QueryAllianceValidatorResponse", repeated: true }, // upstream kind
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageResponse" },
      ],
    },
    {
      // Field 2 is unused upstream (known-problems #13).
      typeName: "alliance.alliance.QueryAllianceUnbondingsByDelegatorRequest",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_addr", kind: "string" },
        { no: 3, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      // No pagination in this response.
      typeName: "alliance.alliance.QueryAllianceUnbondingsByDelegatorResponse",
      source: "doc",
      fields: [{ no: 1, name: "unbondings", kind: "alliance.alliance.UnbondingDelegation", repeated: true }],
    },
    {
      typeName: "alliance.alliance.QueryAllianceUnbondingsByDenomAndDelegatorRequest",
      source: "doc",
      fields: [
        { no: 1, name: "denom", kind: "string" },
        { no: 2, name: "delegator_addr", kind: "string" },
        { no: 3, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceUnbondingsByDenomAndDelegatorResponse",
      source: "doc",
      fields: [
        { no: 1, name: "unbondings", kind: "alliance.alliance.UnbondingDelegation", repeated: true },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageResponse" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceUnbondingsRequest",
      source: "doc",
      fields: [
        { no: 1, name: "denom", kind: "string" },
        { no: 2, name: "delegator_addr", kind: "string" },
        { no: 3, name: "validator_addr", kind: "string" },
        { no: 4, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceUnbondingsResponse",
      source: "doc",
      fields: [
        { no: 1, name: "unbondings", kind: "alliance.alliance.UnbondingDelegation", repeated: true },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageResponse" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceRedelegationsRequest",
      source: "doc",
      fields: [
        { no: 1, name: "denom", kind: "string" },
        { no: 2, name: "delegator_addr", kind: "string" },
        { no: 3, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceRedelegationsResponse",
      source: "doc",
      fields: [
        { no: 1, name: "redelegations", kind: "alliance.alliance.RedelegationEntry", repeated: true },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageResponse" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceRedelegationsByDelegatorRequest",
      source: "doc",
      fields: [
        { no: 1, name: "delegator_addr", kind: "string" },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      typeName: "alliance.alliance.QueryAllianceRedelegationsByDelegatorResponse",
      source: "doc",
      fields: [
        { no: 1, name: "redelegations", kind: "alliance.alliance.RedelegationEntry", repeated: true },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageResponse" },
      ],
    },
  ],
  enums: [],
  services: [
    {
      // No google.api.http rules on the Msg service upstream.
      typeName: "alliance.alliance.Msg",
      source: "upstream",
      methods: [
        {
          name: "Delegate",
          input: "alliance.alliance.MsgDelegate",
          output: "alliance.alliance.MsgDelegateResponse",
          http: null,
        },
        {
          name: "Redelegate",
          input: "alliance.alliance.MsgRedelegate",
          output: "alliance.alliance.MsgRedelegateResponse",
          http: null,
        },
        {
          name: "Undelegate",
          input: "alliance.alliance.MsgUndelegate",
          output: "alliance.alliance.MsgUndelegateResponse",
          http: null,
        },
        {
          name: "ClaimDelegationRewards",
          input: "alliance.alliance.MsgClaimDelegationRewards",
          output: "alliance.alliance.MsgClaimDelegationRewardsResponse",
          http: null,
        },
        {
          name: "UpdateParams",
          input: "alliance.alliance.MsgUpdateParams",
          output: "alliance.alliance.MsgUpdateParamsResponse",
          http: null,
        },
        {
          name: "CreateAlliance",
          input: "alliance.alliance.MsgCreateAlliance",
          output: "alliance.alliance.MsgCreateAllianceResponse",
          http: null,
        },
        {
          name: "UpdateAlliance",
          input: "alliance.alliance.MsgUpdateAlliance",
          output: "alliance.alliance.MsgUpdateAllianceResponse",
          http: null,
        },
        {
          name: "DeleteAlliance",
          input: "alliance.alliance.MsgDeleteAlliance",
          output: "alliance.alliance.MsgDeleteAllianceResponse",
          http: null,
        },
      ],
    },
    {
      // RPC names and paths from the doc; request/response type names from upstream query.proto.
      typeName: "alliance.alliance.Query",
      source: "doc+upstream",
      methods: [
        {
          name: "Params",
          input: "alliance.alliance.QueryParamsRequest",
          output: "alliance.alliance.QueryParamsResponse",
          http: { method: "get", path: "/terra/alliances/params" },
        },
        {
          name: "Alliances",
          input: "alliance.alliance.QueryAlliancesRequest",
          output: "alliance.alliance.QueryAlliancesResponse",
          http: { method: "get", path: "/terra/alliances" },
        },
        {
          name: "Alliance",
          input: "alliance.alliance.QueryAllianceRequest",
          output: "alliance.alliance.QueryAllianceResponse",
          http: { method: "get", path: "/terra/alliances/{denom}" },
        },
        {
          name: "IBCAlliance",
          input: "alliance.alliance.QueryIBCAllianceRequest",
          output: "alliance.alliance.QueryAllianceResponse",
          http: { method: "get", path: "/terra/alliances/ibc/{hash}" },
        },
        {
          name: "AllAlliancesDelegations",
          input: "alliance.alliance.QueryAllAlliancesDelegationsRequest",
          output: "alliance.alliance.QueryAlliancesDelegationsResponse",
          http: { method: "get", path: "/terra/alliances/delegations" },
        },
        {
          name: "AllianceValidator",
          input: "alliance.alliance.QueryAllianceValidatorRequest",
          output: "alliance.alliance.QueryAllianceValidatorResponse",
          http: { method: "get", path: "/terra/alliances/validators/{validator_addr}" },
        },
        {
          name: "AllAllianceValidators",
          input: "alliance.alliance.QueryAllAllianceValidatorsRequest",
          output: "alliance.alliance.QueryAllianceValidatorsResponse",
          http: { method: "get", path: "/terra/alliances/validators" },
        },
        {
          name: "AlliancesDelegation",
          input: "alliance.alliance.QueryAlliancesDelegationsRequest",
          output: "alliance.alliance.QueryAlliancesDelegationsResponse",
          http: { method: "get", path: "/terra/alliances/delegations/{delegator_addr}" },
        },
        {
          name: "AlliancesDelegationByValidator",
          input: "alliance.alliance.QueryAlliancesDelegationByValidatorRequest",
          output: "alliance.alliance.QueryAlliancesDelegationsResponse",
          http: { method: "get", path: "/terra/alliances/delegations/{delegator_addr}/{validator_addr}" },
        },
        {
          name: "AllianceDelegation",
          input: "alliance.alliance.QueryAllianceDelegationRequest",
          output: "alliance.alliance.QueryAllianceDelegationResponse",
          http: { method: "get", path: "/terra/alliances/delegations/{delegator_addr}/{validator_addr}/{denom}" },
        },
        {
          name: "IBCAllianceDelegation",
          input: "alliance.alliance.QueryIBCAllianceDelegationRequest",
          output: "alliance.alliance.QueryAllianceDelegationResponse",
          http: { method: "get", path: "/terra/alliances/delegations/{delegator_addr}/{validator_addr}/ibc/{hash}" },
        },
        {
          name: "AllianceDelegationRewards",
          input: "alliance.alliance.QueryAllianceDelegationRewardsRequest",
          output: "alliance.alliance.QueryAllianceDelegationRewardsResponse",
          http: { method: "get", path: "/terra/alliances/rewards/{delegator_addr}/{validator_addr}/{denom}" },
        },
        {
          name: "IBCAllianceDelegationRewards",
          input: "alliance.alliance.QueryIBCAllianceDelegationRewardsRequest",
          output: "alliance.alliance.QueryAllianceDelegationRewardsResponse",
          http: { method: "get", path: "/terra/alliances/rewards/{delegator_addr}/{validator_addr}/ibc/{hash}" },
        },
        {
          name: "AllianceUnbondingsByDelegator",
          input: "alliance.alliance.QueryAllianceUnbondingsByDelegatorRequest",
          output: "alliance.alliance.QueryAllianceUnbondingsByDelegatorResponse",
          http: { method: "get", path: "/terra/alliances/unbondings/{delegator_addr}" },
        },
        {
          name: "AllianceUnbondingsByDenomAndDelegator",
          input: "alliance.alliance.QueryAllianceUnbondingsByDenomAndDelegatorRequest",
          output: "alliance.alliance.QueryAllianceUnbondingsByDenomAndDelegatorResponse",
          http: { method: "get", path: "/terra/alliances/unbondings/{denom}/{delegator_addr}" },
        },
        {
          name: "AllianceUnbondings",
          input: "alliance.alliance.QueryAllianceUnbondingsRequest",
          output: "alliance.alliance.QueryAllianceUnbondingsResponse",
          http: { method: "get", path: "/terra/alliances/unbondings/{denom}/{delegator_addr}/{validator_addr}" },
        },
        {
          name: "AllianceRedelegationsByDelegator",
          input: "alliance.alliance.QueryAllianceRedelegationsByDelegatorRequest",
          output: "alliance.alliance.QueryAllianceRedelegationsByDelegatorResponse",
          http: { method: "get", path: "/terra/alliances/redelegations/{delegator_addr}" },
        },
        {
          name: "AllianceRedelegations",
          input: "alliance.alliance.QueryAllianceRedelegationsRequest",
          output: "alliance.alliance.QueryAllianceRedelegationsResponse",
          http: { method: "get", path: "/terra/alliances/redelegations/{denom}/{delegator_addr}" },
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// pstake.liquidstake.v1beta1 — stkXPRT, the pSTAKE module live on core-1 (pstake-native v3…v6, persistenceCore main).
// Upstream carries no cosmos_proto.scalar on its Dec/Int fields and no amino.dont_omitempty.
// ---------------------------------------------------------------------------------------------------------------

export const LIQUIDSTAKE: PackageFacts = {
  pkg: "pstake.liquidstake.v1beta1",
  messages: [
    // tx.proto
    {
      typeName: "pstake.liquidstake.v1beta1.MsgLiquidStake",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "liquidstake/MsgLiquidStake",
      legacyAminoName: "liquidstake/MsgLiquidStake",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    { typeName: "pstake.liquidstake.v1beta1.MsgLiquidStakeResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstake.v1beta1.MsgLiquidUnstake",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "liquidstake/MsgLiquidUnstake",
      legacyAminoName: "liquidstake/MsgLiquidUnstake",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    {
      typeName: "pstake.liquidstake.v1beta1.MsgLiquidUnstakeResponse",
      source: "doc",
      fields: [{ no: 1, name: "completion_time", kind: "google.protobuf.Timestamp" }],
    },
    {
      typeName: "pstake.liquidstake.v1beta1.MsgStakeToLP",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "liquidstake/MsgStakeToLP",
      legacyAminoName: "liquidstake/MsgStakeToLP",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "validator_address", kind: "string" },
        { no: 3, name: "staked_amount", kind: "cosmos.base.v1beta1.Coin" },
        { no: 4, name: "liquid_amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    { typeName: "pstake.liquidstake.v1beta1.MsgStakeToLPResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstake.v1beta1.MsgUpdateParams",
      source: "doc",
      signer: ["authority"],
      aminoName: "liquidstake/MsgUpdateParams",
      legacyAminoName: "liquidstake/MsgUpdateParams",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "params", kind: "pstake.liquidstake.v1beta1.Params" },
      ],
    },
    { typeName: "pstake.liquidstake.v1beta1.MsgUpdateParamsResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstake.v1beta1.MsgUpdateWhitelistedValidators",
      source: "doc",
      signer: ["authority"],
      aminoName: "liquidstake/MsgUpdateWhitelistedValidators",
      legacyAminoName: "liquidstake/MsgUpdateWhitelistedValidators",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        {
          no: 2,
          name: "whitelisted_validators",
          kind: "pstake.liquidstake.v1beta1.WhitelistedValidator",
          repeated: true,
        },
      ],
    },
    { typeName: "pstake.liquidstake.v1beta1.MsgUpdateWhitelistedValidatorsResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstake.v1beta1.MsgSetModulePaused",
      source: "doc",
      signer: ["authority"],
      aminoName: "liquidstake/MsgSetModulePaused",
      legacyAminoName: "liquidstake/MsgSetModulePaused",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "is_paused", kind: "bool" },
      ],
    },
    { typeName: "pstake.liquidstake.v1beta1.MsgSetModulePausedResponse", source: "doc", fields: [] },

    // liquidstake.proto
    {
      typeName: "pstake.liquidstake.v1beta1.Params",
      source: "doc",
      fields: [
        { no: 1, name: "liquid_bond_denom", kind: "string" },
        {
          no: 2,
          name: "whitelisted_validators",
          kind: "pstake.liquidstake.v1beta1.WhitelistedValidator",
          repeated: true,
        },
        { no: 3, name: "unstake_fee_rate", kind: "string" },
        { no: 4, name: "lsm_disabled", kind: "bool" },
        { no: 5, name: "min_liquid_stake_amount", kind: "string" },
        { no: 6, name: "cw_locked_pool_address", kind: "string" },
        { no: 7, name: "fee_account_address", kind: "string" },
        { no: 8, name: "autocompound_fee_rate", kind: "string" },
        { no: 9, name: "whitelist_admin_address", kind: "string" },
        { no: 10, name: "module_paused", kind: "bool" },
      ],
    },
    {
      typeName: "pstake.liquidstake.v1beta1.WhitelistedValidator",
      source: "doc",
      fields: [
        { no: 1, name: "validator_address", kind: "string" },
        { no: 2, name: "target_weight", kind: "string" },
      ],
    },
    {
      typeName: "pstake.liquidstake.v1beta1.LiquidValidator",
      source: "doc",
      fields: [{ no: 1, name: "operator_address", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstake.v1beta1.LiquidValidatorState",
      source: "doc",
      fields: [
        { no: 1, name: "operator_address", kind: "string" },
        { no: 2, name: "weight", kind: "string" },
        { no: 3, name: "status", kind: "pstake.liquidstake.v1beta1.ValidatorStatus" },
        { no: 4, name: "del_shares", kind: "string" },
        { no: 5, name: "liquid_tokens", kind: "string" },
      ],
    },
    {
      typeName: "pstake.liquidstake.v1beta1.NetAmountState",
      source: "doc",
      fields: [
        { no: 1, name: "mint_rate", kind: "string" },
        { no: 2, name: "stkxprt_total_supply", kind: "string" },
        { no: 3, name: "net_amount", kind: "string" },
        { no: 4, name: "total_del_shares", kind: "string" },
        { no: 5, name: "total_liquid_tokens", kind: "string" },
        { no: 6, name: "total_remaining_rewards", kind: "string" },
        { no: 7, name: "total_unbonding_balance", kind: "string" },
        { no: 8, name: "proxy_acc_balance", kind: "string" },
      ],
    },

    // genesis.proto
    {
      typeName: "pstake.liquidstake.v1beta1.GenesisState",
      source: "doc+upstream",
      fields: [
        { no: 1, name: "params", kind: "pstake.liquidstake.v1beta1.Params" },
        { no: 2, name: "liquid_validators", kind: "pstake.liquidstake.v1beta1.LiquidValidator", repeated: true }, // upstream kind
      ],
    },

    // query.proto
    { typeName: "pstake.liquidstake.v1beta1.QueryParamsRequest", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstake.v1beta1.QueryParamsResponse",
      source: "doc",
      fields: [{ no: 1, name: "params", kind: "pstake.liquidstake.v1beta1.Params" }],
    },
    { typeName: "pstake.liquidstake.v1beta1.QueryLiquidValidatorsRequest", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstake.v1beta1.QueryLiquidValidatorsResponse",
      source: "doc",
      fields: [
        { no: 1, name: "liquid_validators", kind: "pstake.liquidstake.v1beta1.LiquidValidatorState", repeated: true },
      ],
    },
    { typeName: "pstake.liquidstake.v1beta1.QueryStatesRequest", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstake.v1beta1.QueryStatesResponse",
      source: "doc",
      fields: [{ no: 1, name: "net_amount_state", kind: "pstake.liquidstake.v1beta1.NetAmountState" }],
    },
  ],
  enums: [
    {
      typeName: "pstake.liquidstake.v1beta1.ValidatorStatus",
      source: "doc",
      values: [
        { name: "VALIDATOR_STATUS_UNSPECIFIED", no: 0 },
        { name: "VALIDATOR_STATUS_ACTIVE", no: 1 },
        { name: "VALIDATOR_STATUS_INACTIVE", no: 2 },
      ],
    },
  ],
  services: [
    {
      typeName: "pstake.liquidstake.v1beta1.Msg",
      source: "upstream",
      methods: [
        {
          name: "LiquidStake",
          input: "pstake.liquidstake.v1beta1.MsgLiquidStake",
          output: "pstake.liquidstake.v1beta1.MsgLiquidStakeResponse",
          http: null,
        },
        {
          name: "LiquidUnstake",
          input: "pstake.liquidstake.v1beta1.MsgLiquidUnstake",
          output: "pstake.liquidstake.v1beta1.MsgLiquidUnstakeResponse",
          http: null,
        },
        {
          name: "StakeToLP",
          input: "pstake.liquidstake.v1beta1.MsgStakeToLP",
          output: "pstake.liquidstake.v1beta1.MsgStakeToLPResponse",
          http: null,
        },
        {
          name: "UpdateParams",
          input: "pstake.liquidstake.v1beta1.MsgUpdateParams",
          output: "pstake.liquidstake.v1beta1.MsgUpdateParamsResponse",
          http: null,
        },
        {
          name: "UpdateWhitelistedValidators",
          input: "pstake.liquidstake.v1beta1.MsgUpdateWhitelistedValidators",
          output: "pstake.liquidstake.v1beta1.MsgUpdateWhitelistedValidatorsResponse",
          http: null,
        },
        {
          name: "SetModulePaused",
          input: "pstake.liquidstake.v1beta1.MsgSetModulePaused",
          output: "pstake.liquidstake.v1beta1.MsgSetModulePausedResponse",
          http: null,
        },
      ],
    },
    {
      typeName: "pstake.liquidstake.v1beta1.Query",
      source: "doc",
      methods: [
        {
          name: "Params",
          input: "pstake.liquidstake.v1beta1.QueryParamsRequest",
          output: "pstake.liquidstake.v1beta1.QueryParamsResponse",
          http: { method: "get", path: "/pstake/liquidstake/v1beta1/params" },
        },
        {
          name: "LiquidValidators",
          input: "pstake.liquidstake.v1beta1.QueryLiquidValidatorsRequest",
          output: "pstake.liquidstake.v1beta1.QueryLiquidValidatorsResponse",
          http: { method: "get", path: "/pstake/liquidstake/v1beta1/validators" },
        },
        {
          name: "States",
          input: "pstake.liquidstake.v1beta1.QueryStatesRequest",
          output: "pstake.liquidstake.v1beta1.QueryStatesResponse",
          http: { method: "get", path: "/pstake/liquidstake/v1beta1/states" },
        },
      ],
    },
  ],
};

// ---------------------------------------------------------------------------------------------------------------
// pstake.liquidstakeibc.v1beta1 — stkATOM/stkOSMO/…; removed from core-1 in v12.0.0 (pstake-native v2.16.0 layout).
// ---------------------------------------------------------------------------------------------------------------

export const LIQUIDSTAKEIBC: PackageFacts = {
  pkg: "pstake.liquidstakeibc.v1beta1",
  messages: [
    // msgs.proto
    {
      // cosmos.Dec on 3..6 and cosmos.Int on 10: upstream msgs.proto.
      typeName: "pstake.liquidstakeibc.v1beta1.MsgRegisterHostChain",
      source: "doc",
      signer: ["authority"],
      aminoName: "pstake/MsgRegisterHostChain",
      legacyAminoName: "pstake/MsgRegisterHostChain",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "connection_id", kind: "string" },
        { no: 3, name: "deposit_fee", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 4, name: "restake_fee", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 5, name: "unstake_fee", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 6, name: "redemption_fee", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 7, name: "channel_id", kind: "string" },
        { no: 8, name: "port_id", kind: "string" },
        { no: 9, name: "host_denom", kind: "string" },
        { no: 10, name: "minimum_deposit", kind: "string", cosmosScalar: "cosmos.Int" },
        { no: 11, name: "unbonding_factor", kind: "int64" },
        { no: 12, name: "auto_compound_factor", kind: "int64" },
      ],
    },
    { typeName: "pstake.liquidstakeibc.v1beta1.MsgRegisterHostChainResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.MsgUpdateHostChain",
      source: "doc",
      signer: ["authority"],
      aminoName: "pstake/MsgUpdateHostChain",
      legacyAminoName: "pstake/MsgUpdateHostChain",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "chain_id", kind: "string" },
        {
          no: 3,
          name: "updates",
          kind: "pstake.liquidstakeibc.v1beta1.KVUpdate",
          repeated: true,
          dontOmitEmpty: true,
        },
      ],
    },
    { typeName: "pstake.liquidstakeibc.v1beta1.MsgUpdateHostChainResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.MsgLiquidStake",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "pstake/MsgLiquidStake",
      legacyAminoName: "pstake/MsgLiquidStake",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    { typeName: "pstake.liquidstakeibc.v1beta1.MsgLiquidStakeResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.MsgLiquidStakeLSM",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "pstake/MsgLiquidStakeLSM",
      legacyAminoName: "pstake/MsgLiquidStakeLSM",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "delegations", kind: "cosmos.base.v1beta1.Coin", repeated: true },
      ],
    },
    { typeName: "pstake.liquidstakeibc.v1beta1.MsgLiquidStakeLSMResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.MsgLiquidUnstake",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "pstake/MsgLiquidUnstake",
      legacyAminoName: "pstake/MsgLiquidUnstake",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    { typeName: "pstake.liquidstakeibc.v1beta1.MsgLiquidUnstakeResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.MsgRedeem",
      source: "doc",
      signer: ["delegator_address"],
      aminoName: "pstake/MsgRedeem",
      legacyAminoName: "pstake/MsgRedeem",
      fields: [
        { no: 1, name: "delegator_address", kind: "string" },
        { no: 2, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    { typeName: "pstake.liquidstakeibc.v1beta1.MsgRedeemResponse", source: "doc", fields: [] },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.MsgUpdateParams",
      source: "doc",
      signer: ["authority"],
      aminoName: "pstake/MsgUpdateParams",
      legacyAminoName: "pstake/MsgUpdateParams",
      fields: [
        { no: 1, name: "authority", kind: "string" },
        { no: 2, name: "params", kind: "pstake.liquidstakeibc.v1beta1.Params", dontOmitEmpty: true },
      ],
    },
    { typeName: "pstake.liquidstakeibc.v1beta1.MsgUpdateParamsResponse", source: "doc", fields: [] },

    // params.proto — fields 3 and 4 (c-value limits) are reserved upstream; they moved to HostChainLSParams.
    {
      typeName: "pstake.liquidstakeibc.v1beta1.Params",
      source: "doc",
      aminoName: "pstake/x/liquidstakeibc/Params",
      fields: [
        { no: 1, name: "admin_address", kind: "string" },
        { no: 2, name: "fee_address", kind: "string" },
      ],
    },

    // liquidstakeibc.proto
    {
      // The doc gives 11..15 and the 1..17 range; the other fields are from upstream liquidstakeibc.proto.
      typeName: "pstake.liquidstakeibc.v1beta1.HostChain",
      source: "doc+upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" }, // upstream
        { no: 2, name: "connection_id", kind: "string" }, // upstream
        { no: 3, name: "params", kind: "pstake.liquidstakeibc.v1beta1.HostChainLSParams" }, // upstream
        { no: 4, name: "host_denom", kind: "string" }, // upstream
        { no: 5, name: "channel_id", kind: "string" }, // upstream
        { no: 6, name: "port_id", kind: "string" }, // upstream
        { no: 7, name: "delegation_account", kind: "pstake.liquidstakeibc.v1beta1.ICAAccount" }, // upstream
        { no: 8, name: "rewards_account", kind: "pstake.liquidstakeibc.v1beta1.ICAAccount" }, // upstream
        { no: 9, name: "validators", kind: "pstake.liquidstakeibc.v1beta1.Validator", repeated: true }, // upstream
        { no: 10, name: "minimum_deposit", kind: "string", cosmosScalar: "cosmos.Int" }, // upstream
        { no: 11, name: "c_value", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 12, name: "last_c_value", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 13, name: "unbonding_factor", kind: "int64" },
        { no: 14, name: "active", kind: "bool" },
        { no: 15, name: "auto_compound_factor", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 16, name: "flags", kind: "pstake.liquidstakeibc.v1beta1.HostChainFlags" }, // upstream
        { no: 17, name: "reward_params", kind: "pstake.liquidstakeibc.v1beta1.RewardParams" }, // upstream
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.HostChainFlags",
      source: "upstream",
      fields: [{ no: 1, name: "lsm", kind: "bool" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.RewardParams",
      source: "upstream",
      fields: [
        { no: 1, name: "denom", kind: "string" },
        { no: 2, name: "destination", kind: "string" },
      ],
    },
    {
      // Numbers and names from the doc (field 5 unused); kinds and scalars from upstream.
      typeName: "pstake.liquidstakeibc.v1beta1.HostChainLSParams",
      source: "doc+upstream",
      fields: [
        { no: 1, name: "deposit_fee", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 2, name: "restake_fee", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 3, name: "unstake_fee", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 4, name: "redemption_fee", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 6, name: "lsm_validator_cap", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 7, name: "lsm_bond_factor", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 8, name: "max_entries", kind: "uint32" },
        { no: 9, name: "redelegation_acceptable_delta", kind: "string", cosmosScalar: "cosmos.Int" },
        { no: 10, name: "upper_c_value_limit", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 11, name: "lower_c_value_limit", kind: "string", cosmosScalar: "cosmos.Dec" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.ICAAccount",
      source: "upstream",
      fields: [
        { no: 1, name: "address", kind: "string" },
        { no: 2, name: "balance", kind: "cosmos.base.v1beta1.Coin" },
        { no: 3, name: "owner", kind: "string" },
        { no: 4, name: "channel_state", kind: "pstake.liquidstakeibc.v1beta1.ICAAccount.ChannelState" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.Validator",
      source: "upstream",
      fields: [
        { no: 1, name: "operator_address", kind: "string" },
        { no: 2, name: "status", kind: "string" },
        { no: 3, name: "weight", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 4, name: "delegated_amount", kind: "string", cosmosScalar: "cosmos.Int" },
        { no: 5, name: "exchange_rate", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 6, name: "unbonding_epoch", kind: "int64" },
        { no: 7, name: "delegable", kind: "bool" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.Deposit",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" },
        { no: 2, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
        { no: 3, name: "epoch", kind: "int64" },
        { no: 4, name: "state", kind: "pstake.liquidstakeibc.v1beta1.Deposit.DepositState" },
        { no: 5, name: "ibc_sequence_id", kind: "string" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.LSMDeposit",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" },
        { no: 2, name: "amount", kind: "string", cosmosScalar: "cosmos.Int" },
        { no: 3, name: "shares", kind: "string", cosmosScalar: "cosmos.Dec" },
        { no: 4, name: "denom", kind: "string" },
        { no: 5, name: "ibc_denom", kind: "string" },
        { no: 6, name: "delegator_address", kind: "string" },
        { no: 7, name: "state", kind: "pstake.liquidstakeibc.v1beta1.LSMDeposit.LSMDepositState" },
        { no: 8, name: "ibc_sequence_id", kind: "string" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.Unbonding",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" },
        { no: 2, name: "epoch_number", kind: "int64" },
        { no: 3, name: "mature_time", kind: "google.protobuf.Timestamp" },
        { no: 4, name: "burn_amount", kind: "cosmos.base.v1beta1.Coin" },
        { no: 5, name: "unbond_amount", kind: "cosmos.base.v1beta1.Coin" },
        { no: 6, name: "ibc_sequence_id", kind: "string" },
        { no: 7, name: "state", kind: "pstake.liquidstakeibc.v1beta1.Unbonding.UnbondingState" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.UserUnbonding",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" },
        { no: 2, name: "epoch_number", kind: "int64" },
        { no: 3, name: "address", kind: "string" },
        { no: 4, name: "stk_amount", kind: "cosmos.base.v1beta1.Coin" },
        { no: 5, name: "unbond_amount", kind: "cosmos.base.v1beta1.Coin" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.ValidatorUnbonding",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" },
        { no: 2, name: "epoch_number", kind: "int64" },
        { no: 3, name: "mature_time", kind: "google.protobuf.Timestamp" },
        { no: 4, name: "validator_address", kind: "string" },
        { no: 5, name: "amount", kind: "cosmos.base.v1beta1.Coin" },
        { no: 6, name: "ibc_sequence_id", kind: "string" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.KVUpdate",
      source: "doc",
      fields: [
        { no: 1, name: "key", kind: "string" },
        { no: 2, name: "value", kind: "string" },
      ],
    },
    {
      // Upstream spells field 1 "chain_i_d".
      typeName: "pstake.liquidstakeibc.v1beta1.Redelegations",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_i_d", kind: "string" },
        { no: 2, name: "redelegations", kind: "cosmos.staking.v1beta1.Redelegation", repeated: true },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.RedelegateTx",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" },
        { no: 2, name: "ibc_sequence_id", kind: "string" },
        { no: 3, name: "state", kind: "pstake.liquidstakeibc.v1beta1.RedelegateTx.RedelegateTxState" },
      ],
    },

    // genesis.proto
    {
      typeName: "pstake.liquidstakeibc.v1beta1.GenesisState",
      source: "upstream",
      fields: [
        { no: 1, name: "params", kind: "pstake.liquidstakeibc.v1beta1.Params" },
        { no: 2, name: "host_chains", kind: "pstake.liquidstakeibc.v1beta1.HostChain", repeated: true },
        { no: 3, name: "deposits", kind: "pstake.liquidstakeibc.v1beta1.Deposit", repeated: true },
        { no: 4, name: "unbondings", kind: "pstake.liquidstakeibc.v1beta1.Unbonding", repeated: true },
        { no: 5, name: "user_unbondings", kind: "pstake.liquidstakeibc.v1beta1.UserUnbonding", repeated: true },
        {
          no: 6,
          name: "validator_unbondings",
          kind: "pstake.liquidstakeibc.v1beta1.ValidatorUnbonding",
          repeated: true,
        },
      ],
    },

    // query.proto — RPCs and paths from the doc; message layouts from upstream unless the doc gives them.
    { typeName: "pstake.liquidstakeibc.v1beta1.QueryParamsRequest", source: "upstream", fields: [] },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryParamsResponse",
      source: "upstream",
      fields: [{ no: 1, name: "params", kind: "pstake.liquidstakeibc.v1beta1.Params" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryHostChainRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryHostChainResponse",
      source: "upstream",
      fields: [{ no: 1, name: "host_chain", kind: "pstake.liquidstakeibc.v1beta1.HostChain" }],
    },
    { typeName: "pstake.liquidstakeibc.v1beta1.QueryHostChainsRequest", source: "upstream", fields: [] },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryHostChainsResponse",
      source: "upstream",
      fields: [{ no: 1, name: "host_chains", kind: "pstake.liquidstakeibc.v1beta1.HostChain", repeated: true }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryDepositsRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryDepositsResponse",
      source: "upstream",
      fields: [{ no: 1, name: "deposits", kind: "pstake.liquidstakeibc.v1beta1.Deposit", repeated: true }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryLSMDepositsRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryLSMDepositsResponse",
      source: "upstream",
      fields: [{ no: 1, name: "deposits", kind: "pstake.liquidstakeibc.v1beta1.LSMDeposit", repeated: true }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryUnbondingsRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryUnbondingsResponse",
      source: "upstream",
      fields: [{ no: 1, name: "unbondings", kind: "pstake.liquidstakeibc.v1beta1.Unbonding", repeated: true }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryUnbondingRequest",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" },
        { no: 2, name: "epoch", kind: "int64" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryUnbondingResponse",
      source: "upstream",
      fields: [{ no: 1, name: "unbonding", kind: "pstake.liquidstakeibc.v1beta1.Unbonding" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryUserUnbondingsRequest",
      source: "upstream",
      fields: [{ no: 1, name: "address", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryUserUnbondingsResponse",
      source: "upstream",
      fields: [{ no: 1, name: "user_unbondings", kind: "pstake.liquidstakeibc.v1beta1.UserUnbonding", repeated: true }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryHostChainUserUnbondingsRequest",
      source: "upstream",
      fields: [
        { no: 1, name: "chain_id", kind: "string" },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageRequest" },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryHostChainUserUnbondingsResponse",
      source: "upstream",
      fields: [
        { no: 1, name: "user_unbondings", kind: "pstake.liquidstakeibc.v1beta1.UserUnbonding", repeated: true },
        { no: 2, name: "pagination", kind: "cosmos.base.query.v1beta1.PageResponse" },
      ],
    },
    {
      // Singular "Unbonding" in both type names, although the RPC is ValidatorUnbondings.
      typeName: "pstake.liquidstakeibc.v1beta1.QueryValidatorUnbondingRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryValidatorUnbondingResponse",
      source: "upstream",
      fields: [
        {
          no: 1,
          name: "validator_unbondings",
          kind: "pstake.liquidstakeibc.v1beta1.ValidatorUnbonding",
          repeated: true,
        },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryDepositAccountBalanceRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryDepositAccountBalanceResponse",
      source: "upstream",
      fields: [{ no: 1, name: "balance", kind: "cosmos.base.v1beta1.Coin" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryExchangeRateRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      // The doc gives {1 rate Dec}. Older upstream copies lack cosmos_proto.scalar here, so it is not checked.
      typeName: "pstake.liquidstakeibc.v1beta1.QueryExchangeRateResponse",
      source: "doc",
      fields: [{ no: 1, name: "rate", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryRedelegationsRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryRedelegationsResponse",
      source: "upstream",
      fields: [{ no: 1, name: "redelegations", kind: "pstake.liquidstakeibc.v1beta1.Redelegations" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryRedelegationTxRequest",
      source: "upstream",
      fields: [{ no: 1, name: "chain_id", kind: "string" }],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.QueryRedelegationTxResponse",
      source: "upstream",
      fields: [{ no: 1, name: "redelegation_tx", kind: "pstake.liquidstakeibc.v1beta1.RedelegateTx", repeated: true }],
    },
  ],
  enums: [
    {
      typeName: "pstake.liquidstakeibc.v1beta1.ICAAccount.ChannelState",
      source: "upstream",
      values: [
        { name: "ICA_CHANNEL_CREATING", no: 0 },
        { name: "ICA_CHANNEL_CREATED", no: 1 },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.Deposit.DepositState",
      source: "upstream",
      values: [
        { name: "DEPOSIT_PENDING", no: 0 },
        { name: "DEPOSIT_SENT", no: 1 },
        { name: "DEPOSIT_RECEIVED", no: 2 },
        { name: "DEPOSIT_DELEGATING", no: 3 },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.LSMDeposit.LSMDepositState",
      source: "upstream",
      values: [
        { name: "DEPOSIT_PENDING", no: 0 },
        { name: "DEPOSIT_SENT", no: 1 },
        { name: "DEPOSIT_RECEIVED", no: 2 },
        { name: "DEPOSIT_UNTOKENIZING", no: 3 },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.Unbonding.UnbondingState",
      source: "upstream",
      values: [
        { name: "UNBONDING_PENDING", no: 0 },
        { name: "UNBONDING_INITIATED", no: 1 },
        { name: "UNBONDING_MATURING", no: 2 },
        { name: "UNBONDING_MATURED", no: 3 },
        { name: "UNBONDING_CLAIMABLE", no: 4 },
        { name: "UNBONDING_FAILED", no: 5 },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.RedelegateTx.RedelegateTxState",
      source: "upstream",
      values: [
        { name: "REDELEGATE_SENT", no: 0 },
        { name: "REDELEGATE_ACKED", no: 1 },
      ],
    },
  ],
  services: [
    {
      // Method set and POST paths from the doc; UpdateHostChain/RegisterHostChain/UpdateParams have no rule.
      typeName: "pstake.liquidstakeibc.v1beta1.Msg",
      source: "doc+upstream",
      methods: [
        {
          name: "RegisterHostChain",
          input: "pstake.liquidstakeibc.v1beta1.MsgRegisterHostChain",
          output: "pstake.liquidstakeibc.v1beta1.MsgRegisterHostChainResponse",
          http: null,
        },
        {
          name: "UpdateHostChain",
          input: "pstake.liquidstakeibc.v1beta1.MsgUpdateHostChain",
          output: "pstake.liquidstakeibc.v1beta1.MsgUpdateHostChainResponse",
          http: null,
        },
        {
          name: "LiquidStake",
          input: "pstake.liquidstakeibc.v1beta1.MsgLiquidStake",
          output: "pstake.liquidstakeibc.v1beta1.MsgLiquidStakeResponse",
          http: { method: "post", path: "/pstake/liquidstakeibc/v1beta1/LiquidStake" },
        },
        {
          name: "LiquidStakeLSM",
          input: "pstake.liquidstakeibc.v1beta1.MsgLiquidStakeLSM",
          output: "pstake.liquidstakeibc.v1beta1.MsgLiquidStakeLSMResponse",
          http: { method: "post", path: "/pstake/liquidstakeibc/v1beta1/LiquidStakeLSM" },
        },
        {
          name: "LiquidUnstake",
          input: "pstake.liquidstakeibc.v1beta1.MsgLiquidUnstake",
          output: "pstake.liquidstakeibc.v1beta1.MsgLiquidUnstakeResponse",
          http: { method: "post", path: "/pstake/liquidstakeibc/v1beta1/LiquidUnstake" },
        },
        {
          name: "Redeem",
          input: "pstake.liquidstakeibc.v1beta1.MsgRedeem",
          output: "pstake.liquidstakeibc.v1beta1.MsgRedeemResponse",
          http: { method: "post", path: "/pstake/liquidstakeibc/v1beta1/Redeem" },
        },
        {
          name: "UpdateParams",
          input: "pstake.liquidstakeibc.v1beta1.MsgUpdateParams",
          output: "pstake.liquidstakeibc.v1beta1.MsgUpdateParamsResponse",
          http: null,
        },
      ],
    },
    {
      typeName: "pstake.liquidstakeibc.v1beta1.Query",
      source: "doc+upstream",
      methods: [
        {
          name: "Params",
          input: "pstake.liquidstakeibc.v1beta1.QueryParamsRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryParamsResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/params" },
        },
        {
          name: "HostChain",
          input: "pstake.liquidstakeibc.v1beta1.QueryHostChainRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryHostChainResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/host_chain/{chain_id}" },
        },
        {
          name: "HostChains",
          input: "pstake.liquidstakeibc.v1beta1.QueryHostChainsRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryHostChainsResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/host_chains" },
        },
        {
          name: "Deposits",
          input: "pstake.liquidstakeibc.v1beta1.QueryDepositsRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryDepositsResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/deposits/{chain_id}" },
        },
        {
          name: "LSMDeposits",
          input: "pstake.liquidstakeibc.v1beta1.QueryLSMDepositsRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryLSMDepositsResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/lsm_deposits/{chain_id}" },
        },
        {
          name: "Unbondings",
          input: "pstake.liquidstakeibc.v1beta1.QueryUnbondingsRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryUnbondingsResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/unbondings/{chain_id}" },
        },
        {
          name: "Unbonding",
          input: "pstake.liquidstakeibc.v1beta1.QueryUnbondingRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryUnbondingResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/unbonding/{chain_id}/{epoch}" },
        },
        {
          name: "UserUnbondings",
          input: "pstake.liquidstakeibc.v1beta1.QueryUserUnbondingsRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryUserUnbondingsResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/user_unbondings/{address}" },
        },
        {
          // Same path template as UserUnbondings upstream (known-problems #9).
          name: "HostChainUserUnbondings",
          input: "pstake.liquidstakeibc.v1beta1.QueryHostChainUserUnbondingsRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryHostChainUserUnbondingsResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/user_unbondings/{chain_id}" },
        },
        {
          name: "ValidatorUnbondings",
          input: "pstake.liquidstakeibc.v1beta1.QueryValidatorUnbondingRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryValidatorUnbondingResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/validator_unbondings/{chain_id}" },
        },
        {
          name: "DepositAccountBalance",
          input: "pstake.liquidstakeibc.v1beta1.QueryDepositAccountBalanceRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryDepositAccountBalanceResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/deposit_account_balance/{chain_id}" },
        },
        {
          name: "ExchangeRate",
          input: "pstake.liquidstakeibc.v1beta1.QueryExchangeRateRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryExchangeRateResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/exchange_rate/{chain_id}" },
        },
        {
          name: "Redelegations",
          input: "pstake.liquidstakeibc.v1beta1.QueryRedelegationsRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryRedelegationsResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/redelegations/{chain_id}" },
        },
        {
          name: "RedelegationTx",
          input: "pstake.liquidstakeibc.v1beta1.QueryRedelegationTxRequest",
          output: "pstake.liquidstakeibc.v1beta1.QueryRedelegationTxResponse",
          http: { method: "get", path: "/pstake/liquidstakeibc/v1beta1/redelegation_tx/{chain_id}" },
        },
      ],
    },
  ],
};

/** The three modules whose protos this repository must reproduce exactly. */
export const UPSTREAM_PACKAGES: readonly PackageFacts[] = [ALLIANCE, LIQUIDSTAKE, LIQUIDSTAKEIBC];
