/** The provider name of GREEN-API messengers, errors and events. */
export const greenApiProvider = 'green-api';
