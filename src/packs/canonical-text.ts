/**
 * An article's text as it is kept: Unicode NFC, `\n` line ends, no byte-order mark. Offsets into it are UTF-16
 * code units (JavaScript's string indexes), so a passage's start and end mean the same in every tool that reads
 * the pack as the page does.
 */
import { sha256Hex } from '../lib/sha256.ts';

export function canonicalText(text: string): string {
  return text
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .normalize('NFC');
}

export const isCanonical = (text: string): boolean => canonicalText(text) === text;

/**
 * SHA-256 of the text's UTF-8 bytes, in lowercase hex: which text a passage's offsets were taken in. The
 * browser's own where it gives it (a secure context), else ours (a page served over plain HTTP).
 */
export async function textSha256(text: string): Promise<string> {
  const bytes = new TextEncoder().encode(text);
  if (!globalThis.crypto?.subtle) return sha256Hex(bytes);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
