// The User-Agent every live request carries: who we are and how to reach the maintainer (Wikimedia's UA policy).
import { readFileSync } from 'node:fs';

/** Where operators of a source can reach us when no --contact is given. */
export const DEFAULT_CONTACT = 'https://github.com/relations-card/relations-card/issues';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as {
  version: string;
};

/** `relations-card-data/0.1.0 (contact) node/22.x`: a contact is an email address or a URL. */
export function userAgent(contact: string = process.env.RELATIONS_FETCH_CONTACT || DEFAULT_CONTACT): string {
  return `relations-card-data/${version} (${contact}) node/${process.versions.node}`;
}
