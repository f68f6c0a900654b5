import { describe, expect, it } from 'vitest';
import { EVENT_KINDS } from '../../src/records/schema.ts';
import { DEFAULT_SELECTION } from '../../src/corpus/selection.ts';
import { DEFAULT_YEARS, timelineYears } from '../../src/records/years.ts';
import { parseSelection, serialiseSelection } from '../../src/app/url-state.ts';
import { yearsSpan } from '../../src/corpus/time/time-bins.ts';
import { dayOf } from '../../src/records/day-span.ts';

const known = {
  placeIds: new Set(['aktobe', 'semey', 'taraz']),
  sourceIds: ['armedpolitics-2016', 'al-jazeera-2016-06-09', 'hizb-ut-tahrir-2016'],
  excerptById: new Map([['ap-aktobe-figures', { sourceId: 'armedpolitics-2016' }]]),
  years: DEFAULT_YEARS,
};

describe('the selection in the URL', () => {
  it('reads year, layers, place and sources', () => {
    const s = parseSelection(
      '?year=2016&layers=attack,protest&place=aktobe&sources=armedpolitics-2016,al-jazeera-2016-06-09',
      known,
    );
    expect(s.range).toEqual(yearsSpan(2016, 2016));
    expect([...s.kinds].sort()).toEqual(['attack', 'protest']);
    expect(s.comparisons).toBe(false);
    expect(s.placeId).toBe('aktobe');
    expect([...s.hiddenSources]).toEqual(['hizb-ut-tahrir-2016']);
  });

  it('falls back to defaults for nonsense instead of failing', () => {
    const s = parseSelection(
      '?year=abc&layers=<script>&place=nowhere&sources=%%%&passage=<img>&article=nowhere',
      known,
    );
    expect(s).toEqual({ ...DEFAULT_SELECTION, hiddenSources: new Set() });
    expect(parseSelection('?year=1999', known).range).toBeNull();
    // ...unless the loaded events reach that year: the timeline then holds it.
    expect(parseSelection('?year=1999', { ...known, years: timelineYears([1999]) }).range).toEqual(
      yearsSpan(1999, 1999),
    );
    expect(parseSelection('?year=2016.5', known).range).toBeNull();
    expect(parseSelection('?year=all', known).range).toBeNull();
    for (const bad of [
      '?from=2022-02-30',
      '?from=2022-13',
      '?to=22-01-04',
      '?from=2022-01-04T00:00',
      '?from=<b>',
    ]) {
      expect(parseSelection(bad, known).range).toBeNull();
    }
  });

  it('reads a range of years, months or days from `from` and `to`, and writes it back as it was written', () => {
    const days = parseSelection('?from=2022-01-04&to=2022-01-06', known);
    expect(days.range).toEqual({ from: dayOf(2022, 1, 4), to: dayOf(2022, 1, 6) });
    expect(serialiseSelection(days, known)).toBe('?from=2022-01-04&to=2022-01-06');
    const months = parseSelection('?from=2021-12&to=2022-01', known);
    expect(months.range).toEqual({ from: dayOf(2021, 12, 1), to: dayOf(2022, 1, 31) });
    expect(serialiseSelection(months, known)).toBe('?from=2021-12&to=2022-01');
    const years = parseSelection('?from=2011&to=2016&wholly=1', known);
    expect(years.range).toEqual(yearsSpan(2011, 2016));
    expect(years.wholly).toBe(true);
    expect(serialiseSelection(years, known)).toBe('?from=2011&to=2016&wholly=1');
    // `year=` as older links wrote it, and a range written backwards.
    expect(serialiseSelection(parseSelection('?year=2016', known), known)).toBe('?from=2016&to=2016');
    expect(parseSelection('?from=2016-06-09&to=2016-06-05', known).range).toEqual({
      from: dayOf(2016, 6, 5),
      to: dayOf(2016, 6, 9),
    });
    // One end alone reaches the timeline's other end.
    expect(parseSelection('?from=2016-06', known).range).toEqual({
      from: dayOf(2016, 6, 1),
      to: dayOf(2017, 12, 31),
    });
  });

  it('reads ids typed by hand in any case', () => {
    const s = parseSelection('?layers=Attack,%20PROTEST&place=Aktobe&sources=ArmedPolitics-2016', known);
    expect([...s.kinds].sort()).toEqual(['attack', 'protest']);
    expect(s.placeId).toBe('aktobe');
    expect([...s.hiddenSources].sort()).toEqual(['al-jazeera-2016-06-09', 'hizb-ut-tahrir-2016']);
  });

  it('opens the article at a passage, or from the top, and a passage names its own article', () => {
    expect(parseSelection('?passage=AP-Aktobe-Figures', known).reading).toEqual({
      sourceId: 'armedpolitics-2016',
      excerptId: 'ap-aktobe-figures',
    });
    expect(parseSelection('?article=hizb-ut-tahrir-2016', known).reading).toEqual({
      sourceId: 'hizb-ut-tahrir-2016',
      excerptId: null,
    });
    // The passage says more than the article, so it wins; an unknown passage leaves the article.
    expect(parseSelection('?passage=ap-aktobe-figures&article=hizb-ut-tahrir-2016', known).reading).toEqual({
      sourceId: 'armedpolitics-2016',
      excerptId: 'ap-aktobe-figures',
    });
    expect(parseSelection('?passage=nowhere&article=hizb-ut-tahrir-2016', known).reading?.sourceId).toBe(
      'hizb-ut-tahrir-2016',
    );
    expect(
      serialiseSelection(
        { ...DEFAULT_SELECTION, reading: { sourceId: 'armedpolitics-2016', excerptId: null } },
        known,
      ),
    ).toBe('?article=armedpolitics-2016');
  });

  it('lets a reader switch every layer off on purpose', () => {
    const s = parseSelection('?layers=', known);
    expect(s.kinds.size).toBe(0);
    expect(s.comparisons).toBe(false);
  });

  it('round-trips: what it writes it reads back the same', () => {
    const s = parseSelection(
      '?year=2011&layers=attack,explosion,comparisons&place=taraz&sources=al-jazeera-2016-06-09&passage=ap-aktobe-figures',
      known,
    );
    const again = parseSelection(serialiseSelection(s, known), known);
    expect(again).toEqual(s);
  });

  it('writes nothing for the default view', () => {
    expect(serialiseSelection({ ...DEFAULT_SELECTION, kinds: new Set(EVENT_KINDS) }, known)).toBe('');
  });
});
