import { describe, expect, it } from 'vitest';
import type { EventProperties } from '../../../src/records/schema.ts';
import { datasetPart, partWritten } from '../../../src/map/events/map-events.ts';
import { mapEventAt } from '../../fixtures/map-events.ts';

const events = [mapEventAt('data-x-row-2', 57.2, 50.3)].map((f) => ({
  ...f,
  properties: { ...f.properties, date: '2016-06-05', sourceIds: ['data-x'] } as unknown as EventProperties,
}));

describe('a dataset’s part of the map’s GeoJSON', () => {
  it('is left out while its worker is still writing it, and drawn once it has come', async () => {
    let written!: (blob: Blob) => void;
    const mapPart = new Promise<Blob>((resolve) => (written = resolve));
    const dataset = { events, mapPart };
    expect(datasetPart(dataset, new Map())).toBeNull();
    const arrived = partWritten(mapPart, events);
    const blob = new Blob(['{"type":"Feature"}']);
    written(blob);
    expect(await arrived).toBe(blob);
    expect(datasetPart(dataset, new Map([[mapPart, blob]]))).toBe(blob);
  });

  it('is written on the page when its writer is lost, so the events are never missing for good', async () => {
    const mapPart = Promise.reject(new Error('the import ended'));
    const part = await partWritten(mapPart, events);
    expect(await part.text()).toContain('"id":"data-x-row-2"');
  });

  it('is the one the worker wrote, or written once here, for a dataset that came whole', () => {
    const stored = new Blob(['x']);
    expect(datasetPart({ events, mapPart: stored }, new Map())).toBe(stored);
    const dataset = { events };
    expect(datasetPart(dataset, new Map())).toBe(datasetPart(dataset, new Map()));
  });
});
