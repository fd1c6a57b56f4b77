/** The networks a GREEN-API instance can serve. */
export type GreenApiNetwork = 'whatsapp' | 'telegram' | 'max';

/** Every {@link GreenApiNetwork}, in a stable order (used by validation and the capability table). */
export const greenApiNetworks: readonly GreenApiNetwork[] = ['whatsapp', 'telegram', 'max'];

/**
 * Reads GREEN-API's `typeInstance` (`"whatsapp"`, `"telegram"`, `"v3"` for MAX) as a network;
 * `undefined` for anything else.
 */
export function networkFromTypeInstance(typeInstance: unknown): GreenApiNetwork | undefined {
  if (typeInstance === 'whatsapp' || typeInstance === 'telegram' || typeInstance === 'max')
    return typeInstance;
  return typeInstance === 'v3' ? 'max' : undefined;
}
