/** The provider name of Whatsgate messengers, errors and events. */
export const whatsgateProvider = 'whatsgate';
