// Dockerfile-format components: the template rules, with the component rules of spec §1.1.
import { describe, expect, it } from 'vitest';
import { lintDockerfileComponent } from '../../src/index.js';
import { catchesIn, passesIn } from './component-kit.js';

const catches = (source: string, code: string, options?: { systemType?: string }) =>
  catchesIn('dockerfile', source, code, options);
const passes = (source: string, code: string, options?: { systemType?: string }) =>
  passesIn('dockerfile', source, code, options);

describe('NotSupportedCommand.FROM', () => {
  catches('«FROM» IMAGE:m-bp1\nRUN a', 'NotSupportedCommand.FROM');
  catches('RUN a\n«from» IMAGE:m-bp1', 'NotSupportedCommand.FROM');
  passes('RUN a', 'NotSupportedCommand.FROM');
  it('the template FROM rules do not run on a component', () => {
    const codes = lintDockerfileComponent('RUN a\nFROM x\nFROM y').map((d) => d.code);
    expect(codes).toEqual(['NotSupportedCommand.FROM', 'NotSupportedCommand.FROM']);
  });
});

describe('InvalidCommand.Component', () => {
  catches('RUN a\n«COMPONENT» ic-bp1234 --x 1', 'InvalidCommand.Component');
  passes('RUN a', 'InvalidCommand.Component');
  it('no component-reference warning on top', () => {
    expect(lintDockerfileComponent('COMPONENT foo').map((d) => d.code)).toEqual(['InvalidCommand.Component']);
  });
});

describe('InvalidContent.LengthExceeded', () => {
  catches(`«RUN echo ${'中'.repeat(6000)}»`, 'InvalidContent.LengthExceeded');
  passes(`RUN echo ${'x'.repeat(16000)}`, 'InvalidContent.LengthExceeded');
  it('the template code is not used for a component', () => {
    expect(lintDockerfileComponent(`RUN echo ${'x'.repeat(17000)}`).map((d) => d.code)).toEqual([
      'InvalidContent.LengthExceeded',
    ]);
  });
});

describe('InvalidImageTemplateCommandSize.ExceededMaxNumber', () => {
  const runs = Array.from({ length: 129 }, (_, i) => `RUN echo ${i}`);
  runs[127] = `«${runs[127]}`;
  catches(`${runs.join('\n')}»`, 'InvalidImageTemplateCommandSize.ExceededMaxNumber');
});

describe('MissingParameter.Content', () => {
  catches('«# nothing but a comment\n»', 'MissingParameter.Content');
  passes('RESTART', 'MissingParameter.Content');
});

describe('component-placeholder', () => {
  catches('RUN echo «{{ name }}»', 'component-placeholder');
  catches('RUN echo a \\\n  «{{x}}»', 'component-placeholder');
  passes('RUN echo ${HOME} {x}', 'component-placeholder');
});

describe('component-system-type', () => {
  catches('«RUN» a\nRUN b', 'component-system-type', { systemType: 'Windows' });
  passes('RUN a', 'component-system-type', { systemType: 'Linux' });
});

describe('the template rules still apply', () => {
  catches('«RUN»', 'EmptyCommandContent.RUN');
  catches('«ADD» a b', 'InvalidImageTemplateCommand.NotSupported');
  it('a clean component has no finding', () => {
    expect(lintDockerfileComponent('RUN yum update -y\r\nENV A="b"\r\nRESTART\r\n')).toEqual([]);
  });
});
