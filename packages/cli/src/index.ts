/**
 * `@switchboard/cli`: the `switchboard` command (demo, send, listen, login, a command for every
 * contract operation, sessions, status, sandbox) and its building blocks for embedding: the demo runner, the emulator sandbox with its
 * per-provider drivers, and terminal QR rendering.
 *
 * @example
 * ```ts
 * import { runDemo } from '@switchboard/cli';
 *
 * const report = await runDemo({ importModule: (specifier) => import(specifier) });
 * console.log(report.ok);
 * ```
 * @packageDocumentation
 */
export { CliError, type CliErrorCode, CommandExit, exitCodes } from './cli-error.js';
export type { ConfigFlags } from './config/config-flags.js';
export { resolveMessengerConfig } from './config/resolve-messenger-config.js';
export type {
  DemoReport,
  DemoStepName,
  DemoStepResult,
  DemoStepStatus,
  DemoTargetReport,
} from './demo/demo-report.js';
export { demoStepNames } from './demo/demo-report.js';
export { type DemoOptions, runDemo } from './demo/run-demo.js';
export {
  type CliStreams,
  type InputStream,
  type OutputStream,
  processStreams,
} from './output/cli-streams.js';
export {
  type RenderedQrCode,
  type RenderQrCodeOptions,
  renderQrCode,
} from './output/render-qr-code.js';
export { createProgram, runCli } from './program.js';
export { createGreenApiSandboxDriver } from './sandbox/green-api-sandbox-driver.js';
export type {
  SandboxDriver,
  SandboxDriverOptions,
  SandboxIncomingMessage,
  SandboxLoginMethod,
} from './sandbox/sandbox-driver.js';
export type { SandboxSpeed } from './sandbox/sandbox-timings.js';
export { createSdkwaSandboxDriver } from './sandbox/sdkwa-sandbox-driver.js';
export { type Sandbox, type SandboxOptions, startSandbox } from './sandbox/start-sandbox.js';
export { createWhatsgateSandboxDriver } from './sandbox/whatsgate-sandbox-driver.js';
