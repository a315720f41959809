// `npm start`: runs what exists of the product. The mock chain and the example dApp are not built yet, so this
// shows the wire layer they will stand on: a stkXPRT liquid-stake message as the chain receives it (protobuf) and
// as a Ledger signs it (amino JSON StdSignDoc), from the built @persistence-sdk/proto package.
import { create, toBinary } from "@bufbuild/protobuf";
import { liquidstakeTypeUrls, toAminoMsg } from "@persistence-sdk/proto";
import { MsgLiquidStakeSchema } from "@persistence-sdk/proto/pstake/liquidstake/v1beta1";
import { protoRegistry } from "@persistence-sdk/proto/registry";

const msg = create(MsgLiquidStakeSchema, {
  delegatorAddress: "persistence1qurswpc8qurswpc8qurswpc8qurswpc8alpfw9",
  amount: { denom: "uxprt", amount: "1500000" },
});
const signDoc = {
  account_number: "7",
  chain_id: "core-1",
  fee: { amount: [{ amount: "5000", denom: "uxprt" }], gas: "200000" },
  memo: "",
  msgs: [toAminoMsg(MsgLiquidStakeSchema, msg)],
  sequence: "0",
};
const types = [...protoRegistry].filter((t) => t.kind === "message").length;

console.log(`Persistence SDK: ${types} protobuf message types in the registry.\n`);
console.log(`Liquid stake 1.5 XPRT → stkXPRT (${liquidstakeTypeUrls.MsgLiquidStake})`);
console.log(`  protobuf bytes: ${Buffer.from(toBinary(MsgLiquidStakeSchema, msg)).toString("hex")}`);
console.log(`  amino sign doc: ${JSON.stringify(signDoc, null, 2).replaceAll("\n", "\n  ")}`);
console.log("\nThe mock chain and the example dApp arrive with the next packages; `npm test` runs every test.");
