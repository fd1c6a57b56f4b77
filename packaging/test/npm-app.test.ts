import { describeInstalledApp } from './support/describe-installed-app.js';

describeInstalledApp('npm');
