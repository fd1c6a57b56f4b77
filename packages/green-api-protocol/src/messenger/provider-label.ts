/** A GREEN-API-family adapter's provider name (on events and errors) and the label its messages use. */
export interface ProviderLabel {
  provider: string;
  label: string;
}
