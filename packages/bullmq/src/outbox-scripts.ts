import type { Redis } from 'ioredis';

/**
 * Reserves a chat sequence number for a message, once per idempotency key.
 * KEYS: chat hash, message hash. ARGV: job id, now, time to live (ms).
 * Returns { sequence, created (1|0), state, next }.
 */
const reserve = `
local sequence = redis.call('HGET', KEYS[2], 'sequence')
if sequence then
  return {tonumber(sequence), 0, redis.call('HGET', KEYS[2], 'state') or 'queued', tonumber(redis.call('HGET', KEYS[1], 'next') or '1')}
end
sequence = redis.call('HINCRBY', KEYS[1], 'last', 1)
if not redis.call('HGET', KEYS[1], 'next') then redis.call('HSET', KEYS[1], 'next', 1) end
redis.call('HSET', KEYS[1], 'job:' .. sequence, ARGV[1], 'reserved:' .. sequence, ARGV[2])
redis.call('PERSIST', KEYS[1])
redis.call('HSET', KEYS[2], 'sequence', sequence, 'state', 'queued', 'attempts', 0)
redis.call('PEXPIRE', KEYS[2], ARGV[3])
return {sequence, 1, 'queued', tonumber(redis.call('HGET', KEYS[1], 'next'))}
`;

/**
 * Moves a chat's turn past \`from\` (only while the turn is still \`from\`), remembers the provider's id of the
 * message just sent (the last 20, so a journal check never mistakes them for a lost attempt), forgets the
 * reservation and lets the idle chat expire. KEYS: chat hash. ARGV: from, time to live (ms), message id or ''.
 * Returns the job id of the new turn, or false.
 */
const advance = `
local next = tonumber(redis.call('HGET', KEYS[1], 'next') or '1')
local from = tonumber(ARGV[1])
if next ~= from then return false end
redis.call('HSET', KEYS[1], 'next', from + 1)
if ARGV[3] ~= '' then
  local recent = redis.call('HGET', KEYS[1], 'recent')
  local ids = {ARGV[3]}
  if recent then
    for id in string.gmatch(recent, '%S+') do
      if #ids < 20 then table.insert(ids, id) end
    end
  end
  redis.call('HSET', KEYS[1], 'recent', table.concat(ids, ' '))
end
redis.call('HDEL', KEYS[1], 'job:' .. from, 'reserved:' .. from)
if from + 1 > tonumber(redis.call('HGET', KEYS[1], 'last') or '0') then
  redis.call('PEXPIRE', KEYS[1], ARGV[2])
end
return redis.call('HGET', KEYS[1], 'job:' .. (from + 1))
`;

/**
 * Starts a send attempt: counts it and returns what the previous attempt left (the start of the earliest
 * attempt whose outcome is still unconfirmed, or '').
 * KEYS: message hash. ARGV: now, time to live (ms).
 * Returns { previous state, attempts including this one, previous attempt's start, stored result }.
 */
const beginAttempt = `
local state = redis.call('HGET', KEYS[1], 'state') or 'queued'
local startedAt = redis.call('HGET', KEYS[1], 'attemptStartedAt') or ''
if state == 'sent' or state == 'dead-lettered' then
  return {state, tonumber(redis.call('HGET', KEYS[1], 'attempts') or '0'), startedAt, redis.call('HGET', KEYS[1], 'result') or ''}
end
local attempts = redis.call('HINCRBY', KEYS[1], 'attempts', 1)
if state == 'attempting' and startedAt ~= '' then
  -- keep the start of the earliest unconfirmed attempt: the journal is searched from there
  redis.call('HSET', KEYS[1], 'state', 'attempting')
else
  startedAt = ''
  redis.call('HSET', KEYS[1], 'state', 'attempting', 'attemptStartedAt', ARGV[1])
end
redis.call('PEXPIRE', KEYS[1], ARGV[2])
return {state, attempts, startedAt, ''}
`;

