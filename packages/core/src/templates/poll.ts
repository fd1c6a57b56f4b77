import * as v from 'valibot';
import { parseTemplate } from './parse-template.js';

/**
 * A poll to send: a question and 2–12 unique options (WhatsApp's limits, the strictest of the
 * providers). Received polls and vote updates are in the `poll` message content.
 */
export const pollSchema = buildPollSchema();

// @__NO_SIDE_EFFECTS__
function buildPollSchema() {
  return v.strictObject({
    /** The question, 1–255 characters. */
    question: v.pipe(v.string(), v.nonEmpty('question must not be empty'), v.maxLength(255)),
    /** The answers to choose from: 2–12, unique, each 1–100 characters. */
    options: v.pipe(
      v.array(v.pipe(v.string(), v.nonEmpty(), v.maxLength(100))),
      v.minLength(2, 'a poll needs at least 2 options'),
      v.maxLength(12, 'a poll has at most 12 options'),
      v.check((options) => new Set(options).size === options.length, 'options must be unique'),
    ),
    /** Whether a voter may choose more than one answer; default `false`. */
    multipleAnswers: v.optional(v.boolean(), false),
  });
}

/** A validated poll, see {@link pollSchema}. */
export type Poll = v.InferOutput<typeof pollSchema>;
/** What {@link createPoll} accepts. */
export type PollInput = v.InferInput<typeof pollSchema>;

/**
 * Builds a complete {@link Poll} or throws an `invalid-request` error naming the bad field.
 *
 * @example
 * ```ts
 * createPoll({ question: 'Meet on?', options: ['Mon', 'Tue', 'Wed'], multipleAnswers: true });
 * ```
 */
export function createPoll(input: PollInput): Poll {
  return parseTemplate(pollSchema, input, 'poll');
}
