import { describe, expect, it } from "vitest";
import { parseCliArgs, USAGE } from "./cli-args.js";

describe("parseCliArgs", () => {
  it("defaults to CometBFT's RPC port and the Cosmos SDK's REST port", () => {
    expect(parseCliArgs([])).toEqual({
      host: "127.0.0.1",
      port: 26657,
      restPort: 1317,
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
    expect(parseCliArgs(["--port", "30000"]).restPort).toBe(1317);
    expect(parseCliArgs(["--rest-port", "8080"])).toMatchObject({ port: 26657, restPort: 8080 });
    expect(parseCliArgs(["-h"]).help).toBe(true);
  });

  it("documents the default ports in its help", () => {
    expect(USAGE).toMatch(/--port <n>\s+RPC port \(default 26657;/);
    expect(USAGE).toMatch(/--rest-port <n>\s+REST port \(default 1317,/);
  });

  it("rejects bad values and unknown flags", () => {
    expect(() => parseCliArgs(["--port", "http"])).toThrow(/--port must be a port number/);
    expect(() => parseCliArgs(["--block-time", "0"])).toThrow(/--block-time must be a positive/);
    expect(() => parseCliArgs(["--verbose"])).toThrow();
  });
});
