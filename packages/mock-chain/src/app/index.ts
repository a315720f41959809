export { packAny } from "./any.js";
export { Application, type ApplicationOptions, type MsgRoute, type QueryRoute } from "./application.js";
export { type ContextFields, createContext, withContext } from "./context.js";
export { isLegacyDecField, sdkJsonOf } from "./event-json.js";
export { EventCollector, typedEventToAbci, withAttribute } from "./event-manager.js";
export { grpcPath, msgHandler, queryHandlers } from "./handlers.js";
export { asChainError, panicError, type SdkErrorCode, sdkError, wrapError } from "./sdk-errors.js";
export { signerFieldNames, signersFromOption } from "./signers.js";
