// Quick fixes from the rules' own fixes, and a fix-all for the file. The server computes no fix itself:
// the rules do, so `buildcontent lint --fix` and the editor make the same edits.
import { applyFixes, lineBreakOf, type Diagnostic as CoreDiagnostic, type Fix } from '@buildcontent/core';
import { CodeActionKind, type CodeAction, type Diagnostic, type Range, type TextEdit } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { ServerSettings } from '../settings.js';
import { templateOf } from '../document.js';
import { lintFindings, toLspDiagnostic, type DiagnosticsContext } from './diagnostics.js';

/** `source.fixAll` scoped to this server, so that editors can run it on save next to other fixers. */
import { FIX_ALL_KIND } from '../protocol-ids.js';

export { FIX_ALL_KIND };

export const FIX_ALL_TITLE = 'Fix all auto-fixable BuildContent problems';

function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line !== b.line ? a.line - b.line : a.character - b.character;
}

/** Touching counts: a cursor right after a finding still gets its fix. */
export function rangesTouch(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** Whether `kind` is asked for by `only` (hierarchical: `source` asks for `source.fixAll.buildcontent`). */
export function kindRequested(kind: string, only: readonly string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((wanted) => kind === wanted || kind.startsWith(`${wanted}.`));
}

/** The smallest single edit that turns `before` into `after` (common prefix and suffix kept). */
export function minimalEdit(document: TextDocument, after: string): TextEdit | undefined {
  const before = document.getText();
  if (before === after) return undefined;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before.charCodeAt(start) === after.charCodeAt(start)) start++;
  let endBefore = before.length;
  let endAfter = after.length;
  while (endBefore > start && endAfter > start && before.charCodeAt(endBefore - 1) === after.charCodeAt(endAfter - 1)) {
    endBefore--;
    endAfter--;
  }
  // Never split a \r\n pair or a surrogate pair: clients reject or mangle such positions.
  while (start > 0 && isSecondHalf(before, start)) start--;
  while (endBefore < before.length && isSecondHalf(before, endBefore)) {
    endBefore++;
    endAfter++;
  }
  return {
    range: { start: document.positionAt(start), end: document.positionAt(endBefore) },
    newText: after.slice(start, endAfter),
  };
}

function isSecondHalf(text: string, offset: number): boolean {
  const previous = text.charCodeAt(offset - 1);
  const current = text.charCodeAt(offset);
  if (previous === 13 && current === 10) return true;
  return previous >= 0xd800 && previous <= 0xdbff && current >= 0xdc00 && current <= 0xdfff;
}

function samePosition(a: Range['start'], b: Range['start']): boolean {
  return a.line === b.line && a.character === b.character;
}

function namedByClient(finding: CoreDiagnostic, diagnostics: readonly Diagnostic[] | undefined): boolean {
  return (diagnostics ?? []).some(
    (diagnostic) =>
      diagnostic.code === finding.code &&
      samePosition(diagnostic.range.start, finding.range.start) &&
      samePosition(diagnostic.range.end, finding.range.end),
  );
}

function quickFix(document: TextDocument, finding: CoreDiagnostic, fix: Fix, preferred: boolean): CodeAction {
  return {
    title: fix.title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [toLspDiagnostic(finding)],
    isPreferred: preferred,
    edit: { changes: { [document.uri]: fix.edits.map((edit) => ({ range: edit.range, newText: edit.newText })) } },
  };
}

/** One edit applying every fix that the core's `applyFixes` applies, as `buildcontent lint --fix` would. */
export function computeFixAllEdit(document: TextDocument, findings: CoreDiagnostic[]): TextEdit | undefined {
  const fixable = findings.filter((finding) => finding.fix !== undefined);
  if (fixable.length === 0) return undefined;
  return minimalEdit(document, applyFixes(document.getText(), fixable).text);
}

/**
 * "Ignore" actions writing the core's suppression comments: `# buildcontent-ignore CODE` above the command,
 * or `# buildcontent-ignore-file CODE` below the parser directives (a comment above them would end them).
 */