/**
 * Records the outcome of a message (\`sent\`, \`dead-lettered\`, or \`queued\` for an attempt that provably sent
 * nothing). KEYS: message hash. ARGV: state, result JSON, time to live (ms).
 */
const settle = `
redis.call('HSET', KEYS[1], 'state', ARGV[1], 'result', ARGV[2])
redis.call('PEXPIRE', KEYS[1], ARGV[3])
return 1
`;

/**
 * Paces an instance: grants a send when the previous one was at least \`spacing\` ago (Redis server time), else
 * returns how long to wait. A generic cell rate algorithm without burst: at most one grant per spacing, so at
 * most N grants in any window of N × spacing. A spacing of 0 only honours a hold-back. A grant's time is
 * appended to the grant log when \`keep\` > 0 (the latest \`keep\` are kept). KEYS: pace key, grant log.
 * ARGV: spacing (ms), keep, grant log time to live (ms). Returns 0 or the wait (ms).
 */
const pace = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local spacing = tonumber(ARGV[1])
local allowedAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if now < allowedAt then return allowedAt - now end
if spacing > 0 then redis.call('SET', KEYS[1], now + spacing, 'PX', spacing + 60000) end
local keep = tonumber(ARGV[2])
if keep > 0 then
  redis.call('RPUSH', KEYS[2], now)
  redis.call('LTRIM', KEYS[2], -keep, -1)
  redis.call('PEXPIRE', KEYS[2], ARGV[3])
end
return 0
`;

/**
 * Holds an instance back (after a 429): no grant before now + wait. KEYS: pace key. ARGV: wait (ms).
 */
const holdBack = `
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local until_ = now + tonumber(ARGV[1])
local allowedAt = tonumber(redis.call('GET', KEYS[1]) or '0')
if until_ > allowedAt then redis.call('SET', KEYS[1], until_, 'PX', tonumber(ARGV[1]) + 60000) end
return 1
`;

/** The outbox's Redis commands, as ioredis custom commands. */
export interface OutboxCommands {
  outboxReserve(
    chatKey: string,
    messageKey: string,
    jobId: string,
    now: number,
    ttlMilliseconds: number,
  ): Promise<[number, number, string, number]>;
  outboxAdvance(
    chatKey: string,
    from: number,
    ttlMilliseconds: number,
    messageId: string,
  ): Promise<string | null>;
  outboxBeginAttempt(
    messageKey: string,
    now: number,
    ttlMilliseconds: number,
  ): Promise<[string, number, string, string]>;
  outboxSettle(messageKey: string, state: string, result: string, ttlMilliseconds: number): Promise<number>;
  outboxPace(
    paceKey: string,
    grantLogKey: string,
    spacingMilliseconds: number,
    keep: number,
    ttlMilliseconds: number,
  ): Promise<number>;
  outboxHoldBack(paceKey: string, waitMilliseconds: number): Promise<number>;
}

/**
 * Adds the outbox's Lua scripts to an ioredis client (idempotent) and returns it typed with them.
 *
 * @example
 * const commands = defineOutboxCommands(redis);
 * await commands.outboxPace('switchboard:outbox:{1101}:pace', 'switchboard:outbox:{1101}:grants', 250, 0, 0);
 */
export function defineOutboxCommands(client: Redis): Redis & OutboxCommands {
  const scripts = { reserve, advance, beginAttempt, settle, pace, holdBack };
  const keys = { reserve: 2, advance: 1, beginAttempt: 1, settle: 1, pace: 2, holdBack: 1 };
  for (const [name, lua] of Object.entries(scripts)) {
    const command = `outbox${name[0]?.toUpperCase()}${name.slice(1)}`;
    if (command in client) continue;
    client.defineCommand(command, { numberOfKeys: keys[name as keyof typeof keys], lua });
  }
  return client as Redis & OutboxCommands;
}
