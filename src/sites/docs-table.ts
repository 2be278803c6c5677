import { DIRECT_MESSAGES_DESCRIPTION } from '../policy/schema';
import { SITES } from './index';

/**
 * The admin guide's table of site keys, made from the adapters: docs/admin.md carries this exact
 * text (a unit test compares), so adding a site cannot leave the guide behind.
 */
export function siteTableMarkdown(): string {
  const rows = SITES.map((site) => {
    const hosts = site.hosts.map((h) => `\`${h}\``).join(', ');
    const onByDefault = site.directMessagesOnly ? 'on, but needs `messenger`' : site.defaultOn ? 'on' : 'off';
    return `| \`${site.id}\` | ${site.label} | ${hosts} | ${onByDefault} | ${site.policyDescription} |`;
  });
  return [
    '| Key | Site | Hosts (and their subdomains) | Default | What it switches |',
    '|---|---|---|---|---|',
    ...rows,
    `| \`messenger\` | Direct messages | every site above | off | ${DIRECT_MESSAGES_DESCRIPTION} |`,
  ].join('\n');
}
