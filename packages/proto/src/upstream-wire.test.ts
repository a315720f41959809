// Conformance test: the generated descriptors must match the upstream chains' wire format as recorded in
// upstream-wire.table.ts (built from the reference docs and the upstream .proto files, not from ours).
import {
  type DescEnum,
  type DescField,
  type DescMessage,
  type DescMethod,
  type DescService,
  getOption,
  hasOption,
  ScalarType,
} from "@bufbuild/protobuf";
import { describe, expect, it } from "vitest";
import { name as aminoNameOption, dont_omitempty } from "./gen/amino/amino_pb.js";
import { signer as signerOption } from "./gen/cosmos/msg/v1/msg_pb.js";
import { scalar as cosmosScalarOption } from "./gen/cosmos_proto/cosmos_pb.js";
import { http as httpOption } from "./gen/google/api/annotations_pb.js";
import { protoRegistry } from "./registry.js";
import {
  type EnumFact,
  type HttpFact,
  type MessageFact,
  type PackageFacts,
  type RpcFact,
  type ScalarKind,
  type ServiceFact,
  UPSTREAM_PACKAGES,
} from "./upstream-wire.table.js";

// Expected table sizes. A shorter table (lost entries, bad merge) fails here instead of silently checking less.
const EXPECTED_SIZES: Readonly<
  Record<string, { messages: number; fields: number; enums: number; services: number; rpcs: number }>
> = {
  "alliance.alliance": { messages: 74, fields: 198, enums: 0, services: 2, rpcs: 26 },
  "pstake.liquidstake.v1beta1": { messages: 24, fields: 46, enums: 1, services: 2, rpcs: 9 },
  "pstake.liquidstakeibc.v1beta1": { messages: 58, fields: 141, enums: 5, services: 2, rpcs: 21 },
};

const SCALAR_KINDS: Readonly<Record<ScalarType, ScalarKind>> = {
  [ScalarType.DOUBLE]: "double",
  [ScalarType.FLOAT]: "float",
  [ScalarType.INT64]: "int64",
  [ScalarType.UINT64]: "uint64",
  [ScalarType.INT32]: "int32",
  [ScalarType.FIXED64]: "fixed64",
  [ScalarType.FIXED32]: "fixed32",
  [ScalarType.BOOL]: "bool",
  [ScalarType.STRING]: "string",
  [ScalarType.BYTES]: "bytes",
  [ScalarType.UINT32]: "uint32",
  [ScalarType.SFIXED32]: "sfixed32",
  [ScalarType.SFIXED64]: "sfixed64",
  [ScalarType.SINT32]: "sint32",
  [ScalarType.SINT64]: "sint64",
};

interface FieldShape {
  no: number;
  name: string;
  kind: string;
  repeated: boolean;
}

/** Reduces a generated field to the wire-relevant shape used by the table. */
function shapeOf(field: DescField): FieldShape {
  const base = { no: field.number, name: field.name };
  switch (field.fieldKind) {
    case "scalar":
      return { ...base, kind: SCALAR_KINDS[field.scalar], repeated: false };
    case "enum":
      return { ...base, kind: field.enum.typeName, repeated: false };
    case "message":
      return { ...base, kind: field.message.typeName, repeated: false };
    case "list":
      switch (field.listKind) {
        case "scalar":
          return { ...base, kind: SCALAR_KINDS[field.scalar], repeated: true };
        case "enum":
          return { ...base, kind: field.enum.typeName, repeated: true };
        case "message":
          return { ...base, kind: field.message.typeName, repeated: true };
      }
      break;
    case "map":
      // The upstream modules declare no maps; render one so that a stray map shows up in the diff.
      return { ...base, kind: `map<${SCALAR_KINDS[field.mapKey]}, ...>`, repeated: false };
  }
  throw new Error(`unhandled field kind in ${String(field)}`);
}

function httpOf(method: DescMethod): HttpFact | { method: string; path: string } | null {
  if (!hasOption(method, httpOption)) {
    return null;
  }
  const rule = getOption(method, httpOption);
  const pattern = rule.pattern;
  switch (pattern.case) {
    case "get":
    case "post":
    case "put":
    case "delete":
    case "patch":
      return { method: pattern.case, path: pattern.value };
    case "custom":
      return { method: `custom:${pattern.value.kind}`, path: pattern.value.path };
    default:
      return { method: "none", path: "" };
  }
}

function byNumber<T extends { no: number }>(a: T, b: T): number {
  return a.no - b.no;
}