function suppressionActions(document: TextDocument, finding: CoreDiagnostic): CodeAction[] {
  const template = templateOf(document);
  const text = template.text;
  const lineBreak = lineBreakOf(text);
  const diagnostics = [toLspDiagnostic(finding)];
  const actions: CodeAction[] = [];
  const line = finding.range.start.line;
  const command = template.commands.find(
    (candidate) => candidate.range.start.line <= line && line <= candidate.range.end.line,
  );
  if (command) {
    const lineStart = document.offsetAt({ line: command.range.start.line, character: 0 });
    const indent = /^[ \t]*/.exec(text.slice(lineStart, command.keywordNode.offset))?.[0] ?? '';
    const at = document.positionAt(lineStart);
    actions.push({
      title: `Ignore ${finding.code} for this command`,
      kind: CodeActionKind.QuickFix,
      diagnostics,
      edit: {
        changes: {
          [document.uri]: [
            { range: { start: at, end: at }, newText: `${indent}# buildcontent-ignore ${finding.code}${lineBreak}` },
          ],
        },
      },
    });
  }
  const lastDirective = template.directives[template.directives.length - 1];
  const fileStart = lastDirective
    ? { line: lastDirective.range.end.line + 1, character: 0 }
    : document.positionAt(template.bomLength);
  // After a directive on the last line there is no next line to insert before: start one.
  const needsBreakFirst = lastDirective !== undefined && fileStart.line >= document.lineCount;
  const insertAt = needsBreakFirst ? document.positionAt(text.length) : fileStart;
  actions.push({
    title: `Ignore ${finding.code} in this file`,
    kind: CodeActionKind.QuickFix,
    diagnostics,
    edit: {
      changes: {
        [document.uri]: [
          {
            range: { start: insertAt, end: insertAt },
            newText: needsBreakFirst
              ? `${lineBreak}# buildcontent-ignore-file ${finding.code}`
              : `# buildcontent-ignore-file ${finding.code}${lineBreak}`,
          },
        ],
      },
    },
  });
  return actions;
}

export interface CodeActionRequest {
  range: Range;
  /**
   * `context.diagnostics`: the client's own list of what is at the cursor. Some clients (Neovim) send every
   * diagnostic of the cursor's line with a zero-width range, so a finding named there counts as at hand too.
   */
  diagnostics?: readonly Diagnostic[];
  /** `context.only` of the request. */
  only?: readonly string[];
}

export function computeCodeActions(
  document: TextDocument,
  request: CodeActionRequest,
  settings: ServerSettings,
  context: DiagnosticsContext = {},
): CodeAction[] {
  const findings = lintFindings(document, settings, context);
  const actions: CodeAction[] = [];
  const suppressions: CodeAction[] = [];
  if (kindRequested(CodeActionKind.QuickFix, request.only)) {
    for (const finding of findings) {
      if (!rangesTouch(finding.range, request.range) && !namedByClient(finding, request.diagnostics)) continue;
      if (finding.fix) actions.push(quickFix(document, finding, finding.fix, true));
      // Suggestions need a person's choice: offered one by one, never preferred, never in the fix-all.
      for (const suggestion of finding.suggestions ?? []) actions.push(quickFix(document, finding, suggestion, false));
      suppressions.push(...suppressionActions(document, finding));
    }
  }
  const fixableCount = findings.filter((finding) => finding.fix !== undefined).length;
  // The file-wide fix shows next to the quick fixes when it does more than the one at hand,
  // and always under its own source kind (for "fix on save").
  const offerInQuickFixes = actions.length > 0 && fixableCount > 1;
  // One fix-all per menu: a request without `only` (a lightbulb, Neovim's and eglot's menus) lists both
  // kinds together, so the source kind is added only when asked for by name or when no quick fix holds it.
  const askedForSource = request.only !== undefined && request.only.length > 0;
  const offerAsSource =
    kindRequested(FIX_ALL_KIND, request.only) && fixableCount > 0 && (askedForSource || !offerInQuickFixes);
  if (offerInQuickFixes || offerAsSource) {
    const edit = computeFixAllEdit(document, findings);
    if (edit) {
      const changes = { [document.uri]: [edit] };
      if (offerInQuickFixes) actions.push({ title: FIX_ALL_TITLE, kind: CodeActionKind.QuickFix, edit: { changes } });
      if (offerAsSource) actions.push({ title: FIX_ALL_TITLE, kind: FIX_ALL_KIND, edit: { changes } });
    }
  }
  // Fixes first: suppressing a finding is the last resort.
  return [...actions, ...suppressions];
}
