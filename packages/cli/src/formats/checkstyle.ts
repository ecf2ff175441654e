// Checkstyle XML, which Jenkins (warnings-ng), SonarQube and reviewdog read:
// <checkstyle><file name><error line column severity message source/></file></checkstyle>.
import { oneBased, type Formatter } from './file-result.js';
import { XML_DECLARATION, xmlText } from './xml.js';

const SEVERITY = { error: 'error', warning: 'warning', info: 'info', hint: 'info' } as const;

export const formatCheckstyle: Formatter = (results) => {
  const lines = [XML_DECLARATION, '<checkstyle version="4.3">'];
  for (const result of results) {
    lines.push(`  <file name="${xmlText(result.path)}">`);
    for (const d of result.diagnostics) {
      const { line, column } = oneBased(d);
      lines.push(
        `    <error line="${line}" column="${column}" severity="${SEVERITY[d.severity]}" message="${xmlText(d.message)}" source="buildcontent.${xmlText(d.code)}"/>`,
      );
    }
    lines.push('  </file>');
  }
  lines.push('</checkstyle>');
  return `${lines.join('\n')}\n`;
};
