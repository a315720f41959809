import { create, type DescMessage, type MessageShape, toBinary } from "@bufbuild/protobuf";
import { type Any, AnySchema } from "@bufbuild/protobuf/wkt";

/**
 * Packs a message into an Any the Cosmos way: type URL "/<full name>" (protobuf-es' anyPack writes
 * "type.googleapis.com/...", which Cosmos clients and the SDK's interface registry do not accept).
 */
export function packAny<Desc extends DescMessage>(schema: Desc, message: MessageShape<Desc>): Any {
  return create(AnySchema, { typeUrl: `/${schema.typeName}`, value: toBinary(schema, message) });
}
