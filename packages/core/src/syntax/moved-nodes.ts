// Copies of AST nodes moved by an edit before them: offsets by the edit's length, lines by the lines it added or
// removed (characters do not change: the edit ended on an earlier line). Written per node type as literals in the
// AST builder's key order (same hidden classes for the checks); a generic walk of the keys, or object spreads,
// cost three to five times as much for the few thousand nodes after an edit near the top of a 16 KB template.
// The property test of the incremental re-parse compares whole templates (keys set to undefined included), so a
// field of the AST this file does not copy shows there as a difference.
import type {
  Command,
  Comment,
  ComponentParameter,
  ComponentReference,
  Flag,
  KeyValuePair,
  Located,
  Range,
  TextNode,
} from './ast.js';

export class NodeMover {
  constructor(
    private readonly delta: number,
    private readonly lineDelta: number,
  ) {}

  range(range: Range): Range {
    const lines = this.lineDelta;
    // Ranges are shared when no line moved: the AST is not changed after parsing.
    if (lines === 0) return range;
    return {
      start: { line: range.start.line + lines, character: range.start.character },
      end: { line: range.end.line + lines, character: range.end.character },
    };
  }

  private located(node: Located): Located {
    return { range: this.range(node.range), offset: node.offset + this.delta, endOffset: node.endOffset + this.delta };
  }

  text(node: TextNode): TextNode {
    return {
      range: this.range(node.range),
      offset: node.offset + this.delta,
      endOffset: node.endOffset + this.delta,
      text: node.text,
      value: node.value,
    };
  }

  comment(comment: Comment): Comment {
    return {
      offset: comment.offset + this.delta,
      endOffset: comment.endOffset + this.delta,
      range: this.range(comment.range),
      text: comment.text,
    };
  }

  private texts(nodes: TextNode[]): TextNode[] {
    const out: TextNode[] = [];
    for (const node of nodes) out.push(this.text(node));
    return out;
  }

  private flag(flag: Flag): Flag {
    return {
      range: this.range(flag.range),
      offset: flag.offset + this.delta,
      endOffset: flag.endOffset + this.delta,
      text: flag.text,
      name: flag.name,
      value: flag.value,
    };
  }

  private pair(pair: KeyValuePair): KeyValuePair {
    const range = this.range(pair.range);
    const offset = pair.offset + this.delta;
    const endOffset = pair.endOffset + this.delta;
    const key = this.text(pair.key);
    const value = pair.value && this.text(pair.value);
    const { form, unterminatedQuote } = pair;
    if (pair.equals) {
      const equals = this.located(pair.equals);
      return { range, offset, endOffset, key, equals, value, form, unterminatedQuote };
    }
    // The builder's shapes: the legacy form has a `value` key, a key without `=` has none.
    if ('value' in pair) return { range, offset, endOffset, key, value, form, unterminatedQuote };
    return { range, offset, endOffset, key, form, unterminatedQuote };
  }

  private reference(reference: ComponentReference): ComponentReference {
    const { text, value, type } = reference;
    const range = this.range(reference.range);
    const offset = reference.offset + this.delta;
    const endOffset = reference.endOffset + this.delta;
    // The ARN's parts are strings: shared.
    if ('arn' in reference) return { range, offset, endOffset, text, value, type, arn: reference.arn };
    return { range, offset, endOffset, text, value, type };
  }

  /** A parameter's flag and value are words of the command's `args` (or slices of one): the moved words are used. */
  private parameter(parameter: ComponentParameter, args: TextNode[], movedArgs: TextNode[]): ComponentParameter {
    const flagAt = args.indexOf(parameter.flag);
    const flag = flagAt === -1 ? this.text(parameter.flag) : movedArgs[flagAt];
    const valueAt = parameter.value ? args.indexOf(parameter.value) : -1;
    const value = parameter.value && (valueAt === -1 ? this.text(parameter.value) : movedArgs[valueAt]);
    const { name } = parameter;
    const offset = parameter.offset + this.delta;
    const endOffset = parameter.endOffset + this.delta;
    // `--name=value`: the word's own keys first, `text` included (see the builder).
    if ('text' in parameter) {
      const range = this.range(parameter.range);
      return { range, offset, endOffset, text: parameter.text, value, flag, name } as ComponentParameter;
    }
    const range = this.range(parameter.range);
    return { offset, endOffset, range, flag, name, value };
  }

  command(command: Command): Command {
    const lines = this.lineDelta;
    const args = this.texts(command.args);
    const moved = {
      keyword: command.keyword,
      keywordNode: this.text(command.keywordNode),
      content: command.content && this.text(command.content),
      flags: command.flags.length === 0 ? [] : command.flags.map((flag) => this.flag(flag)),
      args,
      offset: command.offset + this.delta,
      endOffset: command.endOffset + this.delta,
      range: this.range(command.range),
      emptyContinuationLines:
        lines === 0 || command.emptyContinuationLines.length === 0
          ? command.emptyContinuationLines
          : command.emptyContinuationLines.map((line) => line + lines),
      innerComments: command.innerComments.length === 0 ? [] : command.innerComments.map((c) => this.comment(c)),
      continuesAtEof: command.continuesAtEof,
      kind: command.kind,
    } as Command;
    switch (command.kind) {
      case 'RUN':
      case 'CMD':
      case 'ENTRYPOINT': {
        const run = moved as typeof command;
        run.form = command.form;
        if (command.exec) {
          // The exec form's elements are the command's args (one array).
          const elements = command.exec.elements === command.args ? args : this.texts(command.exec.elements);
          run.exec = { ...this.located(command.exec), elements };
        }
        if ('shell' in command) run.shell = command.shell && this.text(command.shell);
        break;
      }
      case 'ENV':
      case 'LABEL':
        (moved as typeof command).pairs = command.pairs.map((pair) => this.pair(pair));
        break;
      case 'COPY':
        (moved as typeof command).operands = command.operands === command.args ? args : this.texts(command.operands);
        break;
      case 'COMPONENT': {
        const component = moved as typeof command;
        component.reference = command.reference && this.reference(command.reference);
        component.parameters = command.parameters.map((p) => this.parameter(p, command.args, args));
        break;
      }
      case 'FROM': {
        const from = moved as typeof command;
        if ('sourceType' in command) {
          from.sourceType = command.sourceType && this.text(command.sourceType);
          from.image = command.image && this.text(command.image);
        }
        break;
      }
      default:
        break;
    }
    return moved;
  }
}
