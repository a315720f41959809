import { create } from "@bufbuild/protobuf";
import { bankTypeUrls } from "@persistence-sdk/proto";
import {
  MsgMultiSendResponseSchema,
  MsgMultiSendSchema,
  MsgSendResponseSchema,
  MsgSendSchema,
} from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import { msgHandler } from "../../app/handlers.js";
import type { Context, MsgHandler } from "../../app/module.js";
import { sdkError } from "../../app/sdk-errors.js";
import { addCoins, type Coin, coinsEqual, coinsFromProto, coinsToString, isValidPositive } from "./coins.js";
import { BankErrors } from "./errors.js";
import type { BankKeeper } from "./keeper.js";

function parseCoins(coins: readonly { denom: string; amount: string }[]): Coin[] {
  try {
    return coinsFromProto(coins);
  } catch (error) {
    throw sdkError(10, (error as Error).message);
  }
}

function requirePositive(coins: readonly Coin[]): void {
  if (!isValidPositive(coins)) throw sdkError(10, coinsToString(coins));
}

/** x/bank's Msg service with the SDK 0.50 msg server's checks and order. */
export function bankMsgHandlers(keeper: BankKeeper): Record<string, MsgHandler> {
  const addresses = keeper.auth.addresses;
  return {
    [bankTypeUrls.MsgSend]: msgHandler(MsgSendSchema, MsgSendResponseSchema, (ctx: Context, msg) => {
      addresses.toBytes(msg.fromAddress, "from");
      addresses.toBytes(msg.toAddress, "to");
      const amount = parseCoins(msg.amount);
      requirePositive(amount);
      keeper.requireSendEnabled(ctx, amount);
      if (keeper.isBlockedAddress(msg.toAddress)) throw sdkError(4, `${msg.toAddress} is not allowed to receive funds`);
      keeper.sendCoins(ctx, msg.fromAddress, msg.toAddress, amount);
      return create(MsgSendResponseSchema);
    }),
    [bankTypeUrls.MsgMultiSend]: msgHandler(MsgMultiSendSchema, MsgMultiSendResponseSchema, (ctx: Context, msg) => {
      if (msg.inputs.length === 0) throw BankErrors.noInputs();
      if (msg.inputs.length !== 1) throw BankErrors.multipleSenders();
      if (msg.outputs.length === 0) throw BankErrors.noOutputs();
      const input = msg.inputs[0]!;
      addresses.toBytes(input.address, "input");
      const inputCoins = parseCoins(input.coins);
      requirePositive(inputCoins);
      let totalOut: Coin[] = [];
      const outputs = msg.outputs.map((output) => {
        addresses.toBytes(output.address, "output");
        const coins = parseCoins(output.coins);
        requirePositive(coins);
        totalOut = addCoins(totalOut, coins);
        return { address: output.address, coins };
      });
      if (!coinsEqual(inputCoins, totalOut)) throw BankErrors.inputOutputMismatch();
      keeper.requireSendEnabled(ctx, inputCoins);
      for (const output of outputs) {
        if (keeper.isBlockedAddress(output.address))
          throw sdkError(4, `${output.address} is not allowed to receive funds`);
      }
      keeper.inputOutputCoins(ctx, { address: input.address, coins: inputCoins }, outputs);
      return create(MsgMultiSendResponseSchema);
    }),
  };
}
