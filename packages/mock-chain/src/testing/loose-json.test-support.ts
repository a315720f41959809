// Test support: the type of a JSON response body that a test reads by path and checks with expect().

/** Parsed JSON navigated freely in assertions; expect() does the checking, not the type system. */
// biome-ignore lint/suspicious/noExplicitAny: assertions walk untyped response bodies.
export type LooseJson = any;
