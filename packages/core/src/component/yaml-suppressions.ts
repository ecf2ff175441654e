// Suppression comments in YAML components, the same pragmas as in templates:
//   # buildcontent-ignore CODE[,CODE...] [# reason]        findings on the next line that is not blank or a comment
//   # buildcontent-ignore-file CODE[,CODE...] [# reason]   the whole file
import { readSuppression, type SuppressionTest } from '../checks/suppressions.js';
import type { LineIndex } from '../syntax/line-index.js';

export function yamlSuppressionsOf(text: string, lines: LineIndex): SuppressionTest {
  const fileWide = new Set<string>();
  const byLine = new Map<number, Set<string>>();
  let pending: string[] | undefined;
  for (let line = 0; line < lines.lineCount; line++) {
    const content = text.slice(lines.lineStarts[line], lines.lineContentEnd(line)).trim();
    if (content === '') continue;
    if (content.startsWith('#')) {
      const found = readSuppression(content);
      if (!found) continue;
      const codes = found.codes.map((entry) => entry.code);
      if (found.fileWide) codes.forEach((code) => fileWide.add(code));
      else pending = [...(pending ?? []), ...codes];
      continue;
    }
    if (pending) byLine.set(line, new Set(pending));
    pending = undefined;
  }
  if (fileWide.size === 0 && byLine.size === 0) return () => false;
  return (code, ruleId, line) =>
    fileWide.has(code) || fileWide.has(ruleId) || Boolean(byLine.get(line)?.has(code) || byLine.get(line)?.has(ruleId));
}
