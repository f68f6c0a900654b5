import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
// Only the scripts the map and the sources need: Latin, and Cyrillic with the Kazakh letters (cyrillic-ext).
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/cyrillic-400.css';
import '@fontsource/noto-sans/cyrillic-ext-400.css';
import '@fontsource/noto-sans/latin-600.css';
import '@fontsource/noto-sans/cyrillic-600.css';
import '@fontsource/noto-sans/cyrillic-ext-600.css';
// In this order: each later sheet may override an earlier one, and the phone layout overrides them all.
import './styles/base.css';
import './styles/top-bar.css';
import './styles/controls.css';
import './styles/place-panel.css';
import './styles/sources-view.css';
import './styles/reader.css';
import './styles/event-list.css';
import './styles/notices.css';
import './styles/map-controls.css';
import './styles/import.css';
import './styles/export.css';
import './styles/authoring.css';
import './styles/embed.css';
import './styles/phone.css';
import './styles/print.css';
import { App } from './app/app.tsx';
import { loadData } from './corpus/data-store.ts';
import { loadMapFonts } from './map/basemap/map-fonts.ts';
import { whenFirstDrawn } from './map/bench-hooks.ts';
import { ErrorBoundary } from './panels/error-boundary.tsx';
import { AppFault } from './panels/notices.tsx';
import { registerOfflineApp } from './offline/register-offline.ts';
import { firstLanguage } from './app/use-reader-language.ts';
import { loadCatalogue } from './i18n/translator.ts';

void loadData();
// Data, fonts and the reader's language load side by side; the page renders once the fonts and words are in
// (words that cannot be fetched leave the page in English).
await Promise.all([loadMapFonts(), loadCatalogue(firstLanguage()).catch(() => undefined)]);
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ErrorBoundary fallback={(error) => <AppFault error={error} />}>
      <App />
    </ErrorBoundary>
  </StrictMode>,
);
// Kept for offline use once the first view is drawn (or 15 s on, where no map draws).
registerOfflineApp(whenFirstDrawn(15_000));
