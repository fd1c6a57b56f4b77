import * as v from 'valibot';

/** The strict schema entries of a messenger's webhook options: the bearer token, the opt-out and the body limits. */
export const bearerWebhookOptionEntries = buildBearerWebhookOptionEntries();

// @__NO_SIDE_EFFECTS__
function buildBearerWebhookOptionEntries() {
  return {
    /** The token the provider sends as `Authorization: Bearer …` with every push. */
    webhookUrlToken: v.optional(v.string('webhookUrlToken must be a string')),
    /** `true` accepts pushes without a token (only behind your own authentication). */
    allowUnauthenticatedWebhooks: v.optional(v.boolean('allowUnauthenticatedWebhooks must be a boolean')),
    /** The largest webhook body read, in bytes; a larger one is refused while streaming. */
    maximumBodyBytes: v.optional(positiveInteger('maximumBodyBytes')),
    /** The most notifications one webhook request may carry. */
    maximumEvents: v.optional(positiveInteger('maximumEvents')),
  };
}

// @__NO_SIDE_EFFECTS__
function positiveInteger(name: string) {
  return v.pipe(
    v.number(`${name} must be a number`),
    v.integer(`${name} must be an integer`),
    v.minValue(1, `${name} must be positive`),
  );
}
