import type { PlaceProperties } from '../records/schema.ts';
import type { ExportKind } from '../export/make-export.ts';
import { ExportMenu } from './export-menu.tsx';
import { LanguageSwitch } from './language-switch.tsx';
import type { Language } from '../i18n/languages.ts';
import { AddDataButton } from './import/import-panel.tsx';
import { SearchBox } from './search-box.tsx';
import { useT } from '../i18n/i18n-context.tsx';

export type View = 'map' | 'list';

/** The page's header: the title, place search, and the Map, List, Sources, Add data and Export buttons. */
export function TopBar({
  places,
  view,
  mapAvailable,
  sourcesShown,
  onChoosePlace,
  onView,
  onOpenSources,
  onAddData,
  shownCount,
  archived,
  onExport,
  lang,
  onChooseLanguage,
}: {
  places: readonly PlaceProperties[];
  view: View;
  /** False without WebGL: the list is then the only view and the Map button is not offered. */
  mapAvailable: boolean;
  sourcesShown: boolean;
  onChoosePlace: (placeId: string) => void;
  onView: (view: View) => void;
  onOpenSources: () => void;
  onAddData: (file: File) => void;
  /** Events in the current selection: what an export holds. */
  shownCount: number;
  archived: boolean;
  onExport: (kind: ExportKind) => Promise<void>;
  lang: Language;
  onChooseLanguage: (lang: Language) => void;
}) {
  const { t } = useT();
  return (
    <header className="top-bar">
      <h1>
        Steppe Sources <span className="tagline">{t('top.tagline')}</span>
      </h1>
      <SearchBox places={places} onChoose={onChoosePlace} />
      <nav className="views" aria-label={t('top.views')}>
        {mapAvailable && (
          <button type="button" aria-pressed={view === 'map'} onClick={() => onView('map')}>
            {t('top.map')}
          </button>
        )}
        <button type="button" aria-pressed={view === 'list' || !mapAvailable} onClick={() => onView('list')}>
          {t('top.list')}
        </button>
        <button type="button" aria-pressed={sourcesShown} onClick={onOpenSources}>
          {t('top.sources')}
        </button>
        <AddDataButton onFile={onAddData} />
        <ExportMenu
          eventCount={shownCount}
          mapShown={mapAvailable && view === 'map'}
          archived={archived}
          onExport={onExport}
        />
      </nav>
      <LanguageSwitch lang={lang} onChoose={onChooseLanguage} />
    </header>
  );
}
