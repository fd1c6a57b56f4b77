/** A GREEN-API-family adapter's provider name (on events and errors) and the label its messages use. */
export interface ProviderLabel {
  /** The provider name, such as `'sdkwa'`. */
  provider: string;
  /** How error messages name the provider, such as `'SDKWA'`. */
  label: string;
}
