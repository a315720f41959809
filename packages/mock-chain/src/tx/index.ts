export { type AnteEnvironment, runAnte } from "./ante.js";
export { type DecodedMsg, type DecodedTx, decodeTx, type RouteLookup } from "./decode-tx.js";
export { coversAny, type GasPrice, parseGasPrices, requiredFees } from "./gas-prices.js";
export { packSecp256k1PubKey, SIMULATION_PUBKEY, secp256k1KeyOf } from "./pubkeys.js";
export { runTx, type TxBlock, type TxEnvironment, type TxMode, type TxRun } from "./run-tx.js";
export { secp256k1AddressBytes, verifySecp256k1 } from "./secp256k1.js";
export { aminoSignBytes, directSignBytes } from "./sign-bytes.js";
export { checkTxResponseOf, eventProtos, txResponseOf } from "./tx-response.js";
export { createTxServiceModule, type TxServiceSource } from "./tx-service.js";
