// Builds a gRPC request message from an HTTP request as grpc-gateway does: the JSON body (when the rule has one),
// then path variables, then query parameters ("pagination.limit=10", "pagination.key=<base64>", repeated keys for
// repeated fields). Field names may be proto names or JSON names; unknown query parameters are ignored.
import {
  type DescField,
  type DescMessage,
  fromJson,
  type JsonObject,
  type JsonValue,
  type MessageShape,
  type Registry,
  ScalarType,
} from "@bufbuild/protobuf";
import { useCosmosTypeUrls } from "../app/any.js";
import { GatewayError, GrpcCode } from "./grpc-status.js";

/** What an HTTP request contributes to the request message. */
export interface HttpRequestParts {
  readonly bindings: ReadonlyMap<string, string>;
  readonly query: URLSearchParams;
  /** The rule's body selector and the body text ("" when there is none). */
  readonly bodySelector: string;
  readonly bodyText: string;
}

/** The request message of `schema` for an HTTP request; a GatewayError (InvalidArgument) when it does not fit. */
export function buildRequestMessage<Desc extends DescMessage>(
  schema: Desc,
  parts: HttpRequestParts,
  registry: Registry,
): MessageShape<Desc> {
  const json: JsonObject = {};
  if (parts.bodySelector !== "" && parts.bodyText.trim() !== "") {
    const body = parseBody(parts.bodyText);
    if (parts.bodySelector === "*") {
      if (typeof body !== "object" || body === null || Array.isArray(body)) {
        throw new GatewayError(GrpcCode.InvalidArgument, "request body must be a JSON object");
      }
      Object.assign(json, body);
    } else {
      json[parts.bodySelector] = body;
    }
  }
  for (const [fieldPath, value] of parts.bindings) {
    assign(schema, json, fieldPath.split("."), [value], `type mismatch, parameter: ${fieldPath}`, true);
  }
  const seen = new Set<string>();
  for (const key of parts.query.keys()) {
    if (seen.has(key) || parts.bindings.has(key) || (parts.bodySelector === "*" && parts.bodyText !== "")) continue;
    seen.add(key);
    assign(schema, json, key.split("."), parts.query.getAll(key), `invalid query parameter ${key}`, false);
  }
  try {
    // Anys in the body (a simulated tx's messages) keep their Cosmos "/…" type URLs, as the SDK's gateway reads them.
    return useCosmosTypeUrls(schema, fromJson(schema, json, { registry }));
  } catch (error) {
    throw new GatewayError(GrpcCode.InvalidArgument, error instanceof Error ? error.message : String(error));
  }
}

function parseBody(text: string): JsonValue {
  try {
    return JSON.parse(text) as JsonValue;
  } catch (error) {
    throw new GatewayError(GrpcCode.InvalidArgument, error instanceof Error ? error.message : String(error));
  }
}

/** Sets `path` in `json` from text values; `strict` (path variables) makes an unknown field an error. */
function assign(
  schema: DescMessage,
  json: JsonObject,
  path: readonly string[],
  values: readonly string[],
  context: string,
  strict: boolean,
): void {
  let message = schema;
  let target = json;
  for (let i = 0; i < path.length; i += 1) {
    const field = findField(message, path[i]!);
    if (field === undefined) {
      if (strict) throw new GatewayError(GrpcCode.InvalidArgument, `${context}, error: no field ${path[i]}`);
      return;
    }
    const last = i === path.length - 1;
    if (!last) {
      if (field.fieldKind !== "message") {
        if (strict)
          throw new GatewayError(GrpcCode.InvalidArgument, `${context}, error: ${field.name} is not a message`);
        return;
      }
      const child = target[field.name];
      const nested: JsonObject = typeof child === "object" && child !== null && !Array.isArray(child) ? child : {};
      target[field.name] = nested;
      target = nested;
      message = field.message;
      continue;
    }
    try {
      target[field.name] = fieldValue(field, values);
    } catch (error) {
      throw new GatewayError(
        GrpcCode.InvalidArgument,
        `${context}, error: ${error instanceof Error ? error.message : String(error)}`,
      );
    }
  }
}

function findField(message: DescMessage, name: string): DescField | undefined {
  return message.fields.find((f) => f.name === name || f.jsonName === name);
}

/** The JSON form of text values for one field (protobuf-es's fromJson then does the rest). */
function fieldValue(field: DescField, values: readonly string[]): JsonValue {
  switch (field.fieldKind) {
    case "list":
      if (field.listKind === "message") throw new Error(`repeated message field ${field.name} cannot be set from text`);
      return values.map((value) =>
        field.listKind === "enum" ? enumValue(value) : scalarValue(field.scalar ?? ScalarType.STRING, value),
      );
    case "scalar":
      return scalarValue(field.scalar, values.at(-1)!);
    case "enum":
      return enumValue(values.at(-1)!);
    case "message":
      // Well-known types read from their JSON string form: Timestamp "2024-01-01T00:00:00Z", Duration "5s".
      return values.at(-1)!;
    case "map":
      throw new Error(`map field ${field.name} cannot be set from text`);
  }
}

function enumValue(value: string): JsonValue {
  return /^-?[0-9]+$/.test(value) ? Number(value) : value;
}

function scalarValue(type: ScalarType, value: string): JsonValue {
  switch (type) {
    case ScalarType.BOOL:
      return parseBool(value);
    case ScalarType.BYTES:
      // A "+" arrives as a space when the client did not percent-encode it; base64 never contains spaces.
      return value.replaceAll(" ", "+");
    case ScalarType.DOUBLE:
    case ScalarType.FLOAT: {
      const number = Number(value);
      if (value.trim() === "" || Number.isNaN(number))
        throw new Error(`strconv.ParseFloat: parsing "${value}": invalid syntax`);
      return number;
    }
    case ScalarType.STRING:
      return value;
    default:
      if (!/^-?[0-9]+$/.test(value)) throw new Error(`strconv.ParseInt: parsing "${value}": invalid syntax`);
      return value;
  }
}

/** Go's strconv.ParseBool. */
function parseBool(value: string): boolean {
  if (["1", "t", "T", "TRUE", "true", "True"].includes(value)) return true;
  if (["0", "f", "F", "FALSE", "false", "False"].includes(value)) return false;
  throw new Error(`strconv.ParseBool: parsing "${value}": invalid syntax`);
}
