import { ChainError } from "../../app/module.js";

/** x/bank's registered errors (codespace "bank"). */
export const BankErrors = {
  noInputs: () => new ChainError("bank", 2, "no inputs to send transaction"),
  noOutputs: () => new ChainError("bank", 3, "no outputs to send transaction"),
  inputOutputMismatch: () => new ChainError("bank", 4, "sum inputs != sum outputs"),
  sendDisabled: (denom: string) =>
    new ChainError("bank", 5, "send transactions are disabled", `${denom} transfers are currently disabled`),
  multipleSenders: () => new ChainError("bank", 9, "multiple senders not allowed"),
} as const;
