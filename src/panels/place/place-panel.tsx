import { Fragment, useEffect, useMemo, useRef } from 'react';
import type { Indexes } from '../../corpus/indexes.ts';
import {
  fromShownSources,
  groupedBySource,
  matchesSelection,
  placeExcerptIds,
  type Selection,
} from '../../corpus/selection.ts';
import { sourceName } from '../../corpus/indexes.ts';
import { ExcerptCard } from './excerpt-card.tsx';
import { PlaceEvent } from './place-event.tsx';
import { describeOblast } from '../../i18n/describe-oblast.ts';
import { oblastName } from '../../i18n/our-words.ts';
import { otherNames, placeName } from '../../i18n/place-names.ts';
import { PLACE_PRECISION_KEY } from '../../i18n/vocabulary-keys.ts';
import type { MessageKey } from '../../i18n/translator.ts';
import type { Language } from '../../i18n/languages.ts';

const LANGUAGE_KEY: Record<Language, MessageKey> = {
  en: 'language.en',
  ru: 'language.ru',
  kk: 'language.kk',
};
import { ShowMore } from '../show-more.tsx';
import { ArchiveMore } from './archive-more.tsx';
import { useArchivePlaceEvents } from './use-archive-place-events.ts';
import { usePaged } from '../use-paged.ts';
import { useT } from '../../i18n/i18n-context.tsx';
import { rangeWords } from '../../i18n/range-words.ts';

/** Events listed at once; a city in a large dataset can have thousands. */
const EVENT_PAGE = 50;

interface PlacePanelProps {
  placeId: string;
  indexes: Indexes;
  selection: Selection;
  onClose: () => void;
  onRead: (excerptId: string) => void;
  /** Opens another place a passage speaks of. */
  onSelectPlace: (placeId: string) => void;
  /** Drops the year, for the passages it leaves out. */
  onShowAllYears: () => void;
}

