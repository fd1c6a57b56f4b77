/** The messenger options a GREEN-API-family session manager accepts and ignores, so one config builds both. */
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
