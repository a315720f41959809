export { APP_VERSION_INFO, createTendermintModule, type NodeInfoSource } from "./module.js";
