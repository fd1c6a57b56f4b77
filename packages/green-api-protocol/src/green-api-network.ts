/**
 * The networks a GREEN-API instance can serve.
 *
 * @example
 * ```ts
 * const network: GreenApiNetwork = 'max';
 * ```
 */
export type GreenApiNetwork = 'whatsapp' | 'telegram' | 'max';

/**
 * Every {@link GreenApiNetwork}, in a stable order (used by validation and the capability table).
 *
 * @example
 * ```ts
 * for (const network of greenApiNetworks) console.log(network);
 * ```
 */
export const greenApiNetworks: readonly GreenApiNetwork[] = ['whatsapp', 'telegram', 'max'];

/**
 * Reads GREEN-API's `typeInstance` (`"whatsapp"`, `"telegram"`, `"v3"` for MAX) as a network;
 * `undefined` for anything else.
 *
 * @example
 * ```ts
 * networkFromTypeInstance('v3'); // 'max'
 * ```
 */
export function networkFromTypeInstance(typeInstance: unknown): GreenApiNetwork | undefined {
  if (typeInstance === 'whatsapp' || typeInstance === 'telegram' || typeInstance === 'max')
    return typeInstance;
  return typeInstance === 'v3' ? 'max' : undefined;
}
