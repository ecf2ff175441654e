import type { RunLikeCommand } from '../../syntax/ast.js';
import { defineRule } from '../rule.js';

interface Word {
  word: string;
  start: number;
}

/**
 * A package manager that prompts unless told not to. `yes` flags count anywhere after the manager's name;
 * `globalYes` flags only before the subcommand (zypper's `-n` after `in` means `--name`); `noPrompt` flags make
 * the command not prompt at all (dry runs); `withArgument` options take the next word as their value.
 */
interface Manager {
  names: string[];
  subcommands: RegExp;
  /** Subcommands whose next word is the real subcommand (`yum group install`). */
  groups?: RegExp;
  yes: RegExp;
  globalYes?: RegExp;
  noPrompt?: RegExp;
  withArgument: RegExp;
  /** `-o Key=value` / `--setopt key=value` settings that answer yes. */
  yesSetting?: { option: RegExp; setting: RegExp };
  insert: string;
  /** Where the suggestion inserts the flag: after the subcommand, or after the manager's name (global flags). */
  insertAfter: 'subcommand' | 'name';
}

const MANAGERS: Manager[] = [
  {
    names: ['apt-get', 'apt', 'aptitude'],
    subcommands: /^(install|upgrade|dist-upgrade|remove|purge|full-upgrade|autoremove|autopurge|reinstall|build-dep)$/,
    yes: /^(-[a-zA-Z]*y[a-zA-Z]*|--yes|--assume-yes|-qq|--force-yes)$/,
    noPrompt: /^(-[a-zA-Z]*s[a-zA-Z]*|--simulate|--just-print|--dry-run|--recon|--no-act)$/,
    withArgument: /^(-o|-c|-t|--option|--config-file|--target-release|--default-release)$/,
    yesSetting: { option: /^(-o|--option)$/, setting: /^APT::Get::Assume-Yes=(true|yes|1|on|enable|with)$/i },
    insert: '-y',
    insertAfter: 'subcommand',
  },
  {
    names: ['yum', 'dnf', 'microdnf', 'tdnf'],
    subcommands:
      /^(install|update|upgrade|update-minimal|upgrade-minimal|remove|erase|autoremove|distro-sync|groupinstall|groupupdate|groupremove|grouperase|reinstall|localinstall|localupdate|downgrade|swap)$/,
    groups: /^(group|groups|module)$/,
    yes: /^(-[a-zA-Z]*y[a-zA-Z]*|--assumeyes)$/,
    noPrompt: /^(--assumeno|--downloadonly)$/,
    withArgument:
      /^(-c|-d|-e|-R|-x|--config|--setopt|--enablerepo|--disablerepo|--repo|--repoid|--exclude|--installroot|--releasever)$/,
    yesSetting: { option: /^--setopt$/, setting: /^assumeyes=(1|true|yes|on)$/i },
    insert: '-y',
    insertAfter: 'subcommand',
  },
  {
    names: ['zypper'],
    subcommands:
      /^(install|in|update|up|remove|rm|dist-upgrade|dup|patch|source-install|si|verify|ve|install-new-recommends|inr)$/,
    yes: /^(--non-interactive|--no-confirm|-y)$/,
    globalYes: /^(-n)$/,
    noPrompt: /^(-D|--dry-run)$/,
    withArgument:
      /^(-c|-C|-D|-R|--config|--root|--reposd-dir|--cache-dir|--raw-cache-dir|--solv-cache-dir|--pkg-cache-dir)$/,
    insert: '-n',
    insertAfter: 'name',
  },
];

const MANAGER_BY_NAME = new Map(MANAGERS.flatMap((m) => m.names.map((name) => [name, m] as const)));
/** Every manager's name holds one of these. */
const MANAGER_HINT = /apt|yum|dnf|zypper/;

/** Simple commands of shell text (split at ; && || | & ( ) and newlines), each with the operator before it. */
function simpleCommands(text: string): Array<{ words: Word[]; after: string }> {
  const out: Array<{ words: Word[]; after: string }> = [{ words: [], after: '' }];
  const re = WORD_OR_OPERATOR;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m[1]) out.push({ words: [], after: m[1] });
    else out[out.length - 1].words.push({ word: m[2], start: m.index });
  }
  return out;
}

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const GLUED_OPTION = /^(-o|--option=|--setopt=)(.+)$/;
// Made once: a regex literal in a function is a new object at every call.
const WORD_OR_OPERATOR = /(&&|\|\||[;|&()\n])|("(?:[^"\\]|\\.)*"|'[^']*'|(?:[^\s;&|()"'\\]+|\\.)+)/g;

