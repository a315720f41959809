// x/bank's legacy events, with the attribute names and order of types/events.go.
import type { EventManager } from "../../app/module.js";
import { type Coin, coinsToString } from "./coins.js";

export function emitCoinSpent(events: EventManager, spender: string, coins: readonly Coin[]): void {
  events.emit("coin_spent", { spender, amount: coinsToString(coins) });
}

export function emitCoinReceived(events: EventManager, receiver: string, coins: readonly Coin[]): void {
  events.emit("coin_received", { receiver, amount: coinsToString(coins) });
}

export function emitTransfer(
  events: EventManager,
  recipient: string,
  sender: string | undefined,
  coins: readonly Coin[],
): void {
  if (sender === undefined) events.emit("transfer", { recipient, amount: coinsToString(coins) });
  else events.emit("transfer", { recipient, sender, amount: coinsToString(coins) });
}

export function emitMessageSender(events: EventManager, sender: string): void {
  events.emit("message", { sender });
}

export function emitCoinbase(events: EventManager, minter: string, coins: readonly Coin[]): void {
  events.emit("coinbase", { minter, amount: coinsToString(coins) });
}

export function emitBurn(events: EventManager, burner: string, coins: readonly Coin[]): void {
  events.emit("burn", { burner, amount: coinsToString(coins) });
}
