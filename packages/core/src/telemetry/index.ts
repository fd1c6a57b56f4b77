export { telemetryAttributes, telemetryNames } from './telemetry-names.js';
