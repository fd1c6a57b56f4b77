/**
 * The networks an SDKWA instance can be bound to; the first path segment of every instance method
 * (`{host}/{network}/{idInstance}/{method}`).
 */
export type SdkwaNetwork = 'whatsapp' | 'telegram';

/** Every {@link SdkwaNetwork}, in documentation order. */
export const sdkwaNetworks: readonly SdkwaNetwork[] = ['whatsapp', 'telegram'];

/** The default API host of SDKWA (the SDKs use https; the OpenAPI `servers` entry says http). */
export const sdkwaDefaultHost = 'https://api.sdkwa.pro';
