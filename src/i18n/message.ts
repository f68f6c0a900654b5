/**
 * A message said by code that knows nothing of the reader's language (the import's checks, the data loader,
 * the workers): a catalogue key and its values, turned into words only where it is shown, by the translator
 * of the reader's language (`Translator.tell`), or in English on the command line. A value may itself be a
 * message ("row 17, latitude: <why>"). Type-only imports: a worker that says a message carries no catalogue.
 */
import type { MessageKey } from './message-key.ts';

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

/** The runtime's own words (a worker's or MapLibre's error), quoted; where it gave none, ours. */
export const runtimeSaid = (words: string | null | undefined, otherwise: Message): Message =>
  words ? say('fault.unexpected', { reason: words }) : otherwise;

/**
 * What an error says: its message where it carries one, else the runtime's own words, quoted; where those
 * are empty, `otherwise` (by default the error as it stands).
 */
export const messageOf = (error: unknown, otherwise?: Message): Message =>
  error instanceof MessageError
    ? error.said
    : runtimeSaid(
        (error as Error)?.message,
        otherwise ?? say('fault.unexpected', { reason: String((error as Error)?.message ?? error) }),
      );

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
