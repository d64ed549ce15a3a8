/**
 * Anything thrown, as short plain text for an issue's detail: an Error's message, a thrown string
 * (proj4 throws strings), an object's message or JSON, or a fixed word for null and undefined.
 * Never throws itself.
 */
export function errorText(e: unknown, max = 160): string {
  let text: string;
  try {
    if (e instanceof Error) text = e.message || e.name;
    else if (typeof e === 'string') text = e;
    else if (e === null || e === undefined) text = 'unknown error';
    else if (typeof e === 'object' && typeof (e as { message?: unknown }).message === 'string')
      text = (e as { message: string }).message;
    else if (typeof e === 'object') text = JSON.stringify(e) ?? 'unknown error';
    else text = String(e);
  } catch {
    text = 'unknown error';
  }
  text = text.replace(/\s+/g, ' ').trim() || 'unknown error';
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
