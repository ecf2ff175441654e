// The file conventions of components (docs/components.md):
//   <name>.component.yaml | .component.yml    YAML content
//   <name>.component.buildcontent              Dockerfile-format content (Linux only)
//   <name>.component.json                      the other CreateImageComponent parameters, beside either
import { basenameOf, dirnameOf, joinPath } from '../project/paths.js';

/** The file name endings of YAML components. */
export const YAML_COMPONENT_EXTENSIONS: readonly string[] = ['.component.yaml', '.component.yml'];
/** The file name ending of Dockerfile-format components. */
export const DOCKERFILE_COMPONENT_EXTENSION = '.component.buildcontent';
/** The file name endings of component files, YAML and Dockerfile format. */
export const COMPONENT_EXTENSIONS: readonly string[] = [...YAML_COMPONENT_EXTENSIONS, DOCKERFILE_COMPONENT_EXTENSION];
/** The file name ending of a component's request parameters, beside the component (`<name>.component.json`). */
export const COMPONENT_PARAMETERS_SUFFIX = '.component.json';

/** The two formats of an image component file. */
export type ComponentFormat = 'yaml' | 'dockerfile';

function extensionOf(path: string): string | undefined {
  const lower = basenameOf(path).toLowerCase();
  return COMPONENT_EXTENSIONS.find((extension) => lower.endsWith(extension) && lower.length > extension.length);
}

/** The format of a component file by its name; undefined for anything else (templates included). */
export function componentFormatOf(path: string): ComponentFormat | undefined {
  const extension = extensionOf(path);
  if (!extension) return undefined;
  return extension === DOCKERFILE_COMPONENT_EXTENSION ? 'dockerfile' : 'yaml';
}

/** `web/nginx.component.yaml` -> `nginx`: the default Name and the name its parameters file shares. */
export function componentBaseName(path: string): string {
  const base = basenameOf(path);
  const extension = extensionOf(path);
  return extension ? base.slice(0, base.length - extension.length) : base;
}

/** The parameters file of a component file: `<name>.component.json` beside it. */
export function componentParametersPathOf(path: string): string {
  return joinPath(dirnameOf(path), `${componentBaseName(path)}${COMPONENT_PARAMETERS_SUFFIX}`);
}
