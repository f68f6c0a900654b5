/**
 * One export file from the reader's selection: the data as GeoJSON or CSV, the cited sources as BibTeX, RIS or
 * CSL-JSON, or the map as a PNG figure. Everything is written here, in the page, with no network.
 */
import type { Indexes } from '../corpus/indexes.ts';
import { EVENT_KINDS } from '../records/schema.ts';
import type { Selection } from '../corpus/selection.ts';
import { KIND_KEY } from '../i18n/vocabulary-keys.ts';
import type { Translator } from '../i18n/translator.ts';
import { rangeWords } from '../i18n/range-words.ts';
import { MessageError, say } from '../i18n/message.ts';
import { shownMap } from '../map/map-handle.ts';
import { exportFileName } from './export-file-name.ts';
import type { EventFeatures, ExportSelection } from './export-selection.ts';

export const EXPORT_KINDS = [
  'geojson',
  'events-csv',
  'claims-csv',
  'bibtex',
  'ris',
  'csl-json',
  'png',
] as const;
export type ExportKind = (typeof EXPORT_KINDS)[number];

export interface ExportContext {
  featureSets: readonly EventFeatures[];
  indexes: Indexes;
  selection: Selection;
  made: Date;
  /** The figure speaks the reader's language; the data files keep English column and field names. */
  translator: Translator;
}

export interface ExportFile {
  fileName: string;
  blob: Blob;
}

const FILE: Record<ExportKind, { part?: string; extension: string; type: string }> = {
  geojson: { extension: 'geojson', type: 'application/geo+json' },
  'events-csv': { extension: 'csv', type: 'text/csv;charset=utf-8' },
  'claims-csv': { part: 'claims', extension: 'csv', type: 'text/csv;charset=utf-8' },
  bibtex: { part: 'sources', extension: 'bib', type: 'application/x-bibtex;charset=utf-8' },
  ris: { part: 'sources', extension: 'ris', type: 'application/x-research-info-systems;charset=utf-8' },
  'csl-json': { part: 'sources', extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
  png: { part: 'map', extension: 'png', type: 'image/png' },
};

/** The selection in words, for the figure: the range, and the layers when not all are on. */
export function selectionWords(selection: Selection, tr: Pick<Translator, 't' | 'date'>): string {
  const { t } = tr;
  const year = rangeWords(selection.range, tr);
  const kinds = EVENT_KINDS.filter((k) => selection.kinds.has(k));
  const layers =
    kinds.length === EVENT_KINDS.length
      ? t('figure.allLayers')
      : kinds.length === 0
        ? t('figure.noLayers')
        : kinds.map((k) => t(KIND_KEY[k])).join(', ');
  const comparisons = selection.comparisons ? '' : ` · ${t('figure.comparisonsHidden')}`;
  return `${year} · ${layers}${comparisons}`;
}

function figureCredits(exported: ExportSelection, made: Date, { t }: Pick<Translator, 't'>): string {
  const cited = [...exported.sources.map((s) => s.publisher), ...exported.datasets.map((d) => d.name)];
  const events = cited.length > 0 ? `${t('figure.events', { cited: cited.join('; ') })} ` : '';
  return `${events}${t('figure.basemap', { credits: t('map.credits'), day: made.toISOString().slice(0, 10) })}`;
}

async function contents(
  kind: ExportKind,
  exported: ExportSelection,
  context: ExportContext,
): Promise<BlobPart> {
  const { made } = context;
  switch (kind) {
    case 'geojson':
      return (await import('./events-geojson.ts')).eventsGeoJson(exported, made);
    case 'events-csv':
      return (await import('./events-csv.ts')).eventsCsv(exported);
    case 'claims-csv':
      return (await import('./events-csv.ts')).claimsCsv(exported);
    case 'png': {
      const map = shownMap();
      if (!map) throw new MessageError(say('export.mapViewFirst'));
      const { mapFigure } = await import('./map-figure.ts');
      return mapFigure(map, {
        title: context.translator.t('figure.title'),
        subtitle: selectionWords(exported.selection, context.translator),
        kinds: EVENT_KINDS.filter((k) => exported.selection.kinds.has(k)),
        credits: figureCredits(exported, made, context.translator),
        kindLabel: (kind) => context.translator.t(KIND_KEY[kind]),
        scaleLabel: (km) => context.translator.t('figure.scale', { km }),
      });
    }
    default: {
      // Loaded only now: the citation library is larger than the rest of the export together.
      const { citationFiles, cslItems } = await import('./source-citations.ts');
      const files = await citationFiles(await cslItems(exported.sources, exported.datasets));
      return kind === 'bibtex' ? files.bibtex : kind === 'ris' ? files.ris : files.cslJson;
    }
  }
}

/** The writers load when first asked for: none of them is needed to read the map. */
export async function makeExport(kind: ExportKind, context: ExportContext): Promise<ExportFile> {
  const { exportSelection } = await import('./export-selection.ts');
  const exported = exportSelection(context.featureSets, context.indexes, context.selection);
  const body = await contents(kind, exported, context);
  const { type, ...name } = FILE[kind];
  return {
    fileName: exportFileName(context.selection, context.made, name),
    blob: body instanceof Blob ? body : new Blob([body], { type }),
  };
}
