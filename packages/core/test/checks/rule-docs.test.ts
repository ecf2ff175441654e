// Every rule has its documentation page beside it and a row in docs/rules.md; every code is on its page.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';

const repoRoot = resolve(__dirname, '../../../..');
const index = readFileSync(resolve(__dirname, '../../../../docs/rules.md'), 'utf8');

describe('rule documentation', () => {
  for (const rule of rules) {
    it(`${rule.id}: page beside the rule, codes on it, row in docs/rules.md, href to it`, () => {
      // Template rules live in checks/rules/, component rules in component/rules/: the href says where.
      const page = resolve(repoRoot, rule.href.split('/blob/main/')[1]);
      const dir = page.slice(repoRoot.length + 1, -`/${rule.id}.md`.length);
      expect(['packages/core/src/checks/rules', 'packages/core/src/component/rules']).toContain(dir);
      expect(existsSync(page)).toBe(true);
      expect(existsSync(page.replace(/\.md$/, '.ts'))).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.startsWith(`# ${rule.id}\n`)).toBe(true);
      for (const code of rule.codes) {
        expect(text, `${code} on ${rule.id}.md`).toContain(`\`${code}\``);
        expect(index).toContain(`\`${code}\``);
      }
      expect(index).toContain(`[${rule.id}](../${dir}/${rule.id}.md)`);
    });
  }
});
