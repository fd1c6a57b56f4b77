import { authorizeStep } from './authorize-step.js';
import type { DemoContext, DemoStepOutcome } from './demo-context.js';
import type { DemoStepName } from './demo-report.js';
import { downloadMediaStep, markReadStep, receivePollingStep, receiveWebhookStep } from './receive-steps.js';
import {
  createGroupStep,
  postToGroupStep,
  sendContactStep,
  sendFileStep,
  sendLocationStep,
  sendTextStep,
} from './send-steps.js';

/**
 * Every demo step by name, in the order of `demoStepNames`.
 *
 * @example
 * ```ts
 * const outcome = await demoSteps['send-text'](context);
 * ```
 */
export const demoSteps: Readonly<Record<DemoStepName, (context: DemoContext) => Promise<DemoStepOutcome>>> = {
  authorize: authorizeStep,
  'send-text': sendTextStep,
  'send-file': sendFileStep,
  'send-location': sendLocationStep,
  'send-contact': sendContactStep,
  'create-group': createGroupStep,
  'post-to-group': postToGroupStep,
  'receive-polling': receivePollingStep,
  'download-media': downloadMediaStep,
  'mark-read': markReadStep,
  'receive-webhook': receiveWebhookStep,
};
