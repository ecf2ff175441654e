// JUnit XML, the test report format CI systems display (Jenkins, GitLab, Azure DevOps): one test suite per file,
// one failed test case per finding (type = severity), and one passing case for a file without findings, as
// ESLint's junit formatter did.
import { oneBased, type Formatter } from './file-result.js';
import { XML_DECLARATION, xmlText } from './xml.js';

export const formatJunit: Formatter = (results) => {
  const failures = results.reduce((n, r) => n + r.diagnostics.length, 0);
  const tests = results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  const lines = [
    XML_DECLARATION,
    `<testsuites name="buildcontent" tests="${tests}" failures="${failures}" errors="0">`,
  ];
  for (const result of results) {
    const path = xmlText(result.path);
    lines.push(
      `  <testsuite name="${path}" tests="${Math.max(1, result.diagnostics.length)}" failures="${result.diagnostics.length}" errors="0">`,
    );
    if (result.diagnostics.length === 0) lines.push(`    <testcase name="${path}" classname="${path}"/>`);
    for (const d of result.diagnostics) {
      const { line, column } = oneBased(d);
      const where = `${path}:${line}:${column}`;
      lines.push(`    <testcase name="${where} ${xmlText(d.code)}" classname="${path}">`);
      lines.push(
        `      <failure message="${xmlText(d.message)}" type="${d.severity}">${where}: ${d.severity}: ${xmlText(d.message)} [${xmlText(d.code)}]</failure>`,
      );
      lines.push('    </testcase>');
    }
    lines.push('  </testsuite>');
  }
  lines.push('</testsuites>');
  return `${lines.join('\n')}\n`;
};
