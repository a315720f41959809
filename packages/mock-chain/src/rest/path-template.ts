// google.api.http path templates (the grammar grpc-gateway implements):
//   Template = "/" Segments [ ":" Verb ];  Segment = "*" | "**" | LITERAL | "{" FieldPath [ "=" Segments ] "}"
// A template matches a request path segment by segment; a variable captures its segments (joined by "/") for the
// field it names, e.g. {denom=**} takes "ibc/27394FB0..." whole.

/** One segment of a template after parsing. */
type Segment =
  | { readonly kind: "literal"; readonly value: string }
  | { readonly kind: "any" }
  | { readonly kind: "rest" };

/** A variable: the field it binds and the range of template segments it spans. */
interface Variable {
  readonly fieldPath: string;
  readonly start: number;
  readonly end: number;
}

/** A parsed path template. */
export interface PathTemplate {
  readonly text: string;
  readonly segments: readonly Segment[];
  readonly variables: readonly Variable[];
  readonly verb: string | undefined;
  /** "/" + the leading literal segments + "/": a request path not starting so cannot match (a cheap first test). */
  readonly literalPrefix: string;
}

/** Parses a template such as "/cosmos/bank/v1beta1/balances/{address}/by_denom"; throws on malformed input. */
export function parsePathTemplate(text: string): PathTemplate {
  if (!text.startsWith("/")) throw new Error(`path template must start with "/": ${text}`);
  let body = text.slice(1);
  let verb: string | undefined;
  // A verb follows the last segment; a colon inside a variable ({name=a:b}) is not one.
  const colon = body.indexOf(":", Math.max(body.lastIndexOf("}"), body.lastIndexOf("/")) + 1);
  if (colon >= 0) {
    verb = body.slice(colon + 1);
    body = body.slice(0, colon);
  }
  const segments: Segment[] = [];
  const variables: Variable[] = [];
  for (const part of splitTopLevel(body)) {
    if (part.startsWith("{")) {
      if (!part.endsWith("}")) throw new Error(`unterminated variable in ${text}`);
      const inner = part.slice(1, -1);
      const eq = inner.indexOf("=");
      const fieldPath = eq < 0 ? inner : inner.slice(0, eq);
      const pattern = eq < 0 ? "*" : inner.slice(eq + 1);
      const start = segments.length;
      for (const sub of pattern.split("/")) segments.push(plainSegment(sub, text));
      variables.push({ fieldPath, start, end: segments.length });
    } else {
      segments.push(plainSegment(part, text));
    }
  }
  const restAt = segments.findIndex((s) => s.kind === "rest");
  if (restAt >= 0 && restAt !== segments.length - 1) throw new Error(`"**" must be the last segment in ${text}`);
  const leading: string[] = [];
  for (const segment of segments) {
    if (segment.kind !== "literal") break;
    leading.push(segment.value);
  }
  const literalPrefix = leading.length === segments.length ? "" : `/${leading.map((l) => `${l}/`).join("")}`;
  return { text, segments, variables, verb, literalPrefix };
}

function plainSegment(part: string, text: string): Segment {
  if (part === "*") return { kind: "any" };
  if (part === "**") return { kind: "rest" };
  if (part === "" || part.includes("{") || part.includes("}")) throw new Error(`bad segment "${part}" in ${text}`);
  return { kind: "literal", value: part };
}

/** Splits on "/" outside braces: "a/{b=c/*}/d" → ["a", "{b=c/*}", "d"]. */
function splitTopLevel(body: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of body) {
    if (ch === "{") depth += 1;
    if (ch === "}") depth -= 1;
    if (ch === "/" && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts;
}

/**
 * Matches a request path (as sent, percent-encoding intact) against a template; returns the bound variables by
 * field path, or undefined. Each segment is percent-decoded on its own, so "stk%2Fuxprt" binds "stk/uxprt".
 */
export function matchPathTemplate(template: PathTemplate, rawPath: string): Map<string, string> | undefined {
  if (template.literalPrefix !== "" && !rawPath.includes("%") && !rawPath.startsWith(template.literalPrefix)) {
    return undefined;
  }
  let path = rawPath.startsWith("/") ? rawPath.slice(1) : rawPath;
  if (template.verb !== undefined) {
    const suffix = `:${template.verb}`;
    if (!path.endsWith(suffix)) return undefined;
    path = path.slice(0, -suffix.length);
  }
  const parts = path === "" ? [] : path.split("/");
  const decoded: string[] = [];
  for (const part of parts) {
    try {
      decoded.push(decodeURIComponent(part));
    } catch {
      return undefined;
    }
  }
  const segments = template.segments;
  const hasRest = segments.at(-1)?.kind === "rest";
  if (hasRest ? decoded.length < segments.length - 1 : decoded.length !== segments.length) return undefined;
  for (let i = 0; i < segments.length; i += 1) {
    const segment = segments[i]!;
    if (segment.kind === "literal" && segment.value !== decoded[i]) return undefined;
    if (segment.kind === "any" && (decoded[i] === undefined || decoded[i] === "")) return undefined;
  }
  const bindings = new Map<string, string>();
  for (const variable of template.variables) {
    const last = variable.end === segments.length && hasRest ? decoded.length : variable.end;
    bindings.set(variable.fieldPath, decoded.slice(variable.start, last).join("/"));
  }
  return bindings;
}

/**
 * A sort key that puts more specific templates first: at each position a literal beats a variable, which beats
 * "**". Matching in this order lets "/terra/alliances/params" win over "/terra/alliances/{denom}".
 */
export function specificity(template: PathTemplate): number[] {
  return template.segments.map((segment) => (segment.kind === "literal" ? 0 : segment.kind === "any" ? 1 : 2));
}

/** Compares two templates by specificity (more specific first). */
export function compareSpecificity(a: PathTemplate, b: PathTemplate): number {
  const ka = specificity(a);
  const kb = specificity(b);
  for (let i = 0; i < Math.min(ka.length, kb.length); i += 1) {
    if (ka[i] !== kb[i]) return ka[i]! - kb[i]!;
  }
  return kb.length - ka.length;
}
