import { describe, expect, it } from "vitest";
import { parseCliArgs } from "./cli-args.js";

describe("parseCliArgs", () => {
  it("defaults to CometBFT's port with REST next to it", () => {
    expect(parseCliArgs([])).toEqual({
      host: "127.0.0.1",
      port: 26657,
      restPort: 26658,
      genesisFile: undefined,
      blockTimeMs: undefined,
      stateFile: undefined,
      help: false,
    });
  });

  it("reads every option", () => {
    const args = parseCliArgs([
      "--port",
      "0",
      "--rest-port",
      "1317",
      "--host",
      "0.0.0.0",
      "--genesis",
      "g.json",
      "--block-time",
      "500",
      "--state",
      "s.json",
    ]);
    expect(args).toMatchObject({
      port: 0,
      restPort: 1317,
      host: "0.0.0.0",
      genesisFile: "g.json",
      blockTimeMs: 500,
      stateFile: "s.json",
    });
    expect(parseCliArgs(["--port", "0"]).restPort).toBe(0);
    expect(parseCliArgs(["-h"]).help).toBe(true);
  });

  it("rejects bad values and unknown flags", () => {
    expect(() => parseCliArgs(["--port", "http"])).toThrow(/--port must be a port number/);
    expect(() => parseCliArgs(["--block-time", "0"])).toThrow(/--block-time must be a positive/);
    expect(() => parseCliArgs(["--verbose"])).toThrow();
  });
});
