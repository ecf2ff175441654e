// The names the server announces in its `initialize` answer: code action kinds, commands, trigger characters
// and the semantic tokens legend. Kept free of core so that `initialize` is answered before the parser, the
// checks and the request builder are loaded (main.ts); the features that use them import them from here.
// Types only from vscode-languageserver: the bin answers `initialize` before it loads that library.
import type { CodeActionKind, SemanticTokensLegend } from 'vscode-languageserver';

/** CodeActionKind.QuickFix, CodeActionKind.SourceFixAll and CodeActionKind.Source, as the protocol spells them. */
export const QUICK_FIX_KIND: CodeActionKind = 'quickfix';
export const FIX_ALL_KIND: CodeActionKind = 'source.fixAll.buildcontent';
export const EMIT_REQUEST_KIND: CodeActionKind = 'source.emitRequest';
export const EMIT_REQUEST_COMMAND = 'buildcontent.emitRequest';
/** `buildcontent.writeRequest` with `[{ uri, format }]`: the server writes the request file and shows it. */
export const WRITE_REQUEST_COMMAND = 'buildcontent.writeRequest';

export const COMPLETION_TRIGGER_CHARACTERS = ['-', ':', '$', '{'];
export const SIGNATURE_TRIGGER_CHARACTERS = [' ', '[', ',', '='];
export const SIGNATURE_RETRIGGER_CHARACTERS = ['"'];

export const TOKEN_TYPES = [
  'keyword',
  'comment',
  'string',
  'property',
  'variable',
  'parameter',
  'operator',
  'namespace',
  'enumMember',
  'macro',
] as const;
export const TOKEN_MODIFIERS = ['declaration', 'deprecated'] as const;

export const SEMANTIC_TOKENS_LEGEND: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};
