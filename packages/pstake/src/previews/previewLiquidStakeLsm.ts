import { type Client, ClientError, validateCoins } from "@persistence-sdk/client";
import { type Coin, type Dec, liquidStakeIbcLsmMintAmounts } from "@persistence-sdk/core";
import { PstakeError } from "../errors.js";
import { checkHostChain, hostChainById } from "../internal/hostChains.js";
import { asPstake } from "../internal/liquidStakeState.js";
import { latestBlock } from "../internal/state.js";
import { chainIdArg, ibcCoinArg, paramsArg } from "../internal/validate.js";

/** One LSM deposit to preview: the share voucher, and the host validator the shares are of. */
export interface LsmDelegation extends Coin {
  /**
   * The host validator the shares were tokenized from (the `<valoper>` of the share denom `<valoper>/<record>`). The
   * voucher's hash hides it and this SDK has no IBC denom-trace query, so the caller names it.
   */
  readonly validator: string;
}

/** Parameters of {@link previewLiquidStakeLsm}. */
export interface PreviewLiquidStakeLsmParams {
  /** The host chain the shares come from. */
  readonly chainId: string;
  /** The share vouchers and their validators. */
  readonly delegations: readonly LsmDelegation[];
}

/** What one LSM deposit would mint. */
export interface LsmDepositPreview {
  /** The share voucher. */
  readonly denom: string;
  /** Shares deposited. */
  readonly lsmTokens: bigint;
  /** The host validator. */
  readonly validator: string;
  /** Host tokens the shares are worth: `TruncateInt(shares × exchangeRate)`. */
  readonly depositAmount: bigint;
  /** stkASSET minted for them. */
  readonly mintAmount: bigint;
  /** The deposit fee, in stkASSET. */
  readonly fee: bigint;
  /** What the depositor receives. */
  readonly received: bigint;
}

/** What an LSM liquid stake would do. */
export interface LiquidStakeLsmPreview {
  /** The host chain. */
  readonly chainId: string;
  /** Per delegation, in the order given. */
  readonly deposits: readonly LsmDepositPreview[];
  /** Σ received, in stkASSET. */
  readonly received: Coin;
  /** Σ fee, in stkASSET. */
  readonly fee: Coin;
  /** stkASSET per host token used. */
  readonly cValue: Dec;
  /** The height of the state the preview read. */
  readonly height: bigint;
}

/**
 * Previews `liquidStakeLsm` with core's `liquidStakeIbcLsmMintAmounts` per delegation (shares valued at the host
 * validator's exchange rate, the minimum checked on the untruncated value, then mint and fee), on the host chain at the
 * latest height. Refusals first: `HostChainInactiveError`, `LSM_DISABLED`, `LSM_VALIDATOR_INVALID` (a validator
 * outside the set, not bonded or without weight), `BELOW_MINIMUM`.
 */
export async function previewLiquidStakeLsm(
  client: Client,
  params: PreviewLiquidStakeLsmParams,
): Promise<LiquidStakeLsmPreview> {
  paramsArg(params, "previewLiquidStakeLsm");
  const chainId = chainIdArg(params.chainId);
  validateCoins(params.delegations, "delegations");
  const delegations = params.delegations.map((d, i) => {
    const coin = ibcCoinArg(client.chain, d, `delegations[${i}]`);
    if (typeof d.validator !== "string" || d.validator === "") {
      throw new ClientError("INVALID_ARGUMENT", "each LSM delegation names its host validator", {
        field: `delegations[${i}].validator`,
        value: d.validator,
        fix: "Pass the operator address the shares were tokenized from (the <valoper> of <valoper>/<record>).",
      });
    }
    return { ...coin, validator: d.validator };
  });
  const block = await latestBlock(client);
  const hostChain = await hostChainById(client, chainId, { height: block.height });
  checkHostChain(hostChain, undefined, "liquidStakeLsm", "delegations");
  const deposits = delegations.map((d, i) => {
    const validator = hostChain.validators.find((v) => v.operatorAddress === d.validator);
    const invalid = (problem: string) =>
      new PstakeError("LSM_VALIDATOR_INVALID", problem, {
        field: `delegations[${i}].validator`,
        value: d.validator,
        fix: "Tokenize shares of a bonded validator with weight in the host chain's set (HostChain.validators).",
      });
    if (validator === undefined) throw invalid(`not a validator of ${chainId}'s pSTAKE set`);
    if (validator.status !== "BOND_STATUS_BONDED") throw invalid(`the validator is ${validator.status}, not bonded`);
    if (validator.weight.isZero()) throw invalid("the validator has no weight in the set");
    const amounts = asPstake(() =>
      liquidStakeIbcLsmMintAmounts({
        lsmTokens: d.amount,
        exchangeRate: validator.exchangeRate,
        cValue: hostChain.cValue,
        depositFee: hostChain.params.depositFee,
        minimumDeposit: hostChain.minimumDeposit,
      }),
    );
    return Object.freeze({ denom: d.denom, lsmTokens: d.amount, validator: d.validator, ...amounts });
  });
  const denom = hostChain.mintDenom;
  return Object.freeze({
    chainId,
    deposits: Object.freeze(deposits),
    received: Object.freeze({ denom, amount: deposits.reduce((sum, d) => sum + d.received, 0n) }),
    fee: Object.freeze({ denom, amount: deposits.reduce((sum, d) => sum + d.fee, 0n) }),
    cValue: hostChain.cValue,
    height: block.height,
  });
}
