/**
 * A message said by code that knows nothing of the reader's language (the import's checks, the data loader,
 * the workers): a catalogue key and its values, turned into words only where it is shown, by the translator
 * of the reader's language (`Translator.tell`), or in English on the command line. A value may itself be a
 * message ("row 17, latitude: <why>"). Type-only imports: a worker that says a message carries no catalogue.
 */
import type { MessageKey } from './translator.ts';

export type MessageValue = string | number | Message;

export interface Message {
  key: MessageKey;
  values?: Readonly<Record<string, MessageValue>>;
}

export const say = (key: MessageKey, values?: Message['values']): Message =>
  values ? { key, values } : { key };

/** An error that carries its message, for code that says what failed by throwing. */
export class MessageError extends Error {
  readonly said: Message;
  constructor(said: Message) {
    super(said.key);
    this.said = said;
  }
}

/** What an error says: its message where it carries one, else the runtime's own words, quoted. */
export const messageOf = (error: unknown): Message =>
  error instanceof MessageError
    ? error.said
    : say('fault.unexpected', { reason: String((error as Error)?.message ?? error) });

/*
 * Notes kept where the data hold text (an imported event's date note and remarks, stored in IndexedDB and
 * written by `npm run import`) are kept as their messages, coded as JSON, so each reader reads them in their
 * own language. Text that is not so coded (a note written before, or by hand) is shown as it stands.
 */
const CODED = '[{"key":';

export const codeNote = (messages: readonly Message[]): string => JSON.stringify(messages);

export function readNote(text: string): Message[] | string {
  if (!text.startsWith(CODED)) return text;
  try {
    return JSON.parse(text) as Message[];
  } catch {
    return text;
  }
}
