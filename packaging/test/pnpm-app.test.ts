import { describeInstalledApp } from './support/describe-installed-app.js';

// pnpm with default settings, and the optional peers (vitest) installed: every entry must then load.
describeInstalledApp('pnpm', { withOptionalPeers: true });
