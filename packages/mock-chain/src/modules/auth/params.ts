import { create } from "@bufbuild/protobuf";
import { type Params, ParamsSchema } from "@persistence-sdk/proto/cosmos/auth/v1beta1";

/** x/auth's default params (DefaultParams): 256-character memos, 7 signatures, 10 gas per tx byte, 1000 per secp256k1 check. */
export function defaultAuthParams(): Params {
  return create(ParamsSchema, {
    maxMemoCharacters: 256n,
    txSigLimit: 7n,
    txSizeCostPerByte: 10n,
    sigVerifyCostEd25519: 590n,
    sigVerifyCostSecp256k1: 1000n,
  });
}
