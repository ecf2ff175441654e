// Suppression comments, as hadolint users expect them:
//   # buildcontent-ignore CODE[,CODE...] [# reason]        the next command only
//   # buildcontent-ignore-file CODE[,CODE...] [# reason]   the whole file
// CODE is a diagnostic code or a rule id. The comments are stripped with the others when the request is emitted.
import type { Template } from '../syntax/ast.js';

export const PRAGMA = /^#\s*buildcontent-ignore(-file)?\s+([^#]+?)\s*(?:#.*)?$/;

export type SuppressionTest = (code: string, ruleId: string, line: number) => boolean;

export function suppressionsOf(template: Template): SuppressionTest {
  const fileWide = new Set<string>();
  // line -> codes suppressed for the command that starts on or spans that line
  const byCommand: Array<{ start: number; end: number; codes: Set<string> }> = [];
  for (const comment of template.comments) {
    const match = PRAGMA.exec(comment.text);
    if (!match) continue;
    const codes = match[2].split(/[\s,]+/).filter(Boolean);
    if (match[1]) {
      codes.forEach((c) => fileWide.add(c));
      continue;
    }
    const next = template.commands.find((c) => c.range.start.line > comment.range.start.line);
    if (next) byCommand.push({ start: next.range.start.line, end: next.range.end.line, codes: new Set(codes) });
  }
  if (fileWide.size === 0 && byCommand.length === 0) return () => false;
  return (code, ruleId, line) =>
    fileWide.has(code) ||
    fileWide.has(ruleId) ||
    byCommand.some((s) => line >= s.start && line <= s.end && (s.codes.has(code) || s.codes.has(ruleId)));
}
