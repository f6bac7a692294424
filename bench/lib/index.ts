// Shared bench library: ports and server identity, /proc CPU and memory, PostgreSQL backend
// metering, HTTP load, and alternating subject/baseline pairs with ratio statistics.
export * from "./load";
export * from "./pairs";
export * from "./ports";
export * from "./postgres";
export * from "./proc";
export * from "./server";
