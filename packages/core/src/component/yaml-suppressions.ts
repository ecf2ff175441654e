// Suppression comments in YAML components, the same pragmas as in templates:
//   # buildcontent-ignore CODE[,CODE...] [# reason]        findings on the next line that is not blank or a comment
//   # buildcontent-ignore-file CODE[,CODE...] [# reason]   the whole file
import { PRAGMA, type SuppressionTest } from '../checks/suppressions.js';
import type { LineIndex } from '../syntax/line-index.js';

export function yamlSuppressionsOf(text: string, lines: LineIndex): SuppressionTest {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  let pending: string[] | undefined;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = text.slice(lines.lineStarts[line], lines.lineContentEnd(line)).trim();
    if (content === '') continue;
    if (content.startsWith('#')) {
      const match = PRAGMA.exec(content);
      if (!match) continue;
      const codes = match[2].split(/[\s,]+/).filter(Boolean);
      if (match[1]) codes.forEach((code) => fileWide.add(code));
      else pending = [...(pending ?? []), ...codes];
      continue;
    }
    if (pending) byLine.set(line, new Set(pending));
    pending = undefined;
  }
  if (fileWide.size === 0 && byLine.size === 0) return () => false;
  return (code, ruleId, line) => fileWide.has(code) || fileWide.has(ruleId) || Boolean(byLine.get(line)?.has(code) || byLine.get(line)?.has(ruleId));
}
