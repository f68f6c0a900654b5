/**
 * zod, set up once before any schema is made: its fast path compiles validators with `new Function`, which a
 * strict Content-Security-Policy forbids (and reports even when zod falls back). The plain interpreter is fast
 * enough for these files. Every module of the app that makes a schema takes `z` from here.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
