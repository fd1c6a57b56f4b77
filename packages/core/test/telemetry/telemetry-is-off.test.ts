import { createNoopMeter, metrics, type Tracer, trace } from '@opentelemetry/api';
import { afterEach, describe, expect, it } from 'vitest';
import { telemetryIsOff } from '../../src/telemetry/core-instruments.js';

afterEach(() => {
  trace.disable();
  metrics.disable();
});

describe('telemetryIsOff', () => {
  it('is true with no provider, and false from the moment a tracer or meter provider is registered', () => {
    expect(telemetryIsOff()).toBe(true);
    trace.setGlobalTracerProvider({ getTracer: () => ({}) as Tracer });
    expect(telemetryIsOff()).toBe(false);
    trace.disable();
    expect(telemetryIsOff()).toBe(true);
    metrics.setGlobalMeterProvider({ getMeter: () => createNoopMeter() });
    expect(telemetryIsOff()).toBe(true);
    metrics.disable();
    metrics.setGlobalMeterProvider({ getMeter: () => Object.create(createNoopMeter()) });
    expect(telemetryIsOff()).toBe(false);
  });
});
