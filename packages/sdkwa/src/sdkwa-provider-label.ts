import type { ProviderLabel } from '@switchboard/green-api-protocol';
import { sdkwaProvider } from './sdkwa-provider.js';

/** SDKWA's provider name and the label its messages use. */
export const sdkwaProviderLabel: ProviderLabel = { provider: sdkwaProvider, label: 'SDKWA' };
