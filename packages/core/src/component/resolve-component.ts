// A template's COMPONENT reference -> the local component it names (docs/components.md):
//   ARN acs:ecs:<region>:<uid>:imagecomponent/<name>/<version>  by name, when the version fits
//   ic-... id                                                  through `components` in .buildcontentrc.json
// A reference that resolves to nothing stays as it is: the component may exist only in the cloud.
import type { ComponentReference } from '../syntax/ast.js';
import type { LocalComponent } from './local-component.js';

/** The local component files of a project, for resolving COMPONENT references. */
export interface ComponentIndex {
  /** The folder searched for components (the project's root). */
  root?: string;
  components: LocalComponent[];
  /** `ic-...` -> the path of its file, from the settings' `components` map. */
  ids: Record<string, string>;
  /** Problems with the `components` map (an id whose file is missing), for the settings file. */
  problems: Array<{ id: string; message: string }>;
}

/** The index of a project without local components (nothing resolves). */
export const EMPTY_COMPONENT_INDEX: ComponentIndex = Object.freeze({ components: [], ids: {}, problems: [] });

/** `1.0.*` fits `1.0.3`; a local component without ComponentVersion fits any version (the service numbers it). */
export function versionFits(pattern: string, version: string | undefined): boolean {
  if (version === undefined) return true;
  const wanted = pattern.split('.');
  const have = version.split('.');
  return wanted.length === have.length && wanted.every((part, i) => part === '*' || Number(part) === Number(have[i]));
}

/** The local component a COMPONENT reference names, if the project has it. */
export function resolveComponent(
  reference: ComponentReference | undefined,
  index: ComponentIndex,
): LocalComponent | undefined {
  if (!reference) return undefined;
  if (reference.type === 'arn' && reference.arn) {
    const { name, version } = reference.arn;
    return index.components.find((component) => component.name === name && versionFits(version, component.version));
  }
  const path = index.ids[reference.text];
  return path === undefined ? undefined : index.components.find((component) => component.path === path);
}

/** The COMPONENT-ARN that names a local component (for completion and docs). */
export function componentArnOf(component: LocalComponent, region = '<region>', account = '<account id>'): string {
  return `acs:ecs:${region}:${account}:imagecomponent/${component.name}/${component.version ?? '*.*.*'}`;
}
