/**
 * Who a GREEN-API-family adapter is: the provider name put on events and errors, and the label its
 * messages use.
 *
 * @example
 * ```ts
 * const sdkwaProviderLabel: ProviderLabel = { provider: 'sdkwa', label: 'SDKWA' };
 * ```
 */
export interface ProviderLabel {
  provider: string;
  label: string;
}
