/**
 * zod 4 probes `new Function` once, when the first object schema is built, to pick a faster parser.
 * Under the page's Content-Security-Policy (no 'unsafe-eval') that probe is reported as a violation;
 * jitless mode skips it. It must run before any module builds a schema: the two entry points, src/main.tsx
 * and the import worker, import it first. The only module that acts when loaded, and it only sets zod up.
 */
import { z } from 'zod';

z.config({ jitless: true });
