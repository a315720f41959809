// The REST routes of every query service, read from the generated descriptors' `google.api.http` options, the way
// grpc-gateway generates them for a Cosmos SDK node. Msg services are not routed: their HTTP rules, where a module
// declares some, are not served by the SDK's gateway.
import { type DescMethod, type DescService, getOption, hasOption, type Registry } from "@bufbuild/protobuf";
import { type HttpRule, http } from "@persistence-sdk/proto/google/api";
import { compareSpecificity, type PathTemplate, parsePathTemplate } from "./path-template.js";

/** One HTTP binding of a gRPC method. */
export interface RestRoute {
  readonly httpMethod: string;
  readonly template: PathTemplate;
  readonly method: DescMethod;
  /** The gRPC path the chain answers queries on: "/cosmos.bank.v1beta1.Query/AllBalances". */
  readonly grpcPath: string;
  /** The rule's `body`: "*" (the whole request), a field name, or "" (none: everything from path and query). */
  readonly body: string;
}

/** Routes of every non-Msg service in `registry`, most specific template first. */
export function collectRoutes(registry: Registry): RestRoute[] {
  const routes: RestRoute[] = [];
  for (const type of registry) {
    if (type.kind !== "service" || isMsgService(type)) continue;
    for (const method of type.methods) {
      if (!hasOption(method, http)) continue;
      const rule = getOption(method, http);
      for (const binding of [rule, ...rule.additionalBindings]) {
        const route = routeOf(method, binding);
        if (route !== undefined) routes.push(route);
      }
    }
  }
  return routes.sort((a, b) => compareSpecificity(a.template, b.template));
}

function routeOf(method: DescMethod, rule: HttpRule): RestRoute | undefined {
  const pattern = rule.pattern;
  let httpMethod: string;
  let path: string;
  switch (pattern.case) {
    case "get":
    case "put":
    case "post":
    case "delete":
    case "patch":
      httpMethod = pattern.case.toUpperCase();
      path = pattern.value;
      break;
    case "custom":
      httpMethod = pattern.value.kind.toUpperCase();
      path = pattern.value.path;
      break;
    default:
      return undefined;
  }
  return {
    httpMethod,
    template: parsePathTemplate(path),
    method,
    grpcPath: `/${method.parent.typeName}/${method.name}`,
    body: rule.body,
  };
}

function isMsgService(service: DescService): boolean {
  return service.name === "Msg";
}
