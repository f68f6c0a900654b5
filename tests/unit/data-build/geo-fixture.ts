/** Loads the real geo/ data as raw JSON so each test can break one thing in a copy of it. */
import { readGeo } from '../../../geo/pipeline/read-geo.ts';
import type { RawGeo } from '../../../geo/pipeline/geo-files.ts';

export const ROOT = new URL('../../../', import.meta.url).pathname;

export function realGeo(): RawGeo {
  return readGeo(ROOT).raw;
}

/** A deep copy of the real data with `mutate` applied to it. */
export function brokenGeo(mutate: (raw: Record<string, any>) => void): RawGeo {
  const raw = realGeo();
  const copy = {
    ...structuredClone({ ...raw, texts: undefined, countries: undefined }),
    texts: raw.texts,
    countries: raw.countries,
  } as RawGeo;
  mutate(copy as Record<string, any>);
  return copy;
}
