export { aminoTypeName } from "./field-options.js";
export { fromAminoMsg, fromAminoValue } from "./from-amino.js";
export { type AminoFieldOverride, aminoFieldOverrides, aminoNameOverrides } from "./overrides.js";
export { type AminoOptions, toAminoMsg, toAminoValue } from "./to-amino.js";
export type { AminoJson, AminoMsg, AminoObject } from "./types.js";
