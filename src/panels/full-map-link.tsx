import type { SyntheticEvent } from 'react';
import { viewUrl } from '../export/embed-code.ts';
import { useT } from '../i18n/i18n-context.tsx';

/**
 * In the embed, over the map: opens the full map, in a new tab, at the same view. The address is taken as the
 * link is used, so it holds the camera as the reader left it.
 */
export function FullMapLink() {
  const { t } = useT();
  const freshen = (e: SyntheticEvent<HTMLAnchorElement>) => {
    e.currentTarget.href = viewUrl(window.location.href, false);
  };
  return (
    <a
      className="full-map-link"
      href={viewUrl(window.location.href, false)}
      target="_blank"
      rel="noopener"
      onPointerDown={freshen}
      onFocus={freshen}
      onClick={freshen}
    >
      {t('embed.openFull')}
    </a>
  );
}