/** Skips `VAR=value`, `sudo` and `env` prefixes; the index of the command's name. */
function commandNameIndex(words: Word[]): number {
  let i = 0;
  while (i < words.length && (ASSIGNMENT.test(words[i].word) || words[i].word === 'sudo' || words[i].word === 'env'))
    i++;
  return i;
}

/** The subcommand (the first word that is neither an option nor an option's value), or undefined. */
function subcommandOf(words: Word[], manager: Manager): { index: number; word: Word } | undefined {
  for (let j = 0; j < words.length; j++) {
    const word = words[j].word;
    if (word.startsWith('-')) {
      if (manager.withArgument.test(word)) j++;
      continue;
    }
    if (manager.groups?.test(word) && j + 1 < words.length) return { index: j + 1, word: words[j + 1] };
    return { index: j, word: words[j] };
  }
  return undefined;
}

/** The command line answers prompts itself, or never prompts. */
function isNonInteractive(args: Word[], subIndex: number, manager: Manager): boolean {
  return args.some((w, j) => {
    if (manager.yes.test(w.word) || manager.noPrompt?.test(w.word)) return true;
    if (j < subIndex && manager.globalYes?.test(w.word)) return true;
    const setting = manager.yesSetting;
    if (!setting) return false;
    // `-o Key=value`, `-oKey=value`, `--option=Key=value`
    if (setting.option.test(w.word) && args[j + 1] && setting.setting.test(args[j + 1].word)) return true;
    const glued = GLUED_OPTION.exec(w.word);
    return glued !== null && setting.setting.test(glued[2]);
  });
}

export const packageInstallYes = defineRule({
  id: 'package-install-yes',
  codes: ['package-install-without-yes'],
  severity: 'warning',
  description:
    'apt-get, yum, dnf and zypper run non-interactively (-y / -n), or the build waits for an answer until it times out.',
  commands: {
    RUN: (command: RunLikeCommand, context) => {
      const shell = command.shell;
      // Most RUN commands name no manager, and need no splitting.
      if (!shell || !MANAGER_HINT.test(shell.text)) return;
      const commands = simpleCommands(shell.text);
      commands.forEach(({ words, after }, index) => {
        const i = commandNameIndex(words);
        const manager = words[i] && MANAGER_BY_NAME.get(words[i].word);
        if (!manager) return;
        // `yes | apt-get install x`: the pipe answers every prompt.
        const previous = commands[index - 1];
        if (after === '|' && previous && previous.words[commandNameIndex(previous.words)]?.word === 'yes') return;
        const args = words.slice(i + 1);
        const found = subcommandOf(args, manager);
        if (!found || !manager.subcommands.test(found.word.word)) return;
        if (isNonInteractive(args, found.index, manager)) return;
        const sub = found.word;
        // Offsets inside `shell.text` map to the source only when the command sits on one line; otherwise
        // point at the whole RUN content and offer no edit.
        const oneLine = shell.range.start.line === shell.range.end.line;
        const start = shell.offset + words[i].start;
        const subEnd = shell.offset + sub.start + sub.word.length;
        const insertAt = manager.insertAfter === 'name' ? start + words[i].word.length : subEnd;
        context.report({
          code: 'package-install-without-yes',
          message: `${words[i].word} ${sub.word} without ${manager.insert} waits for a confirmation that never comes on the build instance; add ${manager.insert}${manager.insertAfter === 'name' ? ` before ${sub.word}` : ''}.`,
          range: oneLine ? context.range(start, subEnd) : shell.range,
          // A suggestion only: answering yes changes what the command does (it installs instead of stopping).
          suggestions: oneLine
            ? [
                {
                  title: `Add ${manager.insert} (answers yes to every prompt)`,
                  edits: [{ range: context.range(insertAt, insertAt), newText: ` ${manager.insert}` }],
                },
              ]
            : undefined,
        });
      });
    },
  },
});
