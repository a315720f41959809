import { clone, type DescMessage, fromJson, type JsonValue, type MessageShape } from "@bufbuild/protobuf";
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { useCosmosTypeUrls } from "../app/any.js";

/**
 * A module's genesis section as its protobuf message: accepts the message itself or its proto JSON (what a
 * genesis.json file holds and `exportGenesis` writes); undefined stays undefined. Anys inside carry Cosmos type URLs
 * ("/cosmos.crypto.secp256k1.PubKey"), whatever protobuf-es would have written.
 */
export function genesisMessage<Desc extends DescMessage>(
  schema: Desc,
  section: unknown,
): MessageShape<Desc> | undefined {
  if (section === undefined || section === null) return undefined;
  if (typeof section === "object" && (section as { $typeName?: unknown }).$typeName === schema.typeName) {
    return useCosmosTypeUrls(schema, clone(schema, section as MessageShape<Desc>));
  }
  return useCosmosTypeUrls(schema, fromJson(schema, section as JsonValue, { registry: protoRegistry }));
}
