/** What a store in this browser says when it cannot be used, in the reader's language (lib/indexed-db.ts). */
import type { StoreFault } from '../lib/indexed-db.ts';
import { MessageError, say } from './message.ts';
import type { MessageKey } from './message-key.ts';

const KEY: Record<StoreFault, MessageKey> = {
  absent: 'storage.noIndexedDb',
  open: 'storage.couldNotOpen',
  refused: 'storage.changeRefused',
  aborted: 'storage.changeAborted',
};

export const storageFault = (what: StoreFault): Error => new MessageError(say(KEY[what]));
