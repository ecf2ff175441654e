import type { RunLikeCommand } from '../../syntax/ast.js';
import { defineRule } from '../rule.js';

// Package managers that prompt unless told not to, and the flags that tell them.
const MANAGERS: Array<{ names: RegExp; subcommands: RegExp; yes: RegExp; insert: string }> = [
  { names: /^(apt-get|apt|aptitude)$/, subcommands: /^(install|upgrade|dist-upgrade|remove|purge|full-upgrade|autoremove)$/, yes: /^(-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes|-qq)$/, insert: '-y' },
  { names: /^(yum|dnf|microdnf|tdnf)$/, subcommands: /^(install|update|upgrade|remove|erase|groupinstall|reinstall|localinstall|downgrade)$/, yes: /^(-[a-zA-Z]*y[a-zA-Z]*|--assumeyes)$/, insert: '-y' },
  { names: /^zypper$/, subcommands: /^(install|in|update|up|remove|rm|dist-upgrade|dup|patch)$/, yes: /^(-n|--non-interactive|--no-confirm|-y)$/, insert: '-n' },
];

/** Splits shell text into simple commands at ; && || | and newlines, keeping offsets. */
function simpleCommands(text: string): Array<Array<{ word: string; start: number }>> {
  const out: Array<Array<{ word: string; start: number }>> = [[]];
  const re = /(&&|\|\||[;|&()\n])|("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s;&|()"'\\]|\\.)+)/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) out.push([]);
    else out[out.length - 1].push({ word: m[2], start: m.index });
  }
  return out.filter((c) => c.length > 0);
}

export const packageInstallYes = defineRule({
  id: 'package-install-yes',
  codes: ['package-install-without-yes'],
  severity: 'warning',
  description: 'apt-get, yum, dnf and zypper run non-interactively (-y / -n), or the build waits for an answer until it times out.',
  commands: {
    RUN: (command: RunLikeCommand, context) => {
      const shell = command.shell;
      if (!shell) return;
      for (const words of simpleCommands(shell.text)) {
        let i = 0;
        while (i < words.length && (/^[A-Za-z_][A-Za-z0-9_]*=/.test(words[i].word) || words[i].word === 'sudo' || words[i].word === 'env')) i++;
        const manager = MANAGERS.find((m) => m.names.test(words[i]?.word ?? ''));
        if (!manager) continue;
        const sub = words.slice(i + 1).find((w) => !w.word.startsWith('-'));
        if (!sub || !manager.subcommands.test(sub.word)) continue;
        if (words.slice(i + 1).some((w) => manager.yes.test(w.word))) continue;
        // Offsets inside `shell.text` map to the source only when the command sits on one line; otherwise
        // point at the whole RUN content and offer no edit.
        const oneLine = shell.range.start.line === shell.range.end.line;
        const start = shell.offset + words[i].start;
        const subEnd = shell.offset + sub.start + sub.word.length;
        const range = oneLine ? context.range(start, subEnd) : shell.range;
        context.report({
          code: 'package-install-without-yes',
          message: `${words[i].word} ${sub.word} without ${manager.insert} waits for a confirmation that never comes on the build instance; add ${manager.insert}.`,
          range,
          // A suggestion only: answering yes changes what the command does (it installs instead of stopping).
          suggestions: oneLine ? [{ title: `Add ${manager.insert} (answers yes to every prompt)`, edits: [{ range: context.range(subEnd, subEnd), newText: ` ${manager.insert}` }] }] : undefined,
        });
      }
    },
  },
});