function byName<T extends { name: string }>(a: T, b: T): number {
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** Everything the table says about a message, in one comparable object. */
function expectedMessage(fact: MessageFact): Record<string, unknown> {
  const out: Record<string, unknown> = {
    fields: fact.fields.map((f) => ({ no: f.no, name: f.name, kind: f.kind, repeated: f.repeated === true })),
    cosmosScalar: Object.fromEntries(
      fact.fields.filter((f) => f.cosmosScalar !== undefined).map((f) => [f.name, f.cosmosScalar]),
    ),
    dontOmitEmpty: Object.fromEntries(fact.fields.filter((f) => f.dontOmitEmpty === true).map((f) => [f.name, true])),
  };
  if (fact.signer !== undefined) {
    out.signer = [...fact.signer];
  }
  if (fact.aminoName !== undefined) {
    out.aminoName = fact.aminoName;
  }
  (out.fields as FieldShape[]).sort(byNumber);
  return out;
}

/** The same view of a generated message, restricted to the options the table lists for it. */
function actualMessage(fact: MessageFact, desc: DescMessage): Record<string, unknown> {
  const fieldsByName = new Map(desc.fields.map((f) => [f.name, f]));
  const out: Record<string, unknown> = {
    fields: desc.fields.map(shapeOf).sort(byNumber),
    cosmosScalar: Object.fromEntries(
      fact.fields
        .filter((f) => f.cosmosScalar !== undefined)
        .map((f) => {
          const field = fieldsByName.get(f.name);
          const value =
            field !== undefined && hasOption(field, cosmosScalarOption) ? getOption(field, cosmosScalarOption) : null;
          return [f.name, value];
        }),
    ),
    dontOmitEmpty: Object.fromEntries(
      fact.fields
        .filter((f) => f.dontOmitEmpty === true)
        .map((f) => {
          const field = fieldsByName.get(f.name);
          return [f.name, field !== undefined && getOption(field, dont_omitempty)];
        }),
    ),
  };
  if (fact.signer !== undefined) {
    out.signer = getOption(desc, signerOption);
  }
  if (fact.aminoName !== undefined) {
    out.aminoName = hasOption(desc, aminoNameOption) ? getOption(desc, aminoNameOption) : null;
  }
  return out;
}

function shapeOfRpc(rpc: RpcFact): Record<string, unknown> {
  return { name: rpc.name, input: rpc.input, output: rpc.output, http: rpc.http };
}

function actualRpc(method: DescMethod): Record<string, unknown> {
  return {
    name: method.name,
    input: method.input.typeName,
    output: method.output.typeName,
    http: httpOf(method),
  };
}

function checkMessage(fact: MessageFact): void {
  const desc = protoRegistry.getMessage(fact.typeName);
  expect(desc, `message ${fact.typeName} is not generated`).toBeDefined();
  if (desc === undefined) {
    return;
  }
  expect(actualMessage(fact, desc), `${fact.typeName} (source: ${fact.source})`).toEqual(expectedMessage(fact));
}

function checkService(fact: ServiceFact): void {
  const desc: DescService | undefined = protoRegistry.getService(fact.typeName);
  expect(desc, `service ${fact.typeName} is not generated`).toBeDefined();
  if (desc === undefined) {
    return;
  }
  const actual = desc.methods.map(actualRpc).sort((a, b) => byName(a as { name: string }, b as { name: string }));
  const expected = [...fact.methods].sort(byName).map(shapeOfRpc);
  expect(actual, `${fact.typeName} (source: ${fact.source})`).toEqual(expected);
}

function checkEnum(fact: EnumFact): void {
  const desc: DescEnum | undefined = protoRegistry.getEnum(fact.typeName);
  expect(desc, `enum ${fact.typeName} is not generated`).toBeDefined();
  if (desc === undefined) {
    return;
  }
  const actual = desc.values.map((v) => ({ name: v.name, no: v.number })).sort(byNumber);
  const expected = fact.values.map((v) => ({ name: v.name, no: v.no })).sort(byNumber);
  expect(actual, `${fact.typeName} (source: ${fact.source})`).toEqual(expected);
}

/** Names of every message, enum and service the registry holds directly in `pkg` or nested below it. */
function generatedTypesOf(pkg: string): string[] {
  const names: string[] = [];
  for (const desc of protoRegistry) {
    if (desc.kind === "extension") {
      continue;
    }
    if (desc.typeName.startsWith(`${pkg}.`)) {
      names.push(desc.typeName);
    }
  }
  return names.sort();
}

function sizeOf(facts: PackageFacts): {
  messages: number;
  fields: number;
  enums: number;
  services: number;
  rpcs: number;
} {
  return {
    messages: facts.messages.length,
    fields: facts.messages.reduce((sum, m) => sum + m.fields.length, 0),
    enums: facts.enums.length,
    services: facts.services.length,
    rpcs: facts.services.reduce((sum, s) => sum + s.methods.length, 0),
  };
}

describe("upstream wire table", () => {
  it.each(UPSTREAM_PACKAGES.map((p) => [p.pkg, p] as const))("%s table has its full size", (pkg, facts) => {
    expect(sizeOf(facts)).toEqual(EXPECTED_SIZES[pkg]);
  });

  it("has no duplicate type names", () => {
    const names = UPSTREAM_PACKAGES.flatMap((p) => [
      ...p.messages.map((m) => m.typeName),
      ...p.enums.map((e) => e.typeName),
      ...p.services.map((s) => s.typeName),
    ]);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });

  it("has unique field numbers and names within each message", () => {
    const problems: string[] = [];
    for (const p of UPSTREAM_PACKAGES) {
      for (const m of p.messages) {
        const numbers = m.fields.map((f) => f.no);
        const names = m.fields.map((f) => f.name);
        if (new Set(numbers).size !== numbers.length || new Set(names).size !== names.length) {
          problems.push(m.typeName);
        }
      }
    }
    expect(problems).toEqual([]);
  });
});

for (const facts of UPSTREAM_PACKAGES) {
  describe(`${facts.pkg} matches upstream`, () => {
    it.each(facts.messages.map((m) => [m.typeName, m] as const))("message %s", (_name, fact) => {
      checkMessage(fact);
    });

    if (facts.enums.length > 0) {
      it.each(facts.enums.map((e) => [e.typeName, e] as const))("enum %s", (_name, fact) => {
        checkEnum(fact);
      });
    }

    it.each(facts.services.map((s) => [s.typeName, s] as const))("service %s", (_name, fact) => {
      checkService(fact);
    });

    it("declares no types that upstream lacks", () => {
      const known = new Set([
        ...facts.messages.map((m) => m.typeName),
        ...facts.enums.map((e) => e.typeName),
        ...facts.services.map((s) => s.typeName),
      ]);
      expect(generatedTypesOf(facts.pkg).filter((n) => !known.has(n))).toEqual([]);
    });
  });
}
