/** The provider name of SDKWA messengers, errors and events. */
export const sdkwaProvider = 'sdkwa';
