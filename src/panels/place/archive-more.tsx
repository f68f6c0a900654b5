import type { ArchivePlaceEvents } from './use-archive-place-events.ts';
import { useT } from '../../i18n/i18n-context.tsx';

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
  const { t, tell } = useT();
  if (archive.failure)
    return (
      <p className="notice archive-more" role="alert">
        {t('archive.failed', { reason: tell(archive.failure) })}{' '}
        <button type="button" onClick={archive.readMore}>
          {t('notice.tryAgain')}
        </button>
      </p>
    );
  if (archive.reading)
    return (
      <p className="archive-more" role="status">
        {t('archive.reading')}
      </p>
    );
  return (
    <>
      {archive.leftOut > 0 && (
        <p className="archive-more">{t('archive.leftOut', { count: archive.leftOut })}</p>
      )}
      {allShown && archive.pagesLeft > 0 && (
        <p className="show-more archive-more">
          <button type="button" onClick={onReadMore}>
            {t('archive.readMore', { count: archive.eventsLeft })}
          </button>
        </p>
      )}
    </>
  );
}
