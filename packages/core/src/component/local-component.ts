// A component of the project, read from its files: content, the parameters of its request, and what a
// template's COMPONENT line needs to know about it (name, version, type, parameters).
import { parseJsonDocument } from '../request/json-locator.js';
import type { Range } from '../syntax/ast.js';
import { PARAMETER_TYPES, type ParameterType } from './actions.js';
import { componentBaseName, componentFormatOf, type ComponentFormat } from './component-files.js';
import { parseYamlComponent, type YamlComponent } from './yaml-component.js';

/** A parameter a component declares, as a template's COMPONENT line sees it: its name, type and default. */
export interface ComponentParameterInfo {
  name: string;
  type?: ParameterType;
  /** Has a DefaultValue: a template may leave it out. */
  optional: boolean;
  defaultValue?: unknown;
  /** Where it is declared in the component file. */
  range: Range;
}

/** A component file of the project: its path, format, text, name and declared parameters. */
export interface LocalComponent {
  path: string;
  format: ComponentFormat;
  text: string;
  /** `Name` of its `.component.json`, else the file name without the extension. */
  name: string;
  /** `ComponentVersion` of its `.component.json`, when given. */
  version?: string;
  componentType: 'Build' | 'Test';
  systemType: 'Linux' | 'Windows';
  description?: string;
  /** The parameters file beside it and its text, when there is one. */
  parametersPath: string;
  parametersText?: string;
  /** The parsed YAML (YAML components only). */
  yaml?: YamlComponent;
  parameters: ComponentParameterInfo[];
}

/** The parameters file as an object, or undefined when it is absent or not a JSON object. */
export function componentParametersOf(parametersText: string | undefined): Record<string, unknown> | undefined {
  if (parametersText === undefined) return undefined;
  const value = parseJsonDocument(parametersText).value;
  return typeof value === 'object' && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

/** A {@link LocalComponent} from a component file's text and its parameters file's text. */
export function readLocalComponent(
  path: string,
  text: string,
  parametersPath: string,
  parametersText?: string,
): LocalComponent {
  const format = componentFormatOf(path) ?? 'dockerfile';
  const params = componentParametersOf(parametersText) ?? {};
  const text_ = (key: string) =>
    typeof params[key] === 'string' && params[key].trim() !== '' ? params[key] : undefined;
  const yaml = format === 'yaml' ? parseYamlComponent(text) : undefined;
  const parameters: ComponentParameterInfo[] = (yaml?.parameters ?? []).map((declaration) => ({
    name: declaration.name,
    type: (PARAMETER_TYPES as readonly unknown[]).includes(declaration.type?.value)
      ? (declaration.type!.value as ParameterType)
      : undefined,
    optional: declaration.defaultValue !== undefined && declaration.defaultValue.value !== null,
    defaultValue: declaration.defaultValue?.value ?? undefined,
    range: declaration.nameSpan.range,
  }));
  return {
    path,
    format,
    text,
    name: text_('Name') ?? componentBaseName(path),
    version: text_('ComponentVersion'),
    componentType: params.ComponentType === 'Test' ? 'Test' : 'Build',
    systemType: params.SystemType === 'Windows' ? 'Windows' : 'Linux',
    description: text_('Description'),
    parametersPath,
    parametersText,
    yaml,
    parameters,
  };
}
