// Small builders so that a module states only what is particular to it: the request and response schemas and the
// function; signers and gRPC paths come from the descriptors.
import type { DescMessage, MessageShape } from "@bufbuild/protobuf";
import type { GenService, GenServiceMethods } from "@bufbuild/protobuf/codegenv2";
import type { Context, MsgHandler, QueryHandler, QueryImplementations } from "./module.js";
import { signersFromOption } from "./signers.js";

/** A `MsgHandler` whose signers are the message's `cosmos.msg.v1.signer` fields. */
export function msgHandler<Req extends DescMessage, Res extends DescMessage>(
  request: Req,
  response: Res,
  handle: (ctx: Context, msg: MessageShape<Req>) => MessageShape<Res>,
): MsgHandler {
  const handler: MsgHandler<Req, Res> = {
    request,
    response,
    signers: (msg) => signersFromOption(request, msg),
    handle,
  };
  return handler as unknown as MsgHandler;
}

/** The gRPC path of a method: "/cosmos.bank.v1beta1.Query/AllBalances". */
export function grpcPath(service: { readonly typeName: string }, methodName: string): string {
  return `/${service.typeName}/${methodName}`;
}

/** The `queryHandlers` record of a module from typed implementations of some of a service's methods. */
export function queryHandlers<Methods extends GenServiceMethods>(
  service: GenService<Methods>,
  implementations: QueryImplementations<Methods>,
): Record<string, QueryHandler> {
  const out: Record<string, QueryHandler> = {};
  for (const method of service.methods) {
    const handle = (implementations as Record<string, QueryHandler["handle"] | undefined>)[method.localName];
    if (handle === undefined) continue;
    out[grpcPath(service, method.name)] = { request: method.input, response: method.output, handle };
  }
  return out;
}
