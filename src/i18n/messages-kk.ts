/** The interface's words in Kazakh (Cyrillic). A Kazakh noun after a numeral does not change: 1 оқиға, 5 оқиға. */
import type { Messages } from './translator.ts';

export const kk: Messages = {
  'date.undated': 'күні жоқ',
  'date.week': '{day} маңындағы апта',
  'status.shownAllYears': '{count, plural, other {# оқиға}} көрсетілген, барлық жылдар.',
  'status.shownInYear': '{year} ж.: {count, plural, other {# оқиға}} көрсетілген.',
  'timeline.play': 'Ойнату',
  'timeline.pause': 'Кідірту',
  'timeline.year': 'Жыл',
  'timeline.allYears': 'Барлық жылдар',
  'timeline.all': 'Барлығы',
  'timeline.yearCount': '{year}: {count, plural, other {# оқиға}}',
};
