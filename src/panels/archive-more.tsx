import type { ArchivePlaceEvents } from '../state/use-archive-place-events.ts';

/**
 * Under a place's events on a site published as an archive: the next page of the place's events is read only
 * when the reader asks, once every event read so far is shown.
 */
export function ArchiveMore({
  archive,
  allShown,
  onReadMore,
}: {
  archive: ArchivePlaceEvents;
  allShown: boolean;
  onReadMore: () => void;
}) {
  if (archive.failure)
    return (
      <p className="notice archive-more" role="alert">
        The next events could not be read: {archive.failure}.{' '}
        <button type="button" onClick={archive.readMore}>
          Try again
        </button>
      </p>
    );
  if (archive.reading)
    return (
      <p className="archive-more" role="status">
        Reading events from the site’s archive…
      </p>
    );
  return (
    <>
      {archive.leftOut > 0 && (
        <p className="archive-more">
          {archive.leftOut} record{archive.leftOut === 1 ? '' : 's'} of the archive break the data contract
          and are left out.
        </p>
      )}
      {allShown && archive.pagesLeft > 0 && (
        <p className="show-more archive-more">
          <button type="button" onClick={onReadMore}>
            Read the next events ({archive.eventsLeft.toLocaleString('en')} more at this place in the archive)
          </button>
        </p>
      )}
    </>
  );
}
