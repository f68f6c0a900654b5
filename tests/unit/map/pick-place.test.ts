import { describe, expect, it } from 'vitest';
import { nearestPlaceId, type Hit } from '../../../src/map/events/pick-place.ts';

// A flat projection: longitude and latitude are pixels.
const project = ([x, y]: [number, number]) => ({ x, y });

const balkhashLabel: Hit = { layerId: 'place-labels', properties: { id: 'balkhash' }, lngLat: [100, 60] };
const almatyDot: Hit = { layerId: 'place-dots', properties: { id: 'almaty' }, lngLat: [102, 98] };
const almatyRally2016: Hit = {
  layerId: 'events-2016',
  properties: { id: 'almaty-2016-dispersed-rally', placeId: 'almaty', year: 2016 },
  lngLat: [102, 98],
};

describe('the place a click means', () => {
  it('is the nearest of the places under the pointer, whatever layer is drawn on top', () => {
    expect(nearestPlaceId([balkhashLabel, almatyDot], { x: 101, y: 95 }, project, null)).toBe('almaty');
    expect(nearestPlaceId([balkhashLabel, almatyDot], { x: 100, y: 62 }, project, null)).toBe('balkhash');
  });

  it("is an event's place when the pointer is on the event's symbol", () => {
    expect(nearestPlaceId([balkhashLabel, almatyRally2016], { x: 102, y: 96 }, project, 2016)).toBe('almaty');
  });

  it('skips events of years not shown, which are drawn transparent', () => {
    expect(nearestPlaceId([balkhashLabel, almatyRally2016], { x: 102, y: 96 }, project, 2011)).toBe(
      'balkhash',
    );
    expect(nearestPlaceId([almatyRally2016], { x: 102, y: 96 }, project, 2011)).toBeUndefined();
  });
});
