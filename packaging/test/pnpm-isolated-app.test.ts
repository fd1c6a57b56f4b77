import { describeInstalledApp } from './support/describe-installed-app.js';

// pnpm with hoist=false: a package sees only what it declares.
describeInstalledApp('pnpm-isolated');
