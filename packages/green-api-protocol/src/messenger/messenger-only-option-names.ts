/**
 * The options of a GREEN-API-family messenger that its session manager accepts and ignores, so one
 * config can build both.
 *
 * @example
 * ```ts
 * const schema = v.strictObject({ ...ignoredOptionEntries(...messengerOnlyOptionNames), partnerToken });
 * ```
 */
export const messengerOnlyOptionNames = [
  'network',
  'idInstance',
  'apiTokenInstance',
  'webhookUrlToken',
  'allowUnauthenticatedWebhooks',
  'maximumBodyBytes',
  'maximumEvents',
  'maxMediaBytes',
  'mediaHosts',
  'allowPrivateMediaAddresses',
] as const;
