import { describe, expect, it } from 'vitest';
import {
  archiveFailure,
  basemapFailure,
  startFailure,
  type MapErrorLike,
} from '../../../src/map/map-errors.ts';
import { inEnglish } from '../../fixtures/in-english.ts';

const FILES = { lakes: 'data/basemap/lakes.geojson' };

const failure = (event: MapErrorLike) => {
  const failed = basemapFailure(event, FILES);
  return failed && { file: failed.file, message: inEnglish(failed.message) };
};

describe('a map error before the map has loaded', () => {
  it('that names no source means the map will not start, and gives the reason without its full stop', () => {
    const workerLost = { error: { message: 'Worker failed to load. Check that the worker URL is correct.' } };
    expect(inEnglish(startFailure(workerLost, false))).toBe(
      'Worker failed to load. Check that the worker URL is correct',
    );
    expect(inEnglish(startFailure({ error: null }, false))).toBe('it reported an error before it could draw');
  });

  it('that names a source leaves the map starting without it', () => {
    expect(startFailure({ error: { message: 'Not Found' }, sourceId: 'lakes' }, false)).toBeNull();
  });
});

describe('a map error after the map has loaded', () => {
  it('never takes the map away', () => {
    expect(startFailure({ error: { message: 'anything' } }, true)).toBeNull();
  });
});

describe('a basemap file that fails', () => {
  it('is named as the data files are, with the HTTP status when there is one', () => {
    expect(failure({ error: { message: 'Not Found', status: 404 }, sourceId: 'lakes' })).toEqual({
      file: 'data/basemap/lakes.geojson',
      message: 'could not be loaded (HTTP 404); the map is drawn without it',
    });
    expect(failure({ error: { message: 'Unexpected end of JSON' }, sourceId: 'lakes' })).toEqual({
      file: 'data/basemap/lakes.geojson',
      message: 'could not be read (the file may be cut short or corrupt); the map is drawn without it',
    });
  });

  it('is only one of the basemap sources: errors of other sources are not listed as files', () => {
    expect(basemapFailure({ error: { message: 'x' }, sourceId: 'events' }, FILES)).toBeNull();
    expect(basemapFailure({ error: { message: 'x' } }, FILES)).toBeNull();
  });
});

describe('a tile archive that cannot be read', () => {
  const ARCHIVES = {
    'basemap-detail': { file: 'data/basemap/detail.pmtiles', part: 'map.partDetail' as const },
  };
  const said = (message: string, status?: number) =>
    inEnglish(archiveFailure({ error: { message, status }, sourceId: 'basemap-detail' }, ARCHIVES)!.message);

  it('says which part of the map it holds and what to do, by what the reader of the archive met', () => {
    const noRanges =
      'Server returned no content-length header or content-length exceeding request. Check that your storage backend supports HTTP Byte Serving.';
    expect(said(noRanges)).toBe(
      'holds the zoomed-in basemap (lakes, rivers and towns) and cannot be read here: the server sends the whole file where the map asks for a part of it (a byte range). Whoever hosts the map must turn byte ranges on (docs/deploy.md); the rest of the map works without it',
    );
    expect(said('Bad response code: 404')).toMatch(
      /^holds the zoomed-in basemap .* is not on the server \(HTTP 404\)/,
    );
    expect(said('Failed to fetch')).toMatch(/could not be reached: the connection or the server is down/);
    expect(said('Wrong magic number for PMTiles archive')).toMatch(/is not a readable tile archive/);
  });

  it('is named by its file, and other sources and called-off requests are not', () => {
    expect(archiveFailure({ error: { message: 'x' }, sourceId: 'basemap-detail' }, ARCHIVES)?.file).toBe(
      'data/basemap/detail.pmtiles',
    );
    expect(archiveFailure({ error: { message: 'x' }, sourceId: 'lakes' }, ARCHIVES)).toBeNull();
    const aborted = { error: { message: 'aborted', name: 'AbortError' }, sourceId: 'basemap-detail' };
    expect(archiveFailure(aborted as MapErrorLike, ARCHIVES)).toBeNull();
  });
});
