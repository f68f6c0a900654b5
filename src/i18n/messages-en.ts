/** The interface's words in English: the catalogue every other language must match key for key. */
export const en = {
  'date.undated': 'undated',
  'date.week': 'the week around {day}',
  'status.shownAllYears': '{count, plural, one {# event} other {# events}} shown, all years.',
  'status.shownInYear': '{count, plural, one {# event} other {# events}} shown, in {year}.',
  'timeline.play': 'Play',
  'timeline.pause': 'Pause',
  'timeline.year': 'Year',
  'timeline.allYears': 'All years',
  'timeline.all': 'All',
  'timeline.yearCount': '{year}: {count, plural, one {# event} other {# events}}',
} as const;
