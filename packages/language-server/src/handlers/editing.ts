// What helps while typing: completion, hover, signature help and formatting.
import { computeComponentCallCompletion, computeComponentCallHover } from '../features/component-calls.js';
import { componentFormatOfUri } from '../features/component-project.js';
import { computeComponentCompletion, computeComponentHover } from '../features/component-yaml.js';
import { computeCompletion } from '../features/completion.js';
import { computeFormatting, computeRangeFormatting } from '../features/formatting.js';
import { computeHover } from '../features/hover.js';
import { computeSignatureHelp } from '../features/signature-help.js';
import type { ServerContext } from '../server-context.js';

export function registerEditing({ connection, documents, client, components, scheduler }: ServerContext): void {
  connection.onCompletion(async (params) => {
    scheduler.focus(params.textDocument.uri);
    const document = documents.analysable(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') return computeComponentCompletion(document, params.position);
    const calls = computeComponentCallCompletion(document, params.position, await components.indexFor(document.uri));
    return calls.length > 0
      ? calls
      : computeCompletion(document, params.position, { snippets: client.support.snippets });
  });

  connection.onHover(async (params) => {
    scheduler.focus(params.textDocument.uri);
    const document = documents.analysable(params.textDocument.uri);
    if (!document) return null;
    if (componentFormatOfUri(document.uri) === 'yaml') return computeComponentHover(document, params.position);
    return (
      computeComponentCallHover(document, params.position, await components.indexFor(document.uri)) ??
      computeHover(document, params.position, { markdown: client.support.hoverMarkdown })
    );
  });

  connection.onSignatureHelp((params) => {
    const document = documents.template(params.textDocument.uri);
    return document ? computeSignatureHelp(document, params.position) : null;
  });

  connection.onDocumentFormatting((params) => {
    const document = documents.template(params.textDocument.uri);
    return document ? computeFormatting(document, params.options) : [];
  });

  connection.onDocumentRangeFormatting((params) => {
    const document = documents.template(params.textDocument.uri);
    return document ? computeRangeFormatting(document, params.range, params.options) : [];
  });
}
