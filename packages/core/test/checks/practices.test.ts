// Our own codes: what the docs leave open and cheap practices. One line per case, exact ranges, \n and \r\n.
import { describe, expect, it } from 'vitest';
import { lint } from '../../src/index.js';
import { catches, fixes, passes, suggests, suggestsOnly } from '../kit.js';

describe('unsupported-flag', () => {
  catches('COPY «--chown=app:app» ./a /b', 'unsupported-flag');
  catches('RUN «--mount=type=cache» make', 'unsupported-flag');
  passes('COMPONENT ic-1 --port 80', 'unsupported-flag');
  passes('RUN echo --not-a-flag', 'unsupported-flag');
  suggestsOnly('COPY --chown=a ./a /b', 'unsupported-flag', 'COPY ./a /b');
});

describe('parser-directive', () => {
  catches('«# escape=`»\nRUN a `\n  b', 'parser-directive');
  catches('«# syntax=docker/dockerfile:1»\nRUN a', 'parser-directive');
  passes('# a comment\n# escape=`\nRUN a', 'parser-directive');
  suggests('# syntax=docker/dockerfile:1\nRUN a', 'parser-directive', 'RUN a');
  it('honours # escape=` for continuations, as Docker does', () => {
    const commands = lint('# escape=`\nRUN a `\n  b', { severity: { 'parser-directive': 'off' } });
    expect(commands).toEqual([]);
  });
});

describe('heredoc', () => {
  catches('RUN «cat <<EOF > /etc/motd»\nhello\nEOF', 'heredoc');
  catches('RUN «<<-"SCRIPT" bash»', 'heredoc');
  passes('RUN echo "a << b"', 'heredoc');
  passes('RUN cat file 2<&1', 'heredoc');
});

describe('keyword-case', () => {
  catches('«run» echo', 'keyword-case');
  catches('RUN a\n«Copy» a b', 'keyword-case');
  passes('RUN echo', 'keyword-case');
  passes('add a b', 'keyword-case');
  fixes('run echo\nworkdir /x', 'keyword-case', 'RUN echo\nWORKDIR /x');
});

describe('empty-continuation-line / continuation-at-eof', () => {
  catches('RUN a \\\n«  »\n  b', 'empty-continuation-line');
  catches('RUN a \\\n«»\n  b', 'empty-continuation-line');
  passes('RUN a \\\n  b\n\nRUN c', 'empty-continuation-line');
  fixes('RUN a \\\n\n  b', 'empty-continuation-line', 'RUN a \\\n  b');
  catches('RUN a «\\»', 'continuation-at-eof');
  catches('RUN a «\\»\n', 'continuation-at-eof');
  passes('RUN a \\\n  b', 'continuation-at-eof');
  passes('ENV A a\\\\', 'continuation-at-eof');
  fixes('RUN a \\', 'continuation-at-eof', 'RUN a');
});

describe('package-install-without-yes', () => {
  catches('RUN «yum install» nginx', 'package-install-without-yes');
  catches('RUN apt-get update && «apt-get install» curl', 'package-install-without-yes');
  catches('RUN sudo «dnf install» git', 'package-install-without-yes');
  catches('RUN «zypper install» vim', 'package-install-without-yes');
  catches(
    'RUN DEBIAN_FRONTEND=noninteractive «apt-get --no-install-recommends install» curl',
    'package-install-without-yes',
  );
  passes('RUN yum install -y nginx', 'package-install-without-yes');
  passes('RUN apt-get install -qy curl', 'package-install-without-yes');
  passes('RUN dnf --assumeyes install git', 'package-install-without-yes');
  passes('RUN zypper -n install vim', 'package-install-without-yes');
  passes('RUN yum makecache', 'package-install-without-yes');
  passes('RUN echo yum install nginx', 'package-install-without-yes');
  suggestsOnly('RUN yum install nginx', 'package-install-without-yes', 'RUN yum install -y nginx');
  suggestsOnly('RUN zypper in vim', 'package-install-without-yes', 'RUN zypper -n in vim');
});

describe('reboot-in-run', () => {
  catches('RUN yum update -y && «reboot»', 'reboot-in-run');
  catches('RUN «shutdown -r» now', 'reboot-in-run');
  catches('RUN sudo «systemctl reboot»', 'reboot-in-run');
  passes('RUN echo "no reboot needed" > /tmp/x', 'reboot-in-run');
  passes('RUN touch /etc/reboot-required', 'reboot-in-run');
  suggests('RUN reboot\nRUN b', 'reboot-in-run', 'RESTART\nRUN b');
  suggests('RUN yum update -y && reboot\nRUN b', 'reboot-in-run', 'RUN yum update -y\nRESTART\nRUN b');
});

describe('copy-url', () => {
  catches('COPY «https://bucket.oss-cn-hangzhou.aliyuncs.com/a.tgz?Expires=1&Signature=x» /opt/', 'copy-url-query');
  passes('COPY https://example.com/a.tgz /opt/', 'copy-url-query');
  passes('COPY ./a?b /opt/', 'copy-url-query');
  catches('COPY «https://example.com/a.tgz» /opt/', 'copy-url-without-internet', { params: {} });
  catches('COPY «http://example.com/a.tgz» /opt/', 'copy-url-without-internet', {
    params: { InternetMaxBandwidthOut: 0 },
  });
  passes('COPY https://example.com/a.tgz /opt/', 'copy-url-without-internet', {
    params: { InternetMaxBandwidthOut: 5 },
  });
  passes('COPY https://example.com/a.tgz /opt/', 'copy-url-without-internet');
  passes('COPY ./local /opt/', 'copy-url-without-internet', { params: {} });
});

