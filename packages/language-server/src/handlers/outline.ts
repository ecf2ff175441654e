// The document's shape: symbols, folding ranges, semantic tokens and links.
import { componentFormatOfUri } from '../features/component-project.js';
import { computeComponentSymbols } from '../features/component-yaml.js';
import { computeDocumentLinks } from '../features/document-links.js';
import { computeDocumentSymbols, computeSymbolInformation } from '../features/document-symbols.js';
import { computeFoldingRanges } from '../features/folding.js';
import { computeSemanticTokens } from '../features/semantic-tokens.js';
import type { ServerContext } from '../server-context.js';

export function registerOutline({ connection, documents, client, settings, scheduler }: ServerContext): void {
  connection.onDocumentSymbol((params) => {
    // Editors ask for symbols and tokens of the document they show.
    scheduler.focus(params.textDocument.uri);
    const document = documents.analysable(params.textDocument.uri);
    if (!document) return [];
    if (componentFormatOfUri(document.uri) === 'yaml') {
      const symbols = computeComponentSymbols(document);
      return client.support.hierarchicalSymbols
        ? symbols
        : symbols.map((s) => ({ name: s.name, kind: s.kind, location: { uri: document.uri, range: s.range } }));
    }
    return client.support.hierarchicalSymbols ? computeDocumentSymbols(document) : computeSymbolInformation(document);
  });

  connection.onFoldingRanges((params) => {
    const document = documents.template(params.textDocument.uri);
    return document
      ? computeFoldingRanges(document, {
          rangeLimit: client.support.foldingRangeLimit,
          collapsedText: client.support.foldingCollapsedText,
        })
      : [];
  });

  connection.languages.semanticTokens.on(async (params) => {
    scheduler.focus(params.textDocument.uri);
    const document = documents.template(params.textDocument.uri);
    if (!document) return { data: [] };
    const documentSettings = await settings.for(document.uri);
    return computeSemanticTokens(document, { fromDeprecated: documentSettings.from === 'ignored' });
  });

  connection.onDocumentLinks((params) => {
    const document = documents.template(params.textDocument.uri);
    return document ? computeDocumentLinks(document) : [];
  });
}
