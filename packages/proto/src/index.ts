export * from "./amino/index.js";
export * from "./type-urls.js";
