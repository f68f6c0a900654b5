/** The catalogue's keys, read off the English catalogue: the other catalogues and message.ts type against them. */
import type { en } from './messages-en.ts';

export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
