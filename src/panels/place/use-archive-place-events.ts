/**
 * A place's events in the selection, on a site published as an archive: the place's pages that can hold the
 * chosen year are read one at a time, the first at once and each next one when the reader asks for more.
 */
import { messageOf, type Message } from '../../i18n/message.ts';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { archivePage, pagesFor } from '../../corpus/archive-pages.ts';
import type { ArchiveManifest } from '../../corpus/event-archive.ts';
import type { EventProperties } from '../../records/schema.ts';
import { matchesSelection, type Selection } from '../../corpus/selection.ts';

export interface ArchivePlaceEvents {
  /** The events read so far that the selection shows. */
  events: EventProperties[];
  /** Pages of this place (for this year) not read yet, and the events they hold. */
  pagesLeft: number;
  eventsLeft: number;
  reading: boolean;
  failure: Message | null;
  leftOut: number;
  readMore: () => void;
}

interface Read {
  key: string;
  pages: EventProperties[][];
  leftOut: number;
  /** Pages asked for: the first at once, one more at each "read more". */
  asked: number;
  failure: Message | null;
}

const fresh = (key: string): Read => ({ key, pages: [], leftOut: 0, asked: 1, failure: null });

export function useArchivePlaceEvents(
  archive: ArchiveManifest | null,
  placeId: string,
  selection: Selection,
): ArchivePlaceEvents | null {
  const { range } = selection;
  const key = `${placeId}|${range?.from}|${range?.to}`;
  const wanted = useMemo(() => (archive ? pagesFor(archive, placeId, range) : []), [archive, placeId, range]);
  const [read, setRead] = useState<Read>(() => fresh(key));
  const current = read.key === key ? read : fresh(key);

  const fetchPage = useCallback(
    (index: number) => {
      const page = wanted[index];
      if (page === undefined) return;
      archivePage(placeId, page).then(
        (loaded) =>
          setRead((r) => {
            const now = r.key === key ? r : fresh(key);
            if (now.pages.length !== index) return now;
            return { ...now, pages: [...now.pages, loaded.events], leftOut: now.leftOut + loaded.leftOut };
          }),
        (error: unknown) =>
          setRead((r) => ({ ...(r.key === key ? r : fresh(key)), failure: messageOf(error) })),
      );
    },
    [wanted, placeId, key],
  );

  // The first page of each place and range is read as soon as they are chosen.
  useEffect(() => {
    if (archive) fetchPage(0);
  }, [archive, fetchPage]);

  const events = useMemo(
    () => current.pages.flat().filter((e) => matchesSelection(e, selection)),
    [current.pages, selection],
  );
  if (!archive) return null;
  const all = archive.places[placeId]?.pages ?? [];
  const left = wanted.slice(current.pages.length);
  return {
    events,
    pagesLeft: left.length,
    eventsLeft: left.reduce((n, page) => n + (all[page]?.n ?? 0), 0),
    reading: current.failure === null && current.pages.length < Math.min(current.asked, wanted.length),
    failure: current.failure,
    leftOut: current.leftOut,
    readMore: () => {
      const next = current.pages.length;
      setRead({ ...current, asked: next + 1, failure: null });
      fetchPage(next);
    },
  };
}
