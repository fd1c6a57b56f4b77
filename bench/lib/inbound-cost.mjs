import { describeError, formatNumber, formatRatio, printTable } from './format.mjs';
import { importOptional } from './load-optional.mjs';
import { measureInterleaved } from './measure.mjs';

/** A webhook body is an object with `typeWebhook` (GREEN-API, SDKWA) or `event_action` (Whatsgate). */
function isWebhookBody(value) {
  return typeof value === 'object' && value !== null && ('typeWebhook' in value || 'event_action' in value);
}

/**
 * Every webhook body among a provider's fixtures (a `receiveNotification` envelope gives its `body`).
 *
 * @example
 * webhookBodies(greenApiFixtures).length; // 30 or so
 */
export function webhookBodies(fixtures) {
  return Object.values(fixtures)
    .map((value) => (isWebhookBody(value?.body) ? value.body : value))
    .filter(isWebhookBody);
}

const providersOf = ({ greenApiFixtures, sdkwaFixtures, whatsgateFixtures }) => [
  {
    name: 'GREEN-API',
    module: '@switchboard/green-api/webhook',
    parser: 'parseGreenApiWebhook',
    fixtures: greenApiFixtures,
    text: greenApiFixtures.incomingTextMessage,
  },
  {
    name: 'SDKWA',
    module: '@switchboard/sdkwa/webhook',
    parser: 'parseSdkwaWebhook',
    fixtures: sdkwaFixtures,
    text: sdkwaFixtures.incomingTextNotification?.body,
  },
  {
    name: 'Whatsgate',
    module: '@switchboard/whatsgate/webhook',
    parser: 'parseWhatsgateWebhook',
    fixtures: whatsgateFixtures,
    text: whatsgateFixtures.incomingTextWebhook,
  },
];

function countEvents(result) {
  const events = Array.isArray(result) ? result : result?.events;
  if (!Array.isArray(events) || events.length === 0) throw new Error('the parser returned no events');
  return events.length;
}

/** A batch task over JSON texts: sync when the parser is sync, so no await is measured needlessly. */
function batchOf(parse, texts, asynchronous) {
  if (!asynchronous) {
    return () => {
      for (const text of texts) countEvents(parse(text));
    };
  }
  return async () => {
    for (const text of texts) countEvents(await parse(text));
  };
}

/** Repeats the texts so that one iteration handles at least this many bodies (amortises timer overhead). */
const batchSize = 256;

function repeatToBatch(texts) {
  const copies = Math.ceil(batchSize / texts.length);
  return Array.from({ length: copies }, () => texts).flat();
}

async function tasksFor(provider, parse, texts, label) {
  const tasks = {
    [`${provider.name} ${label}: JSON.parse only`]: () => {
      let parsed = 0;
      for (const text of texts) if (JSON.parse(text) !== null) parsed += 1;
      if (parsed !== texts.length) throw new Error('JSON.parse returned null');
    },
  };
  if (parse === undefined) return { tasks, missing: `${provider.name} ${label}: ${provider.parser}` };
  const probe = parse(texts[0]);
  const asynchronous = typeof probe?.then === 'function';
  countEvents(await probe);
  tasks[`${provider.name} ${label}: ${provider.parser}`] = batchOf(parse, texts, asynchronous);
  return { tasks };
}

/**
 * The inbound-cost scenario: webhook bodies parsed + validated + normalised per second on one core,
 * for each provider's text message and for all of its fixtures, beside bare `JSON.parse` of the
 * same texts.
 *
 * @example
 * await runInboundCost();
 */
export async function runInboundCost() {
  const testing = await importOptional('@switchboard/testing');
  if (testing?.greenApiFixtures === undefined) {
    printTable(
      'Inbound cost',
      ['parser', 'bodies/s'],
      [['fixtures from @switchboard/testing', 'not built yet']],
    );
    return;
  }
  const providers = providersOf(testing);
  const tasks = {};
  const counts = {};
  const rows = [];
  for (const provider of providers) {
    const module = await importOptional(provider.module);
    const parser = module?.[provider.parser];
    const parse = parser === undefined ? undefined : (text) => parser(text);
    const groups = [
      ['text message', provider.text === undefined ? [] : [JSON.stringify(provider.text)]],
      ['all fixtures', webhookBodies(provider.fixtures).map((body) => JSON.stringify(body))],
    ];
    for (const [label, texts] of groups) {
      if (texts.length === 0) continue;
      try {
        const group = await tasksFor(provider, parse, repeatToBatch(texts), label);
        for (const name of Object.keys(group.tasks)) counts[name] = repeatToBatch(texts).length;
        Object.assign(tasks, group.tasks);
        if (group.missing !== undefined) rows.push([group.missing, 'not built yet', '', '']);
      } catch (error) {
        rows.push([
          `${provider.name} ${label}: ${provider.parser}`,
          `failed: ${describeError(error)}`,
          '',
          '',
        ]);
      }
    }
  }
  const results = await measureInterleaved(tasks);
  for (const [name, result] of results) {
    if (result.error !== undefined) {
      rows.push([name, `failed: ${describeError(result.error)}`, '', '']);
      continue;
    }
    const perSecond = (counts[name] * 1000) / result.milliseconds;
    const bare = results.get(name.replace(/: [^:]+$/, ': JSON.parse only'));
    const ratio =
      name.endsWith('JSON.parse only') || bare?.milliseconds === undefined
        ? ''
        : formatRatio(result.milliseconds / bare.milliseconds);
    rows.push([name, formatNumber(perSecond), ratio, String(counts[name])]);
  }
  rows.sort((left, right) => left[0].localeCompare(right[0]));
  printTable(
    'Inbound cost: webhook bodies per second on one core (higher is better)',
    ['parser', 'bodies/s', 'time vs JSON.parse', 'bodies/iteration'],
    rows,
    [
      'each body is a JSON text; the parser gets the text (parse + validate + normalise), JSON.parse only parses it',
      `one iteration handles the group's bodies repeated to at least ${batchSize}`,
    ],
  );
}