describe('run-exec-form', () => {
  catches('RUN «["yum", "install", "-y", "nginx"]»', 'run-exec-form');
  passes('CMD ["nginx"]', 'run-exec-form');
  suggestsOnly('RUN ["echo", "a b"]', 'run-exec-form', "RUN echo 'a b'");
});

describe("unquoted-value (LABEL; ENV is the service's InvalidCommandContent.ENV)", () => {
  catches("LABEL k=«'v'»", 'unquoted-value');
  catches('LABEL a="1" k=«v»', 'unquoted-value');
  passes('ENV a=b', 'unquoted-value');
  passes('LABEL a="b" c=""', 'unquoted-value');
  fixes("LABEL a=b c='d e'", 'unquoted-value', 'LABEL a="b" c="d e"');
  fixes("ENV a=b c='d e'", 'InvalidCommandContent.ENV', 'ENV a="b" c="d e"');
});

describe('label-content', () => {
  catches('LABEL «version 1.0»', 'label-content');
  catches('LABEL «description="open»', 'label-content');
  catches('LABEL a="1" «b»', 'label-content');
  passes('LABEL user="username"\\\ndate="2020-11-11" key="value"', 'label-content');
  fixes('LABEL version 1.0', 'label-content', 'LABEL version="1.0"');
});

describe('user-content', () => {
  catches('USER app «admin»', 'user-content');
  catches('USER app «a b»', 'user-content');
  passes('USER app', 'user-content');
});

describe('workdir-content', () => {
  catches('WORKDIR /opt/my «app»', 'workdir-content');
  passes('WORKDIR /opt/app', 'workdir-content');
  passes('WORKDIR "/opt/my app"', 'workdir-content');
  suggestsOnly('WORKDIR /opt/my app', 'workdir-content', 'WORKDIR "/opt/my app"');
});

describe('copy-operands (more than two)', () => {
  catches('COPY a b «c d»', 'copy-operands');
  catches('COPY a b «c»', 'copy-operands');
  passes('COPY a b', 'copy-operands');
  passes('COPY «a»', 'copy-operands');
});

describe('component-reference / component-parameter', () => {
  catches('COMPONENT «i-xxxxxxxxx» --x 1', 'component-reference');
  catches('«COMPONENT»', 'component-reference');
  catches('COMPONENT «--x 1»', 'component-reference');
  passes('COMPONENT ic-bp18hy47cqavewsb1234', 'component-reference');
  passes('COMPONENT acs:ecs:cn-hangzhou:123:imagecomponent/ComponentName/1.*.*', 'component-reference');
  passes('COMPONENT acs:ecs:ap-southeast-1:123:imagecomponent/Name:1.0.*', 'component-reference');
  catches('COMPONENT ic-1 «--flag»', 'component-parameter');
  catches('COMPONENT ic-1 --a 1 «stray»', 'component-parameter');
  passes('COMPONENT ic-1 --x 1 --y=2 --z 3', 'component-parameter');
});

describe('suppression comments', () => {
  passes('# buildcontent-ignore keyword-case\nrun echo', 'keyword-case');
  passes('# buildcontent-ignore keyword-case  # legacy file\nrun echo', 'keyword-case');
  catches('# buildcontent-ignore keyword-case\nrun echo\n«run» echo', 'keyword-case');
  passes('# buildcontent-ignore-file keyword-case\nrun a\nrun b', 'keyword-case');
  passes('# buildcontent-ignore-file unsupported-command\nADD a b', 'InvalidImageTemplateCommand.NotSupported');
});

describe('severity overrides', () => {
  it('turns a code off, or raises it to an error', () => {
    expect(lint('run echo', { severity: { 'keyword-case': 'off' } })).toEqual([]);
    expect(lint('run echo', { severity: { 'keyword-case': 'error' } }).map((d) => d.severity)).toEqual(['error']);
    expect(lint('RUN', { severity: { 'empty-command-content': 'warning' } }).map((d) => [d.code, d.severity])).toEqual([
      ['EmptyCommandContent.RUN', 'warning'],
    ]);
  });
});

describe('blank-after-continuation / comment-in-continuation', () => {
  catches('RUN a \\«  »\n  b', 'blank-after-continuation');
  catches('RUN a \\\n  b \\«\t »\n  c', 'blank-after-continuation');
  catches('RUN a \\\n# note \\ \n  b \\«  »\n  c', 'blank-after-continuation');
  catches('# escape=`\nRUN a `« »\n  b', 'blank-after-continuation');
  passes('RUN a \\\n  b  ', 'blank-after-continuation');
  passes('ENV A a\\\\  ', 'blank-after-continuation');
  fixes('RUN a \\  \n  b', 'blank-after-continuation', 'RUN a \\\n  b');
  catches('RUN a \\\n«# note»\n  b', 'comment-in-continuation', { keepComments: true });
  catches('RUN a \\\n  «# note»\n  b', 'comment-in-continuation', { keepComments: true });
  passes('RUN a \\\n# note\n  b', 'comment-in-continuation');
  passes('# note\nRUN a \\\n  b', 'comment-in-continuation', { keepComments: true });
  it('comment-in-continuation is an error (the sent command breaks)', () => {
    expect(lint('RUN a \\\n# note\n  b', { keepComments: true }).map((d) => [d.code, d.severity])).toEqual([
      ['comment-in-continuation', 'error'],
    ]);
  });
});
