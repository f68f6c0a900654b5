/**
 * The oblast a place lies in, in the reader's language; for a site at sea, that it lies in none and which
 * coasts are near (the nearest alone would settle a near tie: Kashagan is 80 km from Mangghystau and 82 km
 * from Atyrau).
 */
import type { PlaceProperties } from '../records/schema.ts';
import type { Translator } from './translator.ts';

/** `name`: an oblast's name in the reader's language, from its English one (our-words.ts oblastName). */
export function describeOblast(
  place: Pick<PlaceProperties, 'oblast' | 'oblastMethod' | 'oblastsNearby'>,
  { t }: Pick<Translator, 't'>,
  name: (english: string) => string = (english) => english,
): string | null {
  if (place.oblastMethod !== 'nearest') return place.oblast && name(place.oblast);
  const coasts = (place.oblastsNearby ?? []).map((n) =>
    t('place.coastKm', { oblast: name(n.oblast), km: n.km }),
  );
  return coasts.length > 0
    ? t('place.offshore', { coasts: coasts.join(', ') })
    : t('place.offshoreNearest', { oblast: place.oblast ? name(place.oblast) : '' });
}
