/** A table's column mapping, remembered per header so the next file with the same columns needs no work. */
import type { TableMapping } from '../../formats/table.ts';

const key = (header: readonly string[]) => `steppe-sources.mapping.${header.join('\u241f')}`;

export function rememberedMapping(header: readonly string[]): TableMapping | null {
  try {
    const stored = localStorage.getItem(key(header));
    return stored ? (JSON.parse(stored) as TableMapping) : null;
  } catch {
    return null;
  }
}

export function rememberMapping(header: readonly string[], mapping: TableMapping): void {
  try {
    localStorage.setItem(key(header), JSON.stringify(mapping));
  } catch {
    // Storage refused (a private window): the dialog simply asks again next time.
  }
}
