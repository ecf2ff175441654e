// Semantic tokens (full document): keywords, comments, directives, ENV/LABEL keys and values, COMPONENT
// references and parameters, FROM source types, COPY operands, exec-form strings.
import type { Located, Template } from '@buildcontent/core';
import type { SemanticTokens } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { templateOf } from '../document.js';
import { SEMANTIC_TOKENS_LEGEND, TOKEN_MODIFIERS, TOKEN_TYPES } from '../protocol-ids.js';

export { SEMANTIC_TOKENS_LEGEND, TOKEN_MODIFIERS, TOKEN_TYPES };
export type TokenType = (typeof TOKEN_TYPES)[number];
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export interface SemanticTokenOptions {
  /** Mark FROM deprecated (the FROM behaviour is `ignored`). */
  fromDeprecated?: boolean;
}

/** A token before encoding: absolute line and character, for tests and for the encoder. */
export interface SemanticToken {
  line: number;
  character: number;
  length: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

interface Span {
  offset: number;
  endOffset: number;
  type: TokenType;
  modifiers: TokenModifier[];
}

function collectSpans(template: Template, options: SemanticTokenOptions): Span[] {
  const spans: Span[] = [];
  const add = (node: Located | undefined, type: TokenType, modifiers: TokenModifier[] = []) => {
    if (node && node.endOffset > node.offset)
      spans.push({ offset: node.offset, endOffset: node.endOffset, type, modifiers });
  };
  for (const directive of template.directives) add(directive, 'macro');
  for (const comment of template.comments) add(comment, 'comment');
  for (const command of template.commands) {
    add(command.keywordNode, 'keyword', command.kind === 'FROM' && options.fromDeprecated ? ['deprecated'] : []);
    for (const comment of command.innerComments) add(comment, 'comment');
    for (const flag of command.flags) add(flag, 'parameter');
    switch (command.kind) {
      case 'ENV':
      case 'LABEL':
        for (const pair of command.pairs) {
          add(pair.key, command.kind === 'ENV' ? 'variable' : 'property', ['declaration']);
          add(pair.equals, 'operator');
          add(pair.value, 'string');
        }
        break;
      case 'COMPONENT':
        add(command.reference, 'namespace');
        for (const parameter of command.parameters) {
          add(parameter.flag, 'parameter');
          add(parameter.value, 'string');
        }
        break;
      case 'FROM':
        add(command.sourceType, 'enumMember');
        add(command.image, 'string');
        break;
      case 'COPY':
        for (const operand of command.operands) add(operand, 'string');
        break;
      case 'RUN':
      case 'CMD':
      case 'ENTRYPOINT':
        if (command.form === 'exec') for (const element of command.exec?.elements ?? []) add(element, 'string');
        break;
      default:
        break;
    }
  }
  spans.sort((a, b) => a.offset - b.offset || b.endOffset - a.endOffset);
  // Tokens may not overlap: a later span starting inside an earlier one is dropped.
  const disjoint: Span[] = [];
  let reached = -1;
  for (const span of spans) {
    if (span.offset < reached) continue;
    disjoint.push(span);
    reached = span.endOffset;
  }
  return disjoint;
}

/** Splits spans at line breaks: LSP tokens are single-line unless the client says otherwise. */
export function computeSemanticTokenList(document: TextDocument, options: SemanticTokenOptions = {}): SemanticToken[] {
  const template = templateOf(document);
  const text = template.text;
  const tokens: SemanticToken[] = [];
  for (const span of collectSpans(template, options)) {
    let segmentStart = span.offset;
    for (let i = span.offset; i <= span.endOffset; i++) {
      const ch = i < span.endOffset ? text.charCodeAt(i) : -1;
      if (ch === 10 || ch === 13 || ch === -1) {
        if (i > segmentStart) {
          const start = document.positionAt(segmentStart);
          tokens.push({
            line: start.line,
            character: start.character,
            length: i - segmentStart,
            type: span.type,
            modifiers: span.modifiers,
          });
        }
        if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
        segmentStart = i + 1;
      }
    }
  }
  return tokens;
}

export function encodeSemanticTokens(tokens: SemanticToken[]): SemanticTokens {
  const data: number[] = [];
  let previousLine = 0;
  let previousCharacter = 0;
  for (const token of tokens) {
    const deltaLine = token.line - previousLine;
    const deltaCharacter = deltaLine === 0 ? token.character - previousCharacter : token.character;
    let modifierBits = 0;
    for (const modifier of token.modifiers) modifierBits |= 1 << TOKEN_MODIFIERS.indexOf(modifier);
    data.push(deltaLine, deltaCharacter, token.length, TOKEN_TYPES.indexOf(token.type), modifierBits);
    previousLine = token.line;
    previousCharacter = token.character;
  }
  return { data };
}

export function computeSemanticTokens(document: TextDocument, options: SemanticTokenOptions = {}): SemanticTokens {
  return encodeSemanticTokens(computeSemanticTokenList(document, options));
}
