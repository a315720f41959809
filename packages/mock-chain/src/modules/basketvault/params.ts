import { create } from "@bufbuild/protobuf";
import { type Params, ParamsSchema } from "@persistence-sdk/proto/persistence/basketvault/v1";
import { BasketVaultErrors } from "./errors.js";

/** Largest virtual offset accepted: VS = 10^18 already makes one share 10^-18 of a base unit at launch. */
export const MAX_VIRTUAL_OFFSET = 18;

/** The module's default params. */
export function defaultBasketVaultParams(): Params {
  return create(ParamsSchema, {
    maxConstituents: 8,
    defaultVirtualOffset: 3,
    minEpochSeconds: 3600n,
    maxClaimRequestIds: 50,
  });
}

/** Params.Validate: throws ErrInvalidParams naming the first bad field. */
export function validateBasketVaultParams(params: Params): void {
  const bad = (detail: string) => BasketVaultErrors.invalidParams(detail);
  if (params.maxConstituents < 1) throw bad("max_constituents must be at least 1");
  if (params.defaultVirtualOffset > MAX_VIRTUAL_OFFSET) {
    throw bad(`default_virtual_offset must be at most ${MAX_VIRTUAL_OFFSET}, got ${params.defaultVirtualOffset}`);
  }
  if (params.minEpochSeconds < 1n) throw bad("min_epoch_seconds must be at least 1");
  if (params.maxClaimRequestIds < 1) throw bad("max_claim_request_ids must be at least 1");
}
