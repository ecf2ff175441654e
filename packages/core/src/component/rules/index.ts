// The component rules: YAML component rules, the rules a Dockerfile-format component adds to (or uses
// instead of) the template rules, and the COMPONENT call-site rule.
import type { Rule } from '../../checks/rule.js';
import { componentReference } from '../../checks/rules/component-reference.js';
import { contentLength } from '../../checks/rules/content-length.js';
import { fromContent } from '../../checks/rules/from-content.js';
import { fromDuplicate } from '../../checks/rules/from-duplicate.js';
import { fromIgnored } from '../../checks/rules/from-ignored.js';
import { fromOrder } from '../../checks/rules/from-order.js';
import { allRules } from '../../checks/rules/index.js';
import type { YamlComponentRule } from '../component-rule.js';
import { componentAction } from './component-action.js';
import { componentCall } from './component-call.js';
import { componentCommand } from './component-command.js';
import { componentContentEmpty, componentContentEmptyCommands } from './component-content-empty.js';
import { componentContentLength, componentContentLengthCommands } from './component-content-length.js';
import { componentFrom } from './component-from.js';
import { componentParameters } from './component-parameters.js';
import { componentPlaceholder, componentPlaceholderCommands } from './component-placeholder.js';
import { componentProperties } from './component-properties.js';
import { componentSystemType, componentSystemTypeCommands } from './component-system-type.js';
import { componentTaskName } from './component-task-name.js';
import { componentTasks } from './component-tasks.js';
import { componentYamlSyntax } from './component-yaml-syntax.js';

export const yamlComponentRules: YamlComponentRule[] = [
  componentYamlSyntax,
  componentContentEmpty,
  componentContentLength,
  componentTasks,
  componentTaskName,
  componentAction,
  componentProperties,
  componentParameters,
  componentPlaceholder,
  componentSystemType,
];

/** Template rules that do not apply to a component: FROM is refused outright, COMPONENT too, and the length has its own code. */
const REPLACED = new Set<Rule>([contentLength, fromContent, fromDuplicate, fromOrder, fromIgnored, componentReference]);

/** The rules of a Dockerfile-format component: the template rules (the 127-command limit included) with the component ones. */
export const dockerfileComponentRules: Rule[] = [
  ...allRules.filter((rule) => !REPLACED.has(rule)),
  componentContentEmptyCommands,
  componentContentLengthCommands,
  componentFrom,
  componentCommand,
  componentPlaceholderCommands,
  componentSystemTypeCommands,
];

/** One entry per component rule id, for `buildcontent rules`, settings and suppression comments. */
export const componentRuleInfos: Array<Pick<Rule, 'id' | 'codes' | 'severity' | 'description' | 'href'>> = [
  ...yamlComponentRules,
  componentFrom,
  componentCommand,
  componentCall,
];
