import {
  type GreenApiEmulator,
  type RunningRedisServer,
  shouldSkipRedisTests,
  startRedisServer,
} from '@switchboard/testing';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { greenApiInstanceOptions } from './support/connect-green-api-instance.js';
import { SecretScanner } from './support/secret-scanner.js';
import { soakText } from './support/soak-markers.js';
import { type PollingWorker, spawnPollingWorker, type WorkerRecord } from './support/spawn-polling-worker.js';
import { startPollingGreenApiEmulator } from './support/start-authorized-green-api-emulator.js';
import { waitUntil } from './support/wait-until.js';

const messagesPerInstance = 300;
const keyPrefix = 'failover:';
const concurrency = 2;
const workerScript = new URL('./fixtures/polling-worker.mjs', import.meta.url);

describe.skipIf(shouldSkipRedisTests())('two worker processes sharing Redis', () => {
  let redisServer: RunningRedisServer;
  let redis: Redis;
  let emulator: GreenApiEmulator;
  const workers: PollingWorker[] = [];

  beforeAll(async () => {
    redisServer = await startRedisServer();
    redis = new Redis(redisServer.url);
    emulator = await startPollingGreenApiEmulator(3);
  });

  afterAll(async () => {
    await Promise.all(workers.map((worker) => worker.kill('SIGKILL')));
    redis?.disconnect();
    await emulator?.close();
    await redisServer?.stop();
  });

  /** Which worker holds each instance's polling lease right now. */
  async function leaseOwners(): Promise<Map<string, string | null>> {
    const owners = new Map<string, string | null>();
    for (const instance of emulator.instances) {
      const name = `${keyPrefix}lease:poll:green-api:${instance.idInstance}`;
      owners.set(String(instance.idInstance), await redis.get(name));
    }
    return owners;
  }

  it('keeps every message when the worker holding the leases is killed: the other takes its instances over', async () => {
    const expected: string[] = [];
    for (const [index, instance] of emulator.instances.entries()) {
      for (let number = 0; number < messagesPerInstance; number += 1) {
        const marker = `failover-${index}-${number}`;
        expected.push(marker);
        emulator.control.injectIncomingMessage(instance.idInstance, { kind: 'text', text: soakText(marker) });
      }
    }
    const scanner = new SecretScanner(emulator.instances.map((instance) => instance.apiTokenInstance));
    const records: WorkerRecord[] = [];
    const handled = () => records.filter((record) => record.type === 'handled');
    const config = {
      redisUrl: redisServer.url,
      keyPrefix,
      concurrency,
      // Longer than any stall of a process on a loaded machine: a live worker never loses a lease or a claim, so
      // only the kill hands instances over (a lapse would show as two pollers of one instance before the kill).
      leaseTtlMilliseconds: 5_000,
      processingLeaseMilliseconds: 15_000,
      handlerDelayMilliseconds: 5,
      instances: emulator.instances.map(greenApiInstanceOptions),
    };
    for (const owner of ['worker-a', 'worker-b']) {
      workers.push(
        spawnPollingWorker(workerScript, { ...config, owner }, (record) => {
          records.push(record);
          scanner.recordValue(`${owner} stdout`, record);
        }),
      );
    }

    // Mid-run: a quarter handled. The victim is the worker holding the most leases.
    await waitUntil(() => handled().length >= expected.length / 4, {
      timeoutMilliseconds: 300_000,
      progressEveryMilliseconds: 15_000,
      describe: () =>
        `${handled().length} handled; stderr ${workers.map((worker) => worker.stderr).join('\n')}`,
    });
    const ownersAtKill = await leaseOwners();
    const holdings = (owner: string) => [...ownersAtKill].filter(([, holder]) => holder === owner).length;
    const [victim, survivor] =
      holdings('worker-a') >= holdings('worker-b') ? workers : [...workers].reverse();
    await victim!.kill('SIGKILL');
    const killedAt = records.length;
    const victimInstances = [...ownersAtKill]
      .filter(([, holder]) => holder === victim!.owner)
      .map(([id]) => id);

    // Messages the victim handled but had not yet recorded as done may run again: the at-least-once window.
    const victimHandled = handled().filter((record) => record.owner === victim!.owner);
    const unrecorded = new Set<string>();
    for (const record of victimHandled) {
      if ((await redis.get(`${keyPrefix}${record.key}`)) !== 'done') unrecorded.add(record.marker!);
    }

    await waitUntil(
      () =>
        new Set(handled().map((record) => record.marker)).size >= expected.length &&
        emulator.instances.every(
          (instance) => emulator.control.queuedNotifications(instance.idInstance).length === 0,
        ),
      {
        timeoutMilliseconds: 300_000,
        progressEveryMilliseconds: 15_000,
        describe: () =>
          `${new Set(handled().map((record) => record.marker)).size}/${expected.length} handled`,
      },
    );
    const ownersAtEnd = await leaseOwners();
    await survivor!.kill('SIGTERM');

    const counts = new Map<string, number>();
    for (const record of handled()) counts.set(record.marker!, (counts.get(record.marker!) ?? 0) + 1);
    expect(expected.filter((marker) => !counts.has(marker))).toEqual([]);
    const twice = [...counts].filter(([, count]) => count > 1).map(([marker]) => marker);
    // Only a message in flight in the killed worker (handled, not yet recorded) may be handled again.
    expect(twice.filter((marker) => !unrecorded.has(marker))).toEqual([]);
    expect(unrecorded.size).toBeLessThanOrEqual(concurrency * victimInstances.length);

    // Before the kill, each instance was polled by one worker only (the lease holder).
    for (const instance of emulator.instances) {
      const pollers = new Set(
        records
          .slice(0, killedAt)
          .filter((record) => record.type === 'handled' && record.instanceId === String(instance.idInstance))
          .map((record) => record.owner),
      );
      expect(pollers.size).toBeLessThanOrEqual(1);
    }
    // The survivor took over every instance the victim held and handled its messages after the kill.
    expect(victimInstances.length).toBeGreaterThan(0);
    for (const instanceId of victimInstances) {
      expect(ownersAtEnd.get(instanceId)).toBe(survivor!.owner);
      expect(
        records
          .slice(killedAt)
          .some(
            (record) =>
              record.type === 'handled' &&
              record.owner === survivor!.owner &&
              record.instanceId === instanceId,
          ),
      ).toBe(true);
    }
    expect(records.filter((record) => record.type === 'dead-letter')).toEqual([]);
    expect(records.some((record) => record.owner === survivor!.owner && record.type === 'stopped')).toBe(
      true,
    );
    expect(survivor!.stderr).not.toMatch(/Error|Unhandled/);
    expect(scanner.leaks).toEqual([]);
  }, 720_000);
});
