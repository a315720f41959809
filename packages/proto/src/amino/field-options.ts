import { type DescField, type DescMessage, getOption, hasOption } from "@bufbuild/protobuf";
import { dont_omitempty, encoding, field_name, message_encoding, name } from "../gen/amino/amino_pb.js";
import { scalar } from "../gen/cosmos_proto/cosmos_pb.js";
import { type AminoFieldOverride, aminoFieldOverrides, aminoNameOverrides } from "./overrides.js";

/** The amino type name of a message: the `amino.name` option, else the legacy codec's name from the override table. */
export function aminoTypeName(schema: DescMessage): string | undefined {
  return aminoNameOverrides[schema.typeName] ?? (hasOption(schema, name) ? getOption(schema, name) : undefined);
}

/** The JSON key of a field: `amino.field_name` when set, else the proto field name (snake_case). */
export function aminoFieldName(field: DescField): string {
  return hasOption(field, field_name) ? getOption(field, field_name) : field.name;
}

function override(field: DescField): AminoFieldOverride | undefined {
  return aminoFieldOverrides[`${field.parent.typeName}.${field.name}`];
}

/** Whether an empty value is still written (`amino.dont_omitempty`); amino omits empty fields by default. */
export function keepsEmpty(field: DescField): boolean {
  return override(field)?.dontOmitEmpty ?? (hasOption(field, dont_omitempty) && getOption(field, dont_omitempty));
}

/** The `amino.encoding` of a field, if any (e.g. "legacy_coins"). */
export function fieldEncoding(field: DescField): string | undefined {
  return override(field)?.encoding ?? (hasOption(field, encoding) ? getOption(field, encoding) : undefined);
}

/** The `amino.message_encoding` of a message, if any (e.g. "key_field" on public keys). */
export function messageEncoding(schema: DescMessage): string | undefined {
  return hasOption(schema, message_encoding) ? getOption(schema, message_encoding) : undefined;
}

/**
 * The `cosmos_proto.scalar` that changes how x/tx writes a string field: "cosmos.Dec" (a LegacyDec held as its
 * 10^18-scaled integer, written as an 18-decimal string) or "cosmos.Int" (written as is, "0" when empty). A field
 * that is a LegacyDec only by its gogoproto customtype is written as the raw string, as x/tx does on SDK 0.50+ chains.
 */
export function aminoScalar(field: DescField): "cosmos.Dec" | "cosmos.Int" | undefined {
  const overridden = override(field)?.scalar;
  if (overridden !== undefined) return overridden;
  if (fieldEncoding(field) === "cosmos_dec_bytes") return "cosmos.Dec";
  const name = hasOption(field, scalar) ? getOption(field, scalar) : undefined;
  return name === "cosmos.Dec" || name === "cosmos.Int" ? name : undefined;
}
