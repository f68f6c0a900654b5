/** The interface's words in Russian. Russian nouns after a numeral take one of three forms (1, 2–4, 5 and on). */
import type { Messages } from './translator.ts';

export const ru: Messages = {
  'date.undated': 'без даты',
  'date.week': 'неделя около {day}',
  'status.shownAllYears':
    'Показано {count, plural, one {# событие} few {# события} many {# событий} other {# события}}, все годы.',
  'status.shownInYear':
    'Показано {count, plural, one {# событие} few {# события} many {# событий} other {# события}} за {year} г.',
  'timeline.play': 'Воспроизвести',
  'timeline.pause': 'Пауза',
  'timeline.year': 'Год',
  'timeline.allYears': 'Все годы',
  'timeline.all': 'Все',
  'timeline.yearCount':
    '{year}: {count, plural, one {# событие} few {# события} many {# событий} other {# события}}',
};
