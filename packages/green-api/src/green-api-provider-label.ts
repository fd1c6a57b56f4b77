import type { ProviderLabel } from '@switchboard/green-api-protocol';
import { greenApiProvider } from './green-api-provider.js';

/** GREEN-API's provider name and the label its messages use. */
export const greenApiProviderLabel: ProviderLabel = { provider: greenApiProvider, label: 'GREEN-API' };
