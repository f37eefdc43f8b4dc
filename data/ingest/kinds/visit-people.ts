// A person as the visit reader holds them while it decides who visited and who hosted.
import type { Person } from '../../schema/index.ts';

/** A person named in a sentence, with where the name (and the words about them) stand. */
export type PersonAt = {
  name: string;
  office?: string;
  country?: string;
  mention?: number;
  start: number;
  end: number;
};

/** The person as a visit records them, with the country of their side. */
export const toPerson = (p: PersonAt, country: string): Person => ({
  name: p.name,
  ...(p.office ? { office: p.office } : {}),
  country,
});
/** Where the words about a person start (their office, their country). */
export const startOf = (p: PersonAt) => p.mention ?? p.start;
