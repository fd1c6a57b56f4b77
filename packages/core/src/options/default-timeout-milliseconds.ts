/** How long a request may take unless the messenger's options say otherwise: 30 seconds. */
export const defaultTimeoutMilliseconds = 30_000;
