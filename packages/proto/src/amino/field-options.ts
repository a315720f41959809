import { type DescField, type DescMessage, getOption, hasOption } from "@bufbuild/protobuf";
import { dont_omitempty, encoding, field_name, message_encoding, name } from "../gen/amino/amino_pb.js";
import { scalar } from "../gen/cosmos_proto/cosmos_pb.js";
import { customtype } from "../gen/gogoproto/gogo_pb.js";
import { legacyAminoNames } from "./legacy-names.js";

/** The amino type name of a message: the `amino.name` option, else the legacy codec's name from the override table. */
export function aminoTypeName(schema: DescMessage): string | undefined {
  return legacyAminoNames[schema.typeName] ?? (hasOption(schema, name) ? getOption(schema, name) : undefined);
}

/** The JSON key of a field: `amino.field_name` when set, else the proto field name (snake_case). */
export function aminoFieldName(field: DescField): string {
  return hasOption(field, field_name) ? getOption(field, field_name) : field.name;
}

/** Whether an empty value is still written (`amino.dont_omitempty`); amino omits empty fields by default. */
export function keepsEmpty(field: DescField): boolean {
  return hasOption(field, dont_omitempty) && getOption(field, dont_omitempty);
}

/** The `amino.encoding` of a field, if any (e.g. "legacy_coins"). */
export function fieldEncoding(field: DescField): string | undefined {
  return hasOption(field, encoding) ? getOption(field, encoding) : undefined;
}

/** The `amino.message_encoding` of a message, if any (e.g. "key_field" on public keys). */
export function messageEncoding(schema: DescMessage): string | undefined {
  return hasOption(schema, message_encoding) ? getOption(schema, message_encoding) : undefined;
}

/**
 * How a string field's text is interpreted: a LegacyDec (atomics on the wire, 18-decimal string in amino JSON), a
 * math.Int (the same integer string in both), or plain text. Older Cosmos protos mark decimals only with the gogoproto
 * customtype, newer ones with `cosmos_proto.scalar`, so both are read.
 */
export function stringKind(field: DescField): "dec" | "int" | "text" {
  const scalarName = hasOption(field, scalar) ? getOption(field, scalar) : "";
  if (scalarName === "cosmos.Dec" || fieldEncoding(field) === "cosmos_dec_bytes") return "dec";
  if (scalarName === "cosmos.Int") return "int";
  const custom = hasOption(field, customtype) ? getOption(field, customtype) : "";
  if (/(^|[./])(Legacy)?Dec$/.test(custom)) return "dec";
  if (/(^|[./])Int$/.test(custom)) return "int";
  return "text";
}
