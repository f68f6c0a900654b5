import { mkdtempSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem, type Problem } from '../../../src/records/checks/problems.ts';
import { readTranslations } from '../../../geo/pipeline/read-translations.ts';
import type { ClaimRecord, EventRecord, SourceRecord } from '../../../src/records/schema.ts';
import { attributionWords, eventWords, oblastName, sourceWords } from '../../../src/i18n/our-words.ts';

const ROOT = new URL('../../../', import.meta.url).pathname;
const read = <T>(path: string): T => JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as T;
const records = {
  events: read<EventRecord[]>('geo/events.json'),
  sources: read<SourceRecord[]>('geo/sources/sources.json'),
  claims: read<ClaimRecord[]>('geo/claims.json'),
};

function translationsIn(mutate: (t: Record<string, any>) => void): string {
  const root = mkdtempSync(join(tmpdir(), 'translations-'));
  mkdirSync(join(root, 'geo/basemap'), { recursive: true });
  writeFileSync(
    join(root, 'geo/basemap/oblasts.geojson'),
    readFileSync(join(ROOT, 'geo/basemap/oblasts.geojson')),
  );
  const translations = read<Record<string, any>>('geo/translations.json');
  mutate(translations);
  writeFileSync(join(root, 'geo/translations.json'), JSON.stringify(translations));
  return root;
}

describe('our words in Russian and Kazakh', () => {
  it('cover every event, source, attribution and oblast of the data, each date note too', () => {
    const problems: Problem[] = [];
    const translations = readTranslations(ROOT, records, problems);
    expect(problems.map(formatProblem)).toEqual([]);
    const attack = records.events.find((e) => e.id === 'nalchik-2005-attack')!;
    const ru = eventWords(translations, 'ru', { ...attack, dateNote: attack.dateNote ?? null });
    expect(ru.summary).toEqual({ text: expect.stringMatching(/^Нападение в Нальчике/), lang: 'ru' });
    // The source's own words inside our note stay as published.
    expect(ru.dateNote!.text).toContain('"in 2005"');
    const iwpr = records.sources.find((s) => s.id === 'iwpr-2011-11-28')!;
    expect(sourceWords(translations, 'kk', iwpr).speaker.lang).toBe('kk');
    expect(sourceWords(translations, 'en', iwpr).speaker).toEqual({ text: iwpr.speaker, lang: 'en' });
    expect(attributionWords(translations, 'ru', 'officials')).toEqual({
      text: 'официальные лица',
      lang: 'ru',
    });
    expect(attributionWords(translations, 'kk', 'someone new')).toEqual({ text: 'someone new', lang: 'en' });
    expect(oblastName(translations, 'kk', 'Aqtöbe')).toBe('Ақтөбе облысы');
    expect(oblastName(translations, 'en', 'Aqtöbe')).toBe('Aqtöbe');
  });

  it('stop the build when a record is left untranslated, a note is missing, or a translation names no record', () => {
    const root = translationsIn((t) => {
      delete t.events['taraz-2011-11-12-attack'];
      delete t.events['nalchik-2005-attack'].kk.dateNote;
      t.sources['no-such-source'] = t.sources['iwpr-2011-11-28'];
      delete t.attributions.officials;
      t.attributions['nobody at all'] = { ru: 'никто', kk: 'ешкім' };
      delete t.oblasts['Aqtöbe'];
      t.oblasts['Atlantis'] = { ru: 'Атлантида', kk: 'Атлантида' };
    });
    const problems: Problem[] = [];
    readTranslations(root, records, problems);
    expect(problems.map(formatProblem).sort()).toEqual(
      [
        'geo/translations.json › events.nalchik-2005-attack › kk.dateNote: is missing: the English has a date note',
        'geo/translations.json › events.taraz-2011-11-12-attack › (record): is not translated into Russian and Kazakh',
        'geo/translations.json › sources.no-such-source › (record): translates no record',
        'geo/translations.json › attributions."officials" › (record): is not translated into Russian and Kazakh',
        'geo/translations.json › attributions."nobody at all" › (record): is the attribution of no claim',
        'geo/translations.json › oblasts."Aqtöbe" › (record): is not named in Russian and Kazakh',
        'geo/translations.json › oblasts."Atlantis" › (record): is no oblast of geo/basemap/oblasts.geojson',
      ].sort(),
    );
  });
});
