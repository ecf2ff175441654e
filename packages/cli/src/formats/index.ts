import { formatCheckstyle } from './checkstyle.js';
import type { Formatter } from './file-result.js';
import { formatGithub } from './github.js';
import { formatGitlab } from './gitlab.js';
import { formatGnu } from './gnu.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';

/** Every `--format`, by name; stylish first (the default). */
export const FORMATS: Record<string, Formatter> = {
  stylish: (results, context) => formatStylish(results, context.color),
  json: formatJson,
  sarif: formatSarif,
  github: formatGithub,
  gitlab: formatGitlab,
  checkstyle: formatCheckstyle,
  junit: formatJunit,
  gnu: formatGnu,
};
