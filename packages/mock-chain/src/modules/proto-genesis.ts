import { type DescMessage, fromJson, type JsonValue, type MessageShape } from "@bufbuild/protobuf";
import { protoRegistry } from "@persistence-sdk/proto/registry";

/**
 * A module's genesis section as its protobuf message: accepts the message itself or its proto JSON (what a
 * genesis.json file holds and `exportGenesis` writes); undefined stays undefined.
 */
export function genesisMessage<Desc extends DescMessage>(
  schema: Desc,
  section: unknown,
): MessageShape<Desc> | undefined {
  if (section === undefined || section === null) return undefined;
  if (typeof section === "object" && (section as { $typeName?: unknown }).$typeName === schema.typeName) {
    return section as MessageShape<Desc>;
  }
  return fromJson(schema, section as JsonValue, { registry: protoRegistry });
}
