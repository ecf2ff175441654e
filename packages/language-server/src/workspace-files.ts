// Files as the server names them: `file:` URIs to paths and back, and the sibling request files the emit
// action writes. What belongs to a template (settings, parameters, test template) is core's project model.
import { dirname, join } from 'node:path';
import { templateBaseName } from '@buildcontent/core';

export { filePathOf, uriOf } from './file-uris.js';
export { PARAMETERS_SUFFIX, SETTINGS_FILE, parametersPathOf, templateBaseName } from '@buildcontent/core';

/** `<dir>/<name>.request.<extension>` beside the template. */
export function requestPathOf(templatePath: string, extension: string): string {
  return join(dirname(templatePath), `${templateBaseName(templatePath)}.request.${extension}`);
}
