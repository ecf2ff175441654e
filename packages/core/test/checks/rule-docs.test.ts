// Every rule has its documentation page beside it and a row in docs/rules.md; every code is on its page.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rules } from '../../src/index.js';

const rulesDir = resolve(__dirname, '../../src/checks/rules');
const index = readFileSync(resolve(__dirname, '../../../../docs/rules.md'), 'utf8');

describe('rule documentation', () => {
  for (const rule of rules) {
    it(`${rule.id}: page beside the rule, codes on it, row in docs/rules.md, href to it`, () => {
      const page = resolve(rulesDir, `${rule.id}.md`);
      expect(existsSync(page)).toBe(true);
      expect(existsSync(resolve(rulesDir, `${rule.id}.ts`))).toBe(true);
      const text = readFileSync(page, 'utf8');
      expect(text.startsWith(`# ${rule.id}\n`)).toBe(true);
      for (const code of rule.codes) {
        expect(text, `${code} on ${rule.id}.md`).toContain(`\`${code}\``);
        expect(index).toContain(`\`${code}\``);
      }
      expect(index).toContain(`[${rule.id}](../packages/core/src/checks/rules/${rule.id}.md)`);
      expect(rule.href.endsWith(`/packages/core/src/checks/rules/${rule.id}.md`)).toBe(true);
    });
  }
});
