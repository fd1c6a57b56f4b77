import type { GreenApiRoute } from './green-api-route.js';
import { accountRoutes } from './routes/account-routes.js';
import { contactRoutes } from './routes/contact-routes.js';
import { groupRoutes } from './routes/group-routes.js';
import { journalRoutes } from './routes/journal-routes.js';
import { mediaRoutes } from './routes/media-routes.js';
import { notificationRoutes } from './routes/notification-routes.js';
import { sendingRoutes } from './routes/sending-routes.js';

/** Every instance method the emulator implements. */
export const greenApiRoutes: readonly GreenApiRoute[] = [
  ...accountRoutes,
  ...sendingRoutes,
  ...mediaRoutes,
  ...notificationRoutes,
  ...journalRoutes,
  ...groupRoutes,
  ...contactRoutes,
];
