// The benchmark's templates, shared by the bench scripts.

/** A realistic template at the service's limits: 127 commands, continuations, comments, JSON, pairs. */
export function limitTemplate(): string {
  const lines: string[] = ['# A template at the limits: 127 commands, about 16 KB'];
  let n = 0;
  const push = (text: string) => {
    lines.push(text);
    n++;
  };
  push('FROM IMAGE:m-bp67acfmxazb4p1234');
  while (n < 127) {
    switch (n % 8) {
      case 0:
        push(
          `RUN yum install -y package-${n} package-${n}-devel package-${n}-tools && \\\n    # build tools\n    systemctl enable service-${n} && systemctl start service-${n} && \\\n    echo "step ${n} done at $(date --iso-8601=seconds)" >> /var/log/build.log`,
        );
        break;
      case 1:
        push(
          `ENV APP_${n}="value ${n}" PATH_${n}="/opt/app-${n}/bin:/usr/local/bin:/usr/bin" HOME_${n}="/opt/app-${n}"`,
        );
        break;
      case 2:
        push(
          `LABEL stage${n}="build" owner${n}="platform-team@example.com" description${n}="application ${n} of the web tier"`,
        );
        break;
      case 3:
        push(
          `COPY https://artifacts.example.com/releases/2026/11/web-tier/app-${n}/app-${n}-release-candidate.tar.gz /opt/app-${n}/`,
        );
        break;
      case 4:
        push(
          `WORKDIR /opt/app-${n}/releases/current/working-directory-for-the-service-${n}-of-the-web-tier-and-its-workers`,
        );
        break;
      case 5:
        push(
          `CMD ["/opt/app-${n}/bin/start", "--port", "80${n}", "--config", "/etc/app-${n}/config.yaml", "--log-level", "info"]`,
        );
        break;
      case 6:
        push(
          `COMPONENT ic-bp18hy47cqavewsb${String(n).padStart(4, '0')} --param${n} value${n} --region cn-hangzhou --tier web-frontend`,
        );
        break;
      default:
        push(
          `RUN tar -xzf /opt/app-${n}/app-${n}.tar.gz -C /opt/app-${n} && rm -f /opt/app-${n}/app-${n}.tar.gz && chown -R app:app /opt/app-${n} && chmod 0755 /opt/app-${n}/bin/*`,
        );
    }
  }
  return `${lines.join('\n')}\n`;
}
