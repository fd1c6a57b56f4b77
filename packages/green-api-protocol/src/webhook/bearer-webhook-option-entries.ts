import * as v from 'valibot';

/** The strict schema entries of a messenger's webhook options: the bearer token, the opt-out and the body limits. */
export const bearerWebhookOptionEntries = buildBearerWebhookOptionEntries();

// @__NO_SIDE_EFFECTS__
function buildBearerWebhookOptionEntries() {
  return {
    webhookUrlToken: v.optional(v.string('webhookUrlToken must be a string')),
    allowUnauthenticatedWebhooks: v.optional(v.boolean('allowUnauthenticatedWebhooks must be a boolean')),
    maximumBodyBytes: v.optional(positiveInteger('maximumBodyBytes')),
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
