// Files as the server names them: `file:` URIs to paths and back, and the sibling request files the emit
// action writes. What belongs to a template (settings, parameters, test template) is core's project model.
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { templateBaseName } from '@buildcontent/core';

export { PARAMETERS_SUFFIX, SETTINGS_FILE, TEMPLATE_EXTENSIONS, parametersPathOf, templateBaseName } from '@buildcontent/core';

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

/** `<dir>/<name>.request.<extension>` beside the template. */
export function requestPathOf(templatePath: string, extension: string): string {
  return join(dirname(templatePath), `${templateBaseName(templatePath)}.request.${extension}`);
}
