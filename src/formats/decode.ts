/**
 * A file's bytes to text, with the encoding found or chosen and said. UTF-8 is taken when the bytes are valid
 * UTF-8; otherwise Cyrillic spreadsheets from Kazakhstan are most often Windows-1251, which is taken when it
 * reads as Cyrillic text, and the reader is told and offered the others. Files that are not text at all are
 * refused with what they seem to be.
 */
import { say, type Message } from '../i18n/message.ts';
import type { MessageKey } from '../i18n/translator.ts';
export const ENCODINGS = ['utf-8', 'windows-1251', 'koi8-r', 'windows-1252', 'utf-16le', 'utf-16be'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** Each encoding as the reader is offered it, in their language. */
export const ENCODING_LABEL: Record<Encoding, MessageKey> = {
  'utf-8': 'encoding.utf8',
  'windows-1251': 'encoding.windows1251',
  'koi8-r': 'encoding.koi8r',
  'windows-1252': 'encoding.windows1252',
  'utf-16le': 'encoding.utf16le',
  'utf-16be': 'encoding.utf16be',
};

/** How the encoding was settled: by a byte-order mark, by valid UTF-8, by a guess, or by the reader. */
export type EncodingHow = 'bom' | 'valid' | 'guessed' | 'chosen';

export type Decoded =
  { ok: true; text: string; encoding: Encoding; how: EncodingHow } | { ok: false; message: Message };

/** The page reads files up to this size; past it, `npm run import` does the work. */
export const MAX_BYTES = 200 * 1024 * 1024;

export function sizeFault(size: number): Message | null {
  if (size === 0) return say('refusal.empty');
  if (size > MAX_BYTES) return say('refusal.tooLarge', { megabytes: Math.round(size / 1024 / 1024) });
  return null;
}

const starts = (bytes: Uint8Array, ...prefix: number[]) => prefix.every((b, i) => bytes[i] === b);

/** What a binary file most likely is, for a message a reader can act on. */
function binaryKind(bytes: Uint8Array): Message | null {
  if (starts(bytes, 0x50, 0x4b, 0x03, 0x04)) return say('refusal.zip');
  if (starts(bytes, 0xd0, 0xcf, 0x11, 0xe0)) return say('refusal.xls');
  if (starts(bytes, 0x25, 0x50, 0x44, 0x46)) return say('refusal.pdf');
  const head = bytes.subarray(0, 8192);
  let controls = 0;
  for (const b of head) if (b === 0 || (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d)) controls++;
  if (controls > 0 && controls / head.length > 0.01) return say('refusal.binary');
  return null;
}

const decode = (bytes: Uint8Array, encoding: Encoding, fatal = false) =>
  new TextDecoder(encoding, { fatal, ignoreBOM: false }).decode(bytes);

/**
 * Whether single-byte text reads as Cyrillic (Windows-1251) rather than Western European (Windows-1252).
 * Both put letters in the high bytes, so the bytes alone do not say; how they stand does. Cyrillic words are
 * runs of high bytes ("Актобе" is six in a row); in French, German or Turkish text a high byte is an accented
 * letter between plain ones ("Café", "Müller"), so 1251 would turn each into a stray Cyrillic letter.
 */
function looksCyrillic(bytes: Uint8Array): boolean {
  let high = 0;
  let inRuns = 0;
  const limit = Math.min(bytes.length, 1 << 20);
  for (let i = 0; i < limit; i++) {
    if (bytes[i]! < 0xc0) continue;
    high++;
    if ((i > 0 && bytes[i - 1]! >= 0xc0) || (i + 1 < limit && bytes[i + 1]! >= 0xc0)) inRuns++;
  }
  return high > 0 && inRuns / high >= 0.5;
}

export function decodeBytes(bytes: Uint8Array, chosen?: Encoding): Decoded {
  if (bytes.length === 0) return { ok: false, message: say('refusal.empty') };
  const result = (text: string, encoding: Encoding, how: EncodingHow): Decoded =>
    text.trim() === ''
      ? { ok: false, message: say('refusal.blankSpace') }
      : { ok: true, text, encoding, how };
  if (starts(bytes, 0xef, 0xbb, 0xbf)) return result(decode(bytes, 'utf-8'), 'utf-8', 'bom');
  if (starts(bytes, 0xff, 0xfe)) return result(decode(bytes, 'utf-16le'), 'utf-16le', 'bom');
  if (starts(bytes, 0xfe, 0xff)) return result(decode(bytes, 'utf-16be'), 'utf-16be', 'bom');
  const binary = binaryKind(bytes);
  if (binary) return { ok: false, message: binary };
  if (chosen) return result(decode(bytes, chosen), chosen, 'chosen');
  try {
    return result(decode(bytes, 'utf-8', true), 'utf-8', 'valid');
  } catch {
    // Not UTF-8: a single-byte code page, Cyrillic where the text reads as Cyrillic, else Western European.
  }
  if (looksCyrillic(bytes)) return result(decode(bytes, 'windows-1251'), 'windows-1251', 'guessed');
  return result(decode(bytes, 'windows-1252'), 'windows-1252', 'guessed');
}
