/** A JSON value as amino JSON holds it (no undefined, no bigint: 64-bit integers are strings). */
export type AminoJson = string | number | boolean | null | AminoJson[] | AminoObject;

/** A JSON object of amino JSON. */
export interface AminoObject {
  [key: string]: AminoJson;
}

/** A message in amino JSON as it appears in a StdSignDoc's `msgs`: its amino type name and its fields. */
export interface AminoMsg {
  readonly type: string;
  readonly value: AminoObject;
}
