import { describe, expect, it } from 'vitest';
import { placeWithLinkedCamera } from '../../../src/map/camera/linked-camera.ts';

describe('a link that sets both a place and a camera', () => {
  it('names its place, so the shared camera is kept for it', () => {
    expect(placeWithLinkedCamera({ search: '?place=Taraz', hash: '#6/52/72' })).toBe('taraz');
    expect(placeWithLinkedCamera({ search: '?year=2011&place=taraz', hash: '#6.2/52.1/72.5/10/30' })).toBe(
      'taraz',
    );
  });
  it('names none without a place or without a camera MapLibre would accept', () => {
    expect(placeWithLinkedCamera({ search: '?year=2011', hash: '#6/52/72' })).toBeNull();
    expect(placeWithLinkedCamera({ search: '?place=taraz', hash: '' })).toBeNull();
    expect(placeWithLinkedCamera({ search: '?place=taraz', hash: '#3/NaN/Infinity' })).toBeNull();
    expect(placeWithLinkedCamera({ search: '?place=taraz', hash: '#99/999/999' })).toBeNull();
    expect(placeWithLinkedCamera({ search: '?place=taraz', hash: '#6/52' })).toBeNull();
    expect(placeWithLinkedCamera({ search: '?place=taraz', hash: '#6//72' })).toBeNull();
  });
});
