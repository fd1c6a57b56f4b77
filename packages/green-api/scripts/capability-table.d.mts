import type { Capabilities, CapabilityPath } from '@switchboard/core';

/** The README markers the table sits between. */
export declare const startMarker: string;
export declare const endMarker: string;

/**
 * Renders the markdown capability table of the three networks.
 *
 * @example
 * ```ts
 * renderCapabilityTable((network) => createCapabilities(capabilitiesFor(network)), listCapabilities);
 * ```
 */
export declare function renderCapabilityTable(
  capabilitiesOf: (network: 'whatsapp' | 'telegram' | 'max') => Capabilities,
  listCapabilities: (capabilities: Capabilities) => Array<[CapabilityPath, boolean]>,
): string;

/**
 * Replaces the text between the capability-table markers.
 *
 * @example
 * ```ts
 * replaceBetweenMarkers(readme, table);
 * ```
 */
export declare function replaceBetweenMarkers(readme: string, table: string): string;

/**
 * Reads the table between the capability-table markers.
 *
 * @example
 * ```ts
 * tableBetweenMarkers(readme);
 * ```
 */
export declare function tableBetweenMarkers(readme: string): string;

/**
 * Normalises a markdown table (padding and dash counts do not matter).
 *
 * @example
 * ```ts
 * normalizeMarkdownTable('| a   |');
 * ```
 */
export declare function normalizeMarkdownTable(table: string): string;
