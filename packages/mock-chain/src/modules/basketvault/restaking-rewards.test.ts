// Alliance pays a delegation's rewards in every denom x/distribution hands out, and the take rate of every Alliance
// asset reaches the fee collector, so restaking rewards arrive partly in the ATOM LSTs themselves. A basket's
// restaking address receives them whenever Alliance claims for it (MsgHarvest, and the claim before every delegate
// or undelegate of the end-block restaking). Harvest only moves the reward denom (XPRT): the LSTs must not be left
// behind on the restaking address, where nothing would ever move them again; they join the basket's idle holdings.

import { Query as BankQuery } from "@persistence-sdk/proto/cosmos/bank/v1beta1";
import * as bv from "@persistence-sdk/proto/persistence/basketvault/v1";
import { MsgHarvestSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { describe, expect, it } from "vitest";
import { DEVNET_LSTS } from "../../genesis/devnet-assets.js";
import { devnetKey, signTx, txMessage } from "../../invariants/signer.js";
import { createChain } from "../../node/chain.js";
import { accountOf } from "../../tx/chain-test-helpers.test-support.js";

const LSTS = Object.values(DEVNET_LSTS).map((lst) => lst.denom);

describe("restaking rewards paid in a basket's own LSTs", () => {
  it("do not stay on the restaking address: they join the idle holdings", async () => {
    const chain = createChain();
    const restake = chain.keepers.basketVault.restakeAddress(1n);
    const balance = (address: string, denom: string) =>
      BigInt(chain.query(BankQuery.method.balance, { address, denom }).balance?.amount ?? "0");
    const idle = () =>
      new Map(
        chain
          .query(bv.Query.method.nav, { basketId: 1n })
          .constituents.map((c) => [c.denom, BigInt(c.idle) + BigInt(c.restaked)] as const),
      );

    // A day of take rate: the deducted LSTs go to the fee collector and from there to every staker, Alliance's
    // native stake included.
    chain.control.advanceTime(86_400n);
    chain.control.mine(2);
    const before = idle();

    const key = await devnetKey(6);
    const account = accountOf(chain, key.address);
    const tx = signTx(key, [txMessage(MsgHarvestSchema, { sender: key.address, basketId: 1n })], {
      chainId: chain.chainId,
      accountNumber: account.accountNumber,
      sequence: account.sequence,
      fee: 0n,
      gasLimit: 50_000_000n,
      feeDenom: "uxprt",
    });
    expect(chain.broadcastTx(tx).checkTx.code).toBe(0);
    expect(chain.blockResults()!.txResults[0]!.code).toBe(0);

    for (const denom of LSTS) expect(balance(restake, denom), denom).toBe(0n);
    const after = idle();
    expect(LSTS.some((denom) => after.get(denom)! > before.get(denom)!)).toBe(true);
    chain.close();
  });
});
