// `file:` URIs to local paths and back (free of core: the `initialize` answer needs it, main.ts).
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The local path of a `file:` URI; undefined for other schemes (untitled buffers, remote files). */
export function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

export function uriOf(path: string): string {
  return pathToFileURL(path).href;
}
