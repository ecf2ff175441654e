// Without a FROM, the older CreateImagePipeline service prepends `FROM <BaseImageType>:<BaseImage>` from the
// request parameters (spec 2.10): an inlay hint before line 1 shows that line, and its tooltip says where it
// comes from. Pure: the server passes the parameters file in.
import type { InlayHint } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';
import type { ServerSettings } from '../settings.js';
import { buildRequestFor } from './emit-request.js';
import type { ParametersFile } from './parameters-file.js';

/** The source types a FROM line can carry (OSS imports have no FROM form). */
const FROM_SOURCE_TYPES = new Set(['IMAGE', 'IMAGE_FAMILY']);

export function computeFromInlayHints(
  document: TextDocument,
  settings: ServerSettings,
  parameters: ParametersFile | undefined,
): InlayHint[] {
  if (!parameters) return [];
  if (templateOf(document).commands.some((command) => command.kind === 'FROM')) return [];
  // The source as the request sends it: the file over the settings' request defaults.
  const { source } = buildRequestFor(document, settings, { parametersText: parameters.text });
  const type = source.baseImageType;
  const image = source.baseImage;
  if (!type || !image || !FROM_SOURCE_TYPES.has(type)) return [];
  const line = `FROM ${type}:${image}`;
  return [
    {
      position: { line: 0, character: 0 },
      label: line,
      paddingRight: true,
      tooltip:
        `${line}: the line the older CreateImagePipeline API prepends to a BuildContent without FROM, made from ` +
        `BaseImageType and BaseImage in ${parameters.name}. Today's API builds from those parameters directly; ` +
        'either way the build starts from this image.',
    },
  ];
}
