import { describe, expect, it } from "vitest";
import { protoRegistry } from "./registry.js";
import * as typeUrls from "./type-urls.js";

describe("type URL constants", () => {
  const entries = Object.entries(typeUrls).flatMap(([group, urls]) =>
    Object.entries(urls).map(([name, url]) => [`${group}.${name}`, name, url] as const),
  );

  it("cover every Msg of our modules", () => {
    expect(Object.keys(typeUrls.allianceTypeUrls)).toHaveLength(11); // 8 Msgs + 3 legacy gov proposal contents
    expect(Object.keys(typeUrls.liquidstakeTypeUrls)).toHaveLength(6);
    expect(Object.keys(typeUrls.liquidstakeibcTypeUrls)).toHaveLength(7);
    expect(Object.keys(typeUrls.basketvaultTypeUrls)).toHaveLength(17);
  });

  it.each(entries)("%s is '/' + the full name of a generated message", (_label, name, url) => {
    expect(url.startsWith("/")).toBe(true);
    const schema = protoRegistry.getMessage(url.slice(1));
    expect(schema?.name).toBe(name);
  });
});
