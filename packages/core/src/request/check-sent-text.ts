// What is sent is what was checked: the request builder lints the BuildContent exactly as it will be sent
// (comments, directives and blanks stripped, `# escape=\`` continuations rewritten), and a suppression comment,
// which is an editor and CI convenience, never hides a refusal the service documents.
import type { Diagnostic } from '../checks/diagnostic.js';
import { lint } from '../checks/registry.js';
import { suppressionsOf } from '../checks/suppressions.js';
import type { LintOptions } from '../options.js';
import type { Command, Position, Range, Template } from '../syntax/ast.js';
import { LineIndex } from '../syntax/line-index.js';
import { parse } from '../syntax/parse.js';
import { sentText, type SentText } from '../syntax/sent-text.js';
import { OWN_CODES, PARAMETERS_DOC, codeAnchor } from './parameters.js';

/** `Xxx.Yyy`: the shape of the service's error codes (ours are kebab-case; see docs/decisions.md). */
export const SERVICE_CODE = /^[A-Z][A-Za-z]*\.[A-Za-z][A-Za-z0-9.]*$/;

/** A command as the service reads it: keyword, flags, and every argument's value (quotes and escapes resolved). */
function meaning(command: Command): string {
  const parts: string[] = [command.keyword, ...command.flags.map((f) => f.text), ...command.args.map((a) => a.value)];
  if ('shell' in command && command.shell) parts.push(command.shell.text);
  if ('exec' in command && command.exec) parts.push(...command.exec.elements.map((e) => e.value));
  if ('pairs' in command)
    parts.push(...command.pairs.flatMap((p) => [p.key.value, p.equals ? '=' : ' ', p.value?.value ?? '']));
  return JSON.stringify(parts);
}

/** The first command of the template that the sent text reads differently, or -1 when all read the same. */
function firstChangedCommand(template: Template, sent: Template): number {
  const count = Math.max(template.commands.length, sent.commands.length);
  for (let i = 0; i < count; i++) {
    const a = template.commands[i];
    const b = sent.commands[i];
    if (!a || !b || meaning(a) !== meaning(b)) return i;
  }
  return -1;
}

/** Maps a position of the sent text back to the template: kept lines keep their columns. */
function sourceRange(range: Range, sent: SentText, templateLines: LineIndex): Range {
  const map = (position: Position) => {
    const piece = sent.pieces[Math.min(position.line, sent.pieces.length - 1)];
    const width = piece.text.endsWith('\n') ? piece.text.length - 1 : piece.text.length;
    return templateLines.positionAt(piece.offset + Math.min(position.character, width));
  };
  return { start: map(range.start), end: map(range.end) };
}

const samePlace = (a: Range, b: Range) => a.start.line === b.start.line && a.start.character === b.start.character;

/**
 * Under `# escape=\``, the sent text writes continuations as `\`: an error on the directive when a command would
 * then read differently (no request is built), else undefined.
 */
export function escapeRewriteProblem(
  template: Template,
  sent: SentText,
  sentTemplate = parse(sent.text),
): Diagnostic | undefined {
  if (!sent.escapeRewritten) return undefined;
  const changed = firstChangedCommand(template, sentTemplate);
  if (changed === -1) return undefined;
  const command = template.commands[Math.min(changed, template.commands.length - 1)];
  const directive = template.directives.find((d) => d.name === 'escape')!;
  return {
    code: OWN_CODES.escapeNotSendable,
    severity: 'error',
    message: `The template uses # escape=\`, which the service does not document; written with the \\ continuations it does document, ${command ? `${command.keyword} on line ${command.range.start.line + 1}` : 'the template'} would read differently, so no request is built. Remove the directive and write \\ continuations.`,
    range: directive.range,
    rule: 'request',
    href: `${PARAMETERS_DOC}#${codeAnchor(OWN_CODES.escapeNotSendable)}`,
  };
}

/**
 * The errors of the BuildContent as sent that the template's own findings do not already show: each placed in
 * the template. A finding that a suppression comment hides stays hidden when the code is ours, and stops the
 * request when the code is the service's (the service will refuse it whatever the comment says).
 */
function checkSentText(
  template: Template,
  sent: SentText,
  templateFindings: readonly Diagnostic[],
  options: LintOptions,
): Diagnostic[] {
  if (sent.pieces.length === 0) return [];
  const templateLines = new LineIndex(template.text);
  const sentTemplate = parse(sent.text);

  // Findings on a text that means something else would mislead: the rewrite problem alone.
  const rewrite = escapeRewriteProblem(template, sent, sentTemplate);
  if (rewrite) return [rewrite];

  const suppressed = suppressionsOf(template);
  const out: Diagnostic[] = [];
  for (const finding of lint(sentTemplate, options, { ignoreSuppressions: true })) {
    if (finding.severity !== 'error') continue;
    // Edits made on the sent text do not apply to the template: the finding is reported without them.
    const { fix: _fix, suggestions: _suggestions, ...plain } = finding;
    const range = sourceRange(finding.range, sent, templateLines);
    if (templateFindings.some((d) => d.code === finding.code && samePlace(d.range, range))) continue;
    if (suppressed(finding.code, finding.rule, range.start.line)) {
      if (!SERVICE_CODE.test(finding.code)) continue;
      out.push({
        ...plain,
        range,
        message: `${finding.message} A buildcontent-ignore comment hides this in the editor and in lint, but the service refuses ${finding.code}: no request is built.`,
      });
      continue;
    }
    out.push({ ...plain, range, message: `In the BuildContent as sent: ${finding.message}` });
  }
  return out;
}

/**
 * A template as it will be sent (BuildContent, TestContent) and that text's own findings, the ones the template's
 * findings do not show: the one path both the request builder and the test template take.
 */
export function lintAsSent(
  template: Template,
  templateFindings: readonly Diagnostic[],
  options: LintOptions,
): { sent: SentText; diagnostics: Diagnostic[] } {
  const sent = sentText(template, { keepComments: options.keepComments });
  return { sent, diagnostics: checkSentText(template, sent, templateFindings, options) };
}
