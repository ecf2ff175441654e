// Text for the XML formats (checkstyle, junit). XML 1.0 cannot carry most C0 controls at all, not even as
// character references, so those are shown escaped as text (safe-text.ts); markup characters become entities.
import { safeText } from '../terminal/safe-text.js';

const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

/** For attribute values and element text alike. */
export function xmlText(s: string): string {
  return safeText(s).replace(/[&<>"']/g, (ch) => ENTITY[ch]);
}

export const XML_DECLARATION = '<?xml version="1.0" encoding="utf-8"?>';
