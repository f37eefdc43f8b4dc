// What every fact carries besides its content: where it came from and how much to trust it.
import * as z from 'zod';
import { CountryCode } from './country-code.ts';
import { LIMITS, list, text } from './text.ts';

/** Where one statement of a fact was found. */
export const Provenance = z
  .object({
    source: text().describe("The id of an entry in the record's `sources`."),
    section: text().optional().describe('The heading of the section the fact was read from.'),
    span: z
      .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
      .optional()
      .describe('Character offsets [start, end) of the sentence in the source text.'),
    item: text()
      .optional()
      .describe('The entry of a dataset the fact came from: a Wikidata item (`Q35`) or a file of the dataset.'),
    method: z
      .enum(['rule', 'curated', 'dataset'])
      .describe("Extracted by the pipeline's rules, added by a curator, or imported from a maintained dataset."),
  })
  .meta({ id: 'Provenance' });
export type Provenance = z.infer<typeof Provenance>;

/** A claim's rank among claims that conflict: which one to show. */
export const Rank = z.enum(['preferred', 'normal', 'deprecated']);
export type Rank = z.infer<typeof Rank>;

/** Fields shared by every fact: provenance, rank among conflicting claims, and a curator's note. */
export const FactBase = z.object({
  provenance: list(Provenance, LIMITS.provenance).min(1),
  rank: Rank.optional().describe('Among claims that conflict, which one to show; absent means normal.'),
  note: text(LIMITS.longText).optional().describe('Why a curator ranked or added this claim.'),
});

/** A person named in a fact. */
export const Person = z
  .object({
    name: text(),
    office: text().optional(),
    country: CountryCode,
  })
  .meta({ id: 'Person' });
export type Person = z.infer<typeof Person>;
