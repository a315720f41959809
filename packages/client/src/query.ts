import {
  create,
  type DescMessage,
  type DescMethodUnary,
  fromBinary,
  type MessageInitShape,
  type MessageShape,
  toBinary,
} from "@bufbuild/protobuf";
import type { Client } from "./client.js";
import { ClientError, InvalidResponseError, QueryError } from "./errors.js";
import { withRetry } from "./transport.js";

/** Options of {@link query}. */
export interface QueryOptions {
  /** Query the state at this block height (default: the latest). */
  readonly height?: bigint | number;
}

/** The ABCI path of a gRPC method: "/cosmos.bank.v1beta1.Query/AllBalances". */
export function queryPath(method: DescMethodUnary): string {
  return `/${method.parent.typeName}/${method.name}`;
}

function heightOf(height: bigint | number | undefined): number | undefined {
  if (height === undefined) return undefined;
  const value = typeof height === "bigint" ? height : Number.isInteger(height) ? BigInt(height) : -1n;
  if (value < 0n || value > BigInt(Number.MAX_SAFE_INTEGER)) {
    throw new ClientError("INVALID_ARGUMENT", "a height is a whole block number ≥ 0", {
      field: "height",
      value: height,
      fix: "Pass a block height such as 1234n, or omit it for the latest state.",
    });
  }
  return value === 0n ? undefined : Number(value);
}

/**
 * Calls a gRPC query method of the chain over ABCI (`abci_query`) and decodes the typed response. `method` is a
 * generated method descriptor, such as `Query.method.allBalances` from `@persistence-sdk/proto/cosmos/bank/v1beta1`.
 * Transport faults are retried with backoff (queries are idempotent); a non-zero code throws `QueryError` (code
 * "NOT_FOUND" when the item does not exist).
 */
export async function query<I extends DescMessage, O extends DescMessage>(
  client: Client,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  options: QueryOptions = {},
): Promise<MessageShape<O>> {
  return (await queryAtHeight(client, method, request, options)).response;
}

/** {@link query}, also returning the height the node answered at (0 when it did not say). */
export async function queryAtHeight<I extends DescMessage, O extends DescMessage>(
  client: Client,
  method: DescMethodUnary<I, O>,
  request: MessageInitShape<I>,
  options: QueryOptions = {},
): Promise<{ readonly response: MessageShape<O>; readonly height: bigint }> {
  const path = queryPath(method);
  const height = heightOf(options.height);
  const data = toBinary(method.input, create(method.input, request));
  const comet = client.transport.comet();
  const answer = await withRetry(client.retry, `abci_query ${path}`, client.rpcUrl, () =>
    comet.abciQuery({ path, data, ...(height === undefined ? {} : { height }) }),
  );
  if ((answer.code ?? 0) !== 0) {
    throw new QueryError({
      path,
      codespace: answer.codespace,
      abciCode: answer.code ?? 0,
      log: answer.log ?? "",
      ...(height === undefined ? {} : { height: BigInt(height) }),
    });
  }
  let response: MessageShape<O>;
  try {
    response = fromBinary(method.output, answer.value);
  } catch (error) {
    throw new InvalidResponseError(path, answer.value.length, error);
  }
  return { response, height: BigInt(answer.height ?? height ?? 0) };
}
