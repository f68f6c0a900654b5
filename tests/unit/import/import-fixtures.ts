/** Small files the import tests write: CSV text with the quirks real exports have, as bytes. */
export const ACLED_HEADER = [
  'event_id_cnty', 'event_date', 'year', 'time_precision', 'disorder_type', 'event_type', 'sub_event_type',
  'actor1', 'assoc_actor_1', 'inter1', 'actor2', 'assoc_actor_2', 'inter2', 'interaction',
  'civilian_targeting', 'iso', 'region', 'country', 'admin1', 'admin2', 'admin3', 'location', 'latitude',
  'longitude', 'geo_precision', 'source', 'source_scale', 'notes', 'fatalities', 'tags', 'timestamp',
]; // prettier-ignore

/** One ACLED row from named values; unnamed columns stay blank. */
export function acledRow(values: Record<string, string>): string[] {
  return ACLED_HEADER.map((c) => values[c] ?? '');
}

export const GTD_HEADER = [
  'eventid', 'iyear', 'imonth', 'iday', 'approxdate', 'extended', 'resolution', 'country', 'country_txt',
  'region', 'region_txt', 'provstate', 'city', 'latitude', 'longitude', 'specificity', 'vicinity',
  'location', 'summary', 'crit1', 'crit2', 'crit3', 'doubtterr', 'alternative', 'alternative_txt',
  'multiple', 'success', 'suicide', 'attacktype1', 'attacktype1_txt', 'nkill', 'nkillus', 'nkillter',
  'nwound', 'nwoundus', 'nwoundte', 'scite1', 'scite2', 'scite3', 'dbsource',
]; // prettier-ignore

export function gtdRow(values: Record<string, string>): string[] {
  return GTD_HEADER.map((c) => values[c] ?? '');
}

/** A CSV cell quoted as spreadsheets quote it: only when it must be. */
function cell(value: string, separator: string): string {
  return /["\r\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function csv(
  header: readonly string[],
  rows: ReadonlyArray<readonly string[]>,
  { separator = ',', lineEnd = '\r\n', bom = false } = {},
): string {
  const lines = [header, ...rows].map((r) => r.map((c) => cell(c, separator)).join(separator));
  return (bom ? '\ufeff' : '') + lines.join(lineEnd) + lineEnd;
}

export const utf8 = (text: string) => new TextEncoder().encode(text);

/** Windows-1251 bytes for text of ASCII and Russian/Kazakh-in-Russian letters (А–я, Ё, ё). */
export function cp1251(text: string): Uint8Array {
  return Uint8Array.from([...text].map((ch) => {
    const c = ch.charCodeAt(0);
    if (c < 0x80) return c;
    if (c >= 0x410 && c <= 0x44f) return c - 0x410 + 0xc0;
    if (c === 0x401) return 0xa8;
    if (c === 0x451) return 0xb8;
    if (c === 0xab) return 0xab;
    if (c === 0xbb) return 0xbb;
    throw new Error(`no Windows-1251 byte for ${ch}`);
  }));
} // prettier-ignore
