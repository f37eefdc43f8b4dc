// The organisations a card shows: Internacia's member lists with the curated, sourced corrections applied.
import { parse } from 'yaml';
import type { CountryMembership } from '../../schema/index.ts';
import type { StateCodes } from './state-codes.ts';

/** One correction of an imported member list, with the page that supports it. */
export interface MemberChange {
  country: string;
  status?: CountryMembership['status'];
  since?: string;
  remove?: boolean;
  source: string;
  note?: string;
}

/** One organisation of data/reference/curation/organizations.json. */
export interface CuratedOrganization {
  id: string;
  file: string;
  organization: string;
  acronym?: string;
  name: string;
  checked: { title: string; url: string }[];
  changes: MemberChange[];
}

/** A state's standing, and where it comes from: the dataset's file, or a curated change's source page. */
export interface ReferenceMember {
  status: CountryMembership['status'];
  since?: string;
  /** Whether the dataset's own list gives this standing. */
  listed: boolean;
  /** The page a curated change cites (for the standing, or only for `since`). */
  source?: string;
  note?: string;
}

/** One organisation as the committed reference data keeps it. */
export interface ReferenceOrganization {
  id: string;
  organization: string;
  acronym?: string;
  name: string;
  /** Internacia's file, relative to the dataset. */
  file: string;
  checked: { title: string; url: string }[];
  members: Record<string, ReferenceMember>;
}

const STATUSES: Record<string, ReferenceMember['status']> = {
  member: 'member',
  observer: 'observer',
  associated: 'associate',
  associate: 'associate',
  candidate: 'candidate',
  suspended: 'suspended',
};

/** Imports each curated organisation from its file (`read` gives a file's text, or undefined). Pure. */
export function importOrganizations(
  curated: readonly CuratedOrganization[],
  read: (file: string) => string | undefined,
  codes: StateCodes,
): { organizations: ReferenceOrganization[]; problems: string[]; skipped: Record<string, number> } {
  const problems: string[] = [];
  const skipped: Record<string, number> = {};
  const organizations = curated.map((org) => {
    const members: Record<string, ReferenceMember> = {};
    const text = read(org.file);
    if (text === undefined) problems.push(`${org.id}: ${org.file} is not in the dataset`);
    const doc = (text === undefined ? {} : (parse(text) ?? {})) as { includes?: unknown };
    for (const entry of Array.isArray(doc.includes) ? doc.includes : []) {
      const { id, type, status, name } = entry as Record<string, unknown>;
      if (type !== 'country' || typeof id !== 'string') continue;
      const code = codes.ofProfileCode(id);
      const standing = STATUSES[String(status)];
      if (!codes.isState(code) || standing === undefined) {
        const why = `${org.id}: ${String(name ?? id)} (${String(status)})`;
        skipped[why] = (skipped[why] ?? 0) + 1;
        continue;
      }
      members[code] = { status: standing, listed: true };
    }
    for (const change of org.changes) {
      if (!codes.isState(change.country)) {
        const why = `${org.id}: ${change.country} (${change.status ?? 'dates'}, curated; not a state)`;
        skipped[why] = (skipped[why] ?? 0) + 1;
        continue;
      }
      if (change.remove) {
        delete members[change.country];
        continue;
      }
      const before = members[change.country];
      const status = change.status ?? before?.status;
      if (status === undefined) {
        problems.push(`${org.id}: ${change.country} is no member to date (give a status)`);
        continue;
      }
      members[change.country] = {
        status,
        // The dataset still supports the entry only if the change keeps its standing (adding a date, say).
        listed: before?.listed === true && status === before.status,
        ...(change.since ? { since: change.since } : before?.since ? { since: before.since } : {}),
        source: change.source,
        ...(change.note ? { note: change.note } : {}),
      };
    }
    const sorted = Object.fromEntries(Object.entries(members).sort(([a], [b]) => a.localeCompare(b)));
    return {
      id: org.id,
      organization: org.organization,
      ...(org.acronym ? { acronym: org.acronym } : {}),
      name: org.name,
      file: org.file,
      checked: org.checked,
      members: sorted,
    };
  });
  return { organizations, problems, skipped };
}
