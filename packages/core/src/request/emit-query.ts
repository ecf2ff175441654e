// `--format query`: the RPC query string, flattened, sorted by key and percent-encoded as the RPC
// signature (V1) canonicalizes it. No credentials, no signature, no common parameters but Action and Version.
import { flattenRequest } from './flatten-request.js';
import type { AnyRequest } from './component-request-model.js';

/** encodeURIComponent plus the five characters it leaves alone but the RPC signature encodes. */
export function percentEncode(text: string): string {
  return encodeURIComponent(text).replace(/[!'()*]/g, (ch) => `%${ch.charCodeAt(0).toString(16).toUpperCase()}`);
}

export function emitQuery(request: AnyRequest): string {
  const pairs = flattenRequest(request).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `${pairs.map(([name, value]) => `${percentEncode(name)}=${percentEncode(value)}`).join('&')}\n`;
}
