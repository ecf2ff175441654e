// Diagnostics of component files (the component rules of their format) and of the COMPONENT lines of
// templates against the components of the project.
import { lintComponent, lintComponentCalls, type ComponentIndex, type LocalComponent } from '@buildcontent/core';
import type { Diagnostic } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';
import { toLintOptions, type ServerSettings } from '../settings.js';
import { componentFormatOfUri, templateRoleOf } from './component-project.js';
import { toLspDiagnostic } from './diagnostics.js';

/** A component document's own findings; `component` gives the SystemType of its `.component.json`. */
export function computeComponentDiagnostics(
  document: TextDocument,
  settings: ServerSettings,
  component?: LocalComponent,
): Diagnostic[] {
  const format = componentFormatOfUri(document.uri);
  if (!format) return [];
  const systemType = component?.parametersText !== undefined ? component.systemType : undefined;
  return lintComponent(document.getText(), format, { ...toLintOptions(settings), systemType }).map(toLspDiagnostic);
}

/** A template's COMPONENT lines checked against the local components they name. */
export function computeComponentCallDiagnostics(
  document: TextDocument,
  settings: ServerSettings,
  index: ComponentIndex,
): Diagnostic[] {
  if (index.components.length === 0) return [];
  return lintComponentCalls(templateOf(document), index, templateRoleOf(document.uri), toLintOptions(settings)).map(
    toLspDiagnostic,
  );
}
