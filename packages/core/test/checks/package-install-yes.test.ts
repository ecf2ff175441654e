// package-install-without-yes: one line per case, exact ranges, each with \n and \r\n (kit).
import { describe } from 'vitest';
import { catches, passes, suggestsOnly } from '../kit.js';

const code = 'package-install-without-yes';

describe('package-install-without-yes: commands that never wait for an answer', () => {
  passes('RUN yes | apt-get install curl', code);
  passes('RUN yes | sudo apt-get install curl', code);
  passes('RUN apt-get update && yes | apt-get install curl', code);
  passes('RUN apt-get install -s curl', code);
  passes('RUN apt-get install --dry-run curl', code);
  passes('RUN apt-get --simulate install curl', code);
  passes('RUN apt-get -o APT::Get::Assume-Yes=true install curl', code);
  passes('RUN apt-get install -o APT::Get::Assume-Yes=true curl', code);
  passes('RUN apt-get -oAPT::Get::Assume-Yes=1 install curl', code);
  passes('RUN apt-get --option=apt::get::assume-yes=true install curl', code);
  passes('RUN zypper -n in vim', code);
  passes('RUN zypper --non-interactive in vim', code);
  passes('RUN zypper --non-interactive install vim', code);
  passes('RUN zypper in -y vim', code);
  passes('RUN zypper install --no-confirm vim', code);
  passes('RUN yum remove -y httpd', code);
  passes('RUN dnf autoremove -y', code);
  passes('RUN yum update -y', code);
  passes('RUN dnf --setopt=assumeyes=1 install git', code);
  passes('RUN yum -y group install "Development Tools"', code);
  passes('RUN apt-get update', code);
  passes('RUN zypper refresh', code);
});

describe('package-install-without-yes: commands that wait', () => {
  catches('RUN «yum remove» httpd', code);
  catches('RUN «dnf autoremove»', code);
  catches('RUN «yum update»', code);
  catches('RUN «dnf update» && yum clean all', code);
  catches('RUN «yum group install» "Development Tools"', code);
  catches('RUN «dnf -c /etc/dnf.conf install» git', code);
  catches('RUN «zypper in» vim', code);
  catches('RUN «zypper in» -n vim', code);
  catches('RUN «zypper rm» vim', code);
  catches('RUN «zypper update»', code);
  catches('RUN «apt-get -o Dpkg::Options::=--force-confold install» curl', code);
  catches('RUN «apt-get -o APT::Get::Assume-Yes=false install» curl', code);
  catches('RUN echo y && «apt-get install» curl', code);
  catches('RUN yes | apt-get install -y a && «apt-get install» b', code);
});

describe('package-install-without-yes: suggestions', () => {
  suggestsOnly('RUN yum remove httpd', code, 'RUN yum remove -y httpd');
  suggestsOnly('RUN dnf autoremove', code, 'RUN dnf autoremove -y');
  suggestsOnly('RUN zypper rm vim', code, 'RUN zypper -n rm vim');
  suggestsOnly('RUN sudo zypper --root /mnt in vim', code, 'RUN sudo zypper -n --root /mnt in vim');
});
