// The documents the client has open, and which of them the server analyses: a document above
// MAX_DOCUMENT_LENGTH is answered with empty results, and YAML components get the component features only.
import { formatBytes, SIZE_CAPS } from '@buildcontent/core';
import { TextDocuments, type Diagnostic } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { componentFormatOfUri } from './features/component-project.js';

/**
 * Documents longer than this (UTF-16 code units, as editors count) are not analysed: the server says so
 * once and answers every request about them with an empty result at once. The CLI's cap for template
 * files is the same number of bytes (SIZE_CAPS.template), far above the service's 16 KB.
 */
export const MAX_DOCUMENT_LENGTH = SIZE_CAPS.template;
const DOCUMENT_TOO_LARGE_CODE = 'document-too-large';

export function tooLargeMessage(length: number): string {
  return `This document is ${formatBytes(length)} long: documents above ${formatBytes(MAX_DOCUMENT_LENGTH)} are not analysed (the service accepts 16 KB).`;
}

export function tooLargeDiagnostic(length: number): Diagnostic {
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
    severity: 2,
    code: DOCUMENT_TOO_LARGE_CODE,
    source: 'buildcontent',
    message: tooLargeMessage(length),
  };
}

export class OpenDocuments extends TextDocuments<TextDocument> {
  constructor() {
    super(TextDocument);
  }

  /** The document when it can be analysed; undefined when it is unknown or above MAX_DOCUMENT_LENGTH. */
  analysable(uri: string): TextDocument | undefined {
    const document = this.get(uri);
    return document && document.getText().length <= MAX_DOCUMENT_LENGTH ? document : undefined;
  }

  /** A template (or Dockerfile-format component) that can be analysed: YAML components would be misread. */
  template(uri: string): TextDocument | undefined {
    return componentFormatOfUri(uri) === 'yaml' ? undefined : this.analysable(uri);
  }
}
