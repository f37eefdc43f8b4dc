// Curation files (data/curation/<ID>.json): claims a curator adds from named sources, and re-ranked extracted claims.
import * as z from 'zod';
import { PairId } from './country-code.ts';
import { Rank } from './fact.ts';
import {
  Agreement,
  Assistance,
  Border,
  Diaspora,
  FACT_KINDS,
  Membership,
  Mission,
  RelationsEvent,
  Source,
  Visit,
} from './relations-record.ts';

/** A change of rank for the extracted facts of one kind that match every field given in `match`. */
export const Rerank = z
  .object({
    kind: z.enum(FACT_KINDS),
    match: z
      .record(z.string(), z.unknown())
      .describe('Fields a fact must equal to be re-ranked, e.g. {"city": "Tirana"}.'),
    rank: Rank,
    note: z.string().min(1).describe('Why: shown beside the claim.'),
  })
  .meta({ id: 'Rerank' });
export type Rerank = z.infer<typeof Rerank>;

/** Everything a curator says about one pair. Added facts carry provenance with `method: "curated"`. */
export const Curation = z
  .object({
    schemaVersion: z.literal(1),
    id: PairId,
    sources: z.array(Source).default([]),
    add: z
      .object({
        events: z.array(RelationsEvent).optional(),
        missions: z.array(Mission).optional(),
        memberships: z.array(Membership).optional(),
        agreements: z.array(Agreement).optional(),
        visits: z.array(Visit).optional(),
        assistance: z.array(Assistance).optional(),
        diaspora: z.array(Diaspora).optional(),
        borders: z.array(Border).optional(),
      })
      .default({}),
    rerank: z.array(Rerank).default([]),
  })
  .superRefine((curation, ctx) => {
    for (const [kind, facts] of Object.entries(curation.add)) {
      (facts ?? []).forEach((fact, i) => {
        fact.provenance.forEach((p, j) => {
          if (p.method !== 'curated')
            ctx.addIssue({
              code: 'custom',
              path: ['add', kind, i, 'provenance', j, 'method'],
              message: 'a curated claim has method "curated"',
            });
        });
      });
    }
  })
  .meta({ id: 'Curation' });
export type Curation = z.infer<typeof Curation>;
