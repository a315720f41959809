// The route table looks candidates up by a path's first segment; whatever the path, the route it picks must be the
// one a scan of every route, most specific first, picks.
import { protoRegistry } from "@persistence-sdk/proto/registry";
import { describe, expect, it } from "vitest";
import { matchPathTemplate, type PathTemplate } from "./path-template.js";
import { collectRoutes, type RestRoute, RouteTable } from "./routes.js";

/** A request path the template matches: literals as they are, a variable segment as "x", "**" as two segments. */
function samplePath(template: PathTemplate): string {
  const parts = template.segments.map((segment) =>
    segment.kind === "literal" ? segment.value : segment.kind === "any" ? "x" : "a/b",
  );
  return `/${parts.join("/")}${template.verb === undefined ? "" : `:${template.verb}`}`;
}

function firstMatch(routes: readonly RestRoute[], path: string): RestRoute | undefined {
  return routes.find((route) => matchPathTemplate(route.template, path) !== undefined);
}

describe("RouteTable", () => {
  const routes = collectRoutes(protoRegistry);
  const table = new RouteTable(routes);

  it("picks, for every route's own paths, the route a full scan picks", () => {
    expect(routes.length).toBeGreaterThan(50);
    const paths = routes.flatMap((route) => {
      const path = samplePath(route.template);
      return [path, `${path}/extra`, path.replace(/\/x(\/|$)/, "/stk%2Fuatom$1"), path.slice(1)];
    });
    for (const path of [...paths, "/", "", "/unknown/path", "//cosmos/bank/v1beta1/params", "/cosmos"]) {
      expect(firstMatch(table.candidates(path), path)?.template.text, path).toBe(
        firstMatch(routes, path)?.template.text,
      );
    }
  });
});
