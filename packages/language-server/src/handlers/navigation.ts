// Going from a name to its other places: definition, references, highlights and rename (ENV variables and
// COMPONENT calls).
import { nodeFileSystem } from '@buildcontent/core/node';
import { ErrorCodes, ResponseError } from 'vscode-languageserver/node';
import { computeComponentCallDefinition, computeComponentReferences } from '../features/component-calls.js';
import { componentFormatOfUri } from '../features/component-project.js';
import { computeComponentDefinition } from '../features/component-yaml.js';
import {
  computeDefinition,
  computeDocumentHighlights,
  computePrepareRename,
  computeReferences,
  computeRename,
} from '../features/variables.js';
import type { ServerContext } from '../server-context.js';
import { filePathOf } from '../workspace-files.js';

export function registerNavigation({ connection, documents, components }: ServerContext): void {
  connection.onDefinition(async (params) => {
    const document = documents.analysable(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') return computeComponentDefinition(document, params.position);
    const calls = computeComponentCallDefinition(document, params.position, await components.indexFor(document.uri));
    return calls.length > 0 ? calls : computeDefinition(document, params.position);
  });

  connection.onReferences(async (params) => {
    const document = documents.analysable(params.textDocument.uri);
    if (!document) return [];
    const path = componentFormatOfUri(document.uri) ? filePathOf(document.uri) : undefined;
    // From a component file: the COMPONENT lines of the project's templates that call it.
    if (path) return computeComponentReferences(nodeFileSystem, path, await components.indexFor(document.uri));
    return computeReferences(document, params.position, params.context.includeDeclaration);
  });

  connection.onDocumentHighlight((params) => {
    const document = documents.template(params.textDocument.uri);
    return document ? computeDocumentHighlights(document, params.position) : [];
  });

  connection.onPrepareRename((params) => {
    const document = documents.template(params.textDocument.uri);
    return document ? computePrepareRename(document, params.position) : null;
  });

  connection.onRenameRequest((params) => {
    const document = documents.template(params.textDocument.uri);
    if (!document) return null;
    try {
      return computeRename(document, params.position, params.newName) ?? null;
    } catch (error) {
      return new ResponseError(ErrorCodes.InvalidParams, (error as Error).message);
    }
  });
}
