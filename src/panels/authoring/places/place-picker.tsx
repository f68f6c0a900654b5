/**
 * Linking a passage to a place: the map's places and the gazetteer's, found by any spelling as the reader
 * types, the gazetteer's ranked by nearness to the map's centre. A gazetteer place the map has already is the
 * map's; one it has not becomes a place of the reader's own. So does a point clicked on the map, named by the
 * reader, at the precision they state.
 */
import { useMemo, useState } from 'react';
import { searchPlaces } from '../../../corpus/search-places.ts';
import { searchGazetteer } from '../../../packs/gazetteer.ts';
import { shownMap } from '../../../map/map-handle.ts';
import type { PlaceProperties, PlaceRecord } from '../../../records/schema.ts';
import { placeName } from '../../../i18n/place-names.ts';
import { useT } from '../../../i18n/i18n-context.tsx';
import { useGazetteer } from './use-gazetteer.ts';
import { mapPlaceOf, placeFromGazetteer } from './gazetteer-place.ts';
import { PointPlaceForm } from './point-place-form.tsx';

/** Where ranking starts when no map is shown (the list view): Kazakhstan's middle. */
const KAZAKHSTAN = { lon: 67, lat: 48 };

export function PlacePicker({
  places,
  takenIds,
  onPick,
  onPickPoint,
}: {
  places: readonly PlaceProperties[];
  takenIds: ReadonlySet<string>;
  onPick: (placeId: string, newPlace?: PlaceRecord) => void;
  /** Lets the reader click a point on the map; null when they cancel or no map is shown. */
  onPickPoint: () => Promise<{ lon: number; lat: number } | null>;
}) {
  const { t, lang } = useT();
  const [query, setQuery] = useState('');
  const [point, setPoint] = useState<{ lon: number; lat: number } | null>(null);
  const { gazetteer, failed } = useGazetteer();
  const centre = useMemo(() => {
    const c = shownMap()?.getCenter();
    return c ? { lon: c.lng, lat: c.lat } : KAZAKHSTAN;
  }, []);
  const onMap = useMemo(() => searchPlaces(places, query, 5).map((m) => m.place), [places, query]);
  const fromGazetteer = useMemo(
    () =>
      gazetteer
        ? searchGazetteer(gazetteer, query, centre, 8).filter((g) => !onMap.some((p) => mapPlaceOf(g, [p])))
        : [],
    [gazetteer, query, centre, onMap],
  );
  return (
    <div className="place-picker">
      <label>
        {t('author.findPlace')}{' '}
        <input type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      </label>
      {failed && <p className="notice">{t('author.gazetteerFailed', { reason: failed })}</p>}
      <ul className="picker-results" aria-label={t('author.placesFound')}>
        {onMap.map((p) => (
          <li key={p.id}>
            <button type="button" onClick={() => onPick(p.id)}>
              {placeName(p, lang)} <span className="hint">{t('author.onTheMap')}</span>
            </button>
          </li>
        ))}
        {fromGazetteer.map((g) => {
          const same = mapPlaceOf(g, places);
          return (
            <li key={g.geonameId}>
              <button
                type="button"
                data-geonames={g.geonameId}
                onClick={() => (same ? onPick(same.id) : pickNew(g))}
              >
                {lang === 'en' ? g.name : lang === 'ru' ? g.ru : g.kk}{' '}
                <span className="hint">
                  {g.country} · {t('author.gazetteerEntry', { population: g.population })}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      <button type="button" onClick={() => void onPickPoint().then(setPoint)}>
        {t('author.pickPoint')}
      </button>
      {point && (
        <PointPlaceForm point={point} takenIds={takenIds} onSave={(place) => onPick(place.id, place)} />
      )}
    </div>
  );

  function pickNew(g: Parameters<typeof placeFromGazetteer>[0]) {
    const place = placeFromGazetteer(g, (id) => takenIds.has(id));
    onPick(place.id, place);
  }
}
