import { describe, expect, it } from "vitest";
import { ChainError } from "./module.js";

describe("ChainError", () => {
  it("reads like errorsmod.Wrap: detail, then the registered description", () => {
    const error = new ChainError("sdk", 5, "insufficient funds", "1uxprt is smaller than 5uxprt");
    expect(error.message).toBe("1uxprt is smaller than 5uxprt: insufficient funds");
    expect([error.codespace, error.code, error.description]).toEqual(["sdk", 5, "insufficient funds"]);
  });

  it("is the bare description without a detail", () => {
    expect(new ChainError("sdk", 2, "tx parse error").message).toBe("tx parse error");
  });
});
