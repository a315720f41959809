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

/**
 * The routes, most specific first, with the candidates for a path looked up by its first segment: a route whose
 * template starts with another literal cannot match, so it is skipped without trying (the order, and so which route
 * wins, is the full list's).
 */
export class RouteTable {
  private readonly byFirstLiteral = new Map<string, readonly RestRoute[]>();
  /** Routes whose first segment is not a literal: candidates for every path. */
  private readonly open: readonly RestRoute[];

  constructor(private readonly all: readonly RestRoute[]) {
    this.open = all.filter((route) => firstLiteral(route) === undefined);
    const firsts = new Set(all.map(firstLiteral).filter((first) => first !== undefined));
    for (const first of firsts) {
      this.byFirstLiteral.set(
        first,
        all.filter((route) => {
          const own = firstLiteral(route);
          return own === undefined || own === first;
        }),
      );
    }
  }

  /** The routes that may match `rawPath`, in matching order. */
  candidates(rawPath: string): readonly RestRoute[] {
    // Percent-encoded paths (rare) are decoded by the matcher: try everything then.
    if (rawPath.includes("%")) return this.all;
    const start = rawPath.startsWith("/") ? 1 : 0;
    const end = rawPath.indexOf("/", start);
    const first = rawPath.slice(start, end < 0 ? rawPath.length : end);
    return this.byFirstLiteral.get(first) ?? this.open;
  }
}

/** The first segment of a route's template when it is a literal (and no verb could follow it). */
function firstLiteral(route: RestRoute): string | undefined {
  const first = route.template.segments[0];
  if (first?.kind !== "literal") return undefined;
  if (route.template.segments.length === 1 && route.template.verb !== undefined) return undefined;
  return first.value;
}
