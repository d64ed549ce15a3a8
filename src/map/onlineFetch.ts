/**
 * Every request of an online base map goes through here, on the page's thread: MapLibre asks for
 * `basemap://host/path` and this fetches `https://host/path`. That keeps the workers' policy at "our
 * own origin only", and it lets one place tell the ways a network fails apart: a refused connection
 * or an HTTP error ("failed"), no answer in time ("timeout"), and a captive portal's web page where a
 * tile or a style was expected ("portal"). MapLibre's own cancellations are not failures.
 */
import type { Outcome } from '../domain/basemapHealth';

export const ONLINE_PROTOCOL = 'basemap';

/** `https://host/path` → `basemap://host/path`. */
export const viaProtocol = (url: string) => url.replace(/^https:\/\//, `${ONLINE_PROTOCOL}://`);
/** `basemap://host/path` → `https://host/path`. */
export const fromProtocol = (url: string) => url.replace(new RegExp(`^${ONLINE_PROTOCOL}://`), 'https://');

/** A request that failed in one of the ways the health policy counts. */
export class OnlineFailure extends Error {
  constructor(readonly outcome: Exclude<Outcome, 'ok'>) {
    super(`online base map request ${outcome}`);
    this.name = 'OnlineFailure';
  }
}

/** Does this body look like a web page? A tile is binary (PNG, protobuf) and a style is JSON. */
function looksLikeHtml(contentType: string | null, body: ArrayBuffer): boolean {
  if (contentType && /text\/html|application\/xhtml/i.test(contentType)) return true;
  const bytes = new Uint8Array(body, 0, Math.min(64, body.byteLength));
  for (const b of bytes) {
    if (b === 0x20 || b === 0x09 || b === 0x0a || b === 0x0d || b === 0xef || b === 0xbb || b === 0xbf)
      continue;
    return b === 0x3c; // "<": <!doctype html>, <html>, <?xml …
  }
  return false;
}

/**
 * One GET, abandoned after `timeoutMs`. Resolves with the body (empty for "no content"); rejects
 * with an OnlineFailure, or with MapLibre's own AbortError when `signal` cancelled it.
 */
export async function fetchOnline(
  url: string,
  { signal, timeoutMs }: { signal?: AbortSignal; timeoutMs: number },
): Promise<ArrayBuffer> {
  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const cancel = () => controller.abort(signal?.reason);
  signal?.addEventListener('abort', cancel);
  try {
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    const response = await fetch(url, { signal: controller.signal, credentials: 'omit' });
    if (response.status === 204) return new ArrayBuffer(0);
    if (!response.ok) throw new OnlineFailure('failed');
    const body = await response.arrayBuffer();
    if (looksLikeHtml(response.headers.get('content-type'), body)) throw new OnlineFailure('portal');
    return body;
  } catch (e) {
    if (e instanceof OnlineFailure) throw e;
    if (timedOut) throw new OnlineFailure('timeout');
    if (signal?.aborted) throw new DOMException('aborted', 'AbortError');
    throw new OnlineFailure('failed'); // a refused or dropped connection, DNS, a policy block
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', cancel);
  }
}

/** The body as JSON; a body that is not JSON fails as "style" data would (the caller decides). */
export function parseJson(body: ArrayBuffer): unknown {
  return JSON.parse(new TextDecoder().decode(body));
}