/** What each source says about one place, in the current selection: events, figures, passages. */
export function PlacePanel({
  placeId,
  indexes,
  selection,
  onClose,
  onRead,
  onSelectPlace,
  onShowAllYears,
}: PlacePanelProps) {
  const translator = useT();
  const { t, number, lang } = translator;
  const place = indexes.placeById.get(placeId);
  const indexed = useMemo(
    () => (indexes.eventsByPlace.get(placeId) ?? []).filter((e) => matchesSelection(e, selection)),
    [indexes, placeId, selection],
  );
  // A site published as an archive lists a place's events as its pages are read, not from the indexes.
  const fromArchive = useArchivePlaceEvents(indexes.archive, placeId, selection);
  const events = fromArchive ? fromArchive.events : indexed;
  const paged = usePaged(events, EVENT_PAGE, placeId);
  // A reader who opened the place from the list, search or a link goes on reading in the panel, and comes
  // back to where they were when it closes; one who clicked the map keeps the keyboard on the map, so its
  // arrow keys still pan.
  const heading = useRef<HTMLHeadingElement>(null);
  // "Show all years" goes away once pressed: the keyboard waits at the passages it brought in.
  const passagesHeading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (opener?.classList.contains('maplibregl-canvas')) return;
    heading.current?.focus({ preventScroll: true });
    return () => {
      // The panel is gone by now: focus that was in it has fallen back to the page's body.
      const lost = document.activeElement === null || document.activeElement === document.body;
      if (lost && opener && opener !== document.body && opener.isConnected) {
        opener.focus({ preventScroll: true });
      }
    };
  }, []);
  if (!place) return null;
  const { inYear, otherYears } = placeExcerptIds(place.index, selection.range);
  const shown = (ids: string[]) =>
    fromShownSources(
      ids.map((id) => indexes.excerptById.get(id)).filter((x) => x !== undefined),
      selection.hiddenSources,
    );
  const passages = groupedBySource(shown(inYear), [...indexes.sourceById.keys()]);
  const leftOut = shown(otherYears).length;
  const precisionKey = PLACE_PRECISION_KEY[place.precision];
  const name = placeName(place, lang);

  return (
    <section className="panel place-panel" aria-labelledby="place-title" data-place={place.id}>
      <header className="panel-header">
        <h2 id="place-title" tabIndex={-1} ref={heading}>
          {name}
        </h2>
        <button type="button" className="close" onClick={onClose} aria-label={t('place.close', { name })}>
          ×
        </button>
      </header>
      <dl className="place-facts">
        {place.dataset ? (
          <>
            <dt>{t('place.namedAsIn')}</dt>
            <dd>{t('place.namedAsInDataset', { dataset: sourceName(indexes, place.dataset.id) })}</dd>
            {(place.dataset.admin1 || place.dataset.country) && (
              <>
                <dt>{t('place.datasetRegion')}</dt>
                <dd>{[place.dataset.admin1, place.dataset.country].filter(Boolean).join(', ')}</dd>
              </>
            )}
          </>
        ) : (
          <>
            {otherNames(place, lang).map((other) => (
              <Fragment key={other.lang}>
                <dt>{t(LANGUAGE_KEY[other.lang])}</dt>
                <dd lang={other.lang}>{other.name}</dd>
              </Fragment>
            ))}
          </>
        )}
        {place.variants.length > 0 && (
          <>
            <dt>{t('place.alsoWritten')}</dt>
            <dd>{place.variants.join(', ')}</dd>
          </>
        )}
        {place.oblast && (
          <>
            <dt>{t('place.oblast')}</dt>
            <dd>{describeOblast(place, { t }, (o) => oblastName(indexes.translations, lang, o))}</dd>
          </>
        )}
        {place.borderDistanceKm !== null && (
          <>
            <dt>{t('place.border')}</dt>
            <dd>{t('place.aboutKm', { km: place.borderDistanceKm })}</dd>
          </>
        )}
        {precisionKey && (
          <>
            <dt>{t('place.location')}</dt>
            <dd>{t(precisionKey)}</dd>
          </>
        )}
      </dl>

      <h3>
        {selection.range === null
          ? t('place.eventsAllYears')
          : t('place.eventsInYear', { year: rangeWords(selection.range, translator) })}
        {!fromArchive && events.length > EVENT_PAGE && `: ${number(events.length)}`}
      </h3>
      {fromArchive && (
        <p className="archive-note">
          {t('place.archiveNote', { count: indexes.archive?.places[placeId]?.count ?? 0 })}
        </p>
      )}
      {events.length === 0 && fromArchive?.reading ? null : events.length === 0 ? (
        <p className="empty">{t('place.noEvents')}</p>
      ) : (
        <ol className="place-events">
          {paged.shown.map((e) => (
            <PlaceEvent
              key={e.id}
              event={e}
              indexes={indexes}
              hiddenSources={selection.hiddenSources}
              onRead={onRead}
            />
          ))}
        </ol>
      )}
      <ShowMore paged={paged} />
      {fromArchive && (
        <ArchiveMore
          archive={fromArchive}
          allShown={paged.hidden === 0}
          // The next page's first events show as soon as it is read.
          onReadMore={() => {
            fromArchive.readMore();
            paged.showMore();
          }}
        />
      )}

      <h3 tabIndex={-1} ref={passagesHeading}>
        {t('place.whatSourcesSay')}
      </h3>
      {passages.length === 0 ? (
        <p className="empty">{t('place.noPassages')}</p>
      ) : (
        passages.map(({ sourceId, excerpts }) => {
          const source = indexes.sourceById.get(sourceId);
          return (
            <section key={sourceId} className="source-passages" data-passages-of={sourceId}>
              <h4>
                {source?.publisher ?? sourceId}{' '}
                <span className="passage-count">· {t('place.passageCount', { count: excerpts.length })}</span>
              </h4>
              {excerpts.map((x) => (
                <ExcerptCard
                  key={x.id}
                  excerpt={x}
                  source={source}
                  alsoAbout={x.placeIds.flatMap((id) => {
                    const other = id === placeId ? undefined : indexes.placeById.get(id);
                    return other ? [other] : [];
                  })}
                  onRead={() => onRead(x.id)}
                  onSelectPlace={onSelectPlace}
                />
              ))}
            </section>
          );
        })
      )}
      {leftOut > 0 && (
        <p className="left-out">
          {t('place.passagesLeftOut', { count: leftOut, name })}{' '}
          <button
            type="button"
            className="link-button"
            onClick={() => {
              passagesHeading.current?.focus();
              onShowAllYears();
            }}
          >
            {t('place.showAllYears')}
          </button>
        </p>
      )}
    </section>
  );
}
