// The rows only an article gives a card: since when, the latest visit, assistance, diaspora and the timeline.
// A chunk of its own, loaded only for records an article stands behind: most pairs come from the datasets alone.
import type { html as litHtml, nothing as litNothing, TemplateResult } from 'lit';
import {
  describeAssistance,
  describeDiaspora,
  describeTimelineEntry,
  describeVisit,
} from './describe-article-facts.ts';
import type { Localizer } from './format.ts';
import type { Claim, Ranked } from './rank-claims.ts';
import type { Assistance, Diaspora, RelationsEvent, Visit } from './record.ts';
import { type ArticleSummary, summarizeArticle } from './summarize-article.ts';
import type { ShownClaims } from './summarize-record.ts';

/**
 * Lit's `html` and `nothing`, handed in by the card: a chunk that imported Lit would make the bundler split Lit
 * into a third file that every card then loads.
 */
export interface LitKit {
  html: typeof litHtml;
  nothing: typeof litNothing;
}

/** Renders the "sources disagree" mark of a claim; the card owns its open state. */
export type MarkRenderer = <T extends Ranked>(id: string, claim: Claim<T>, describe: (fact: T) => string) => unknown;

/** The article's part of a card: summarized once per record, rendered on every update. */
export interface ArticleView {
  summary: ArticleSummary;
  /** The "since" row, first on the card. */
  since(L: Localizer, mark: MarkRenderer): TemplateResult;
  /** The rows after memberships: the latest visit, assistance, diaspora. */
  rows(L: Localizer, mark: MarkRenderer): TemplateResult;
  /** The disclosure with every dated fact. */
  timeline(L: Localizer, mark: MarkRenderer): unknown;
}

/** The article view of a record's claims. */
export function articleView(claims: ShownClaims, { html, nothing }: LitKit): ArticleView {
  const summary = summarizeArticle(claims);
  const row = (label: string, content: unknown) => html`<dt>${label}</dt><dd>${content}</dd>`;
  const list = <T>(L: Localizer, items: T[], item: (x: T, i: number) => unknown) =>
    items.length ? html`<ul>${items.map((x, i) => html`<li>${item(x, i)}</li>`)}</ul>` : L.messages.noData;
  return {
    summary,
    since(L, mark) {
      const { since } = summary;
      return row(
        L.messages.since,
        since
          ? html`<time datetime=${since.fact.date}>${L.fill(L.messages.sinceDate, { date: L.date(since.fact.date) })}</time>${mark(
              'since',
              since,
              (e: RelationsEvent) => L.date(e.date),
            )}`
          : L.messages.noData,
      );
    },
    rows(L, mark) {
      const m = L.messages;
      const visit = summary.latestVisit;
      return html`${row(
        m.latestVisit,
        visit
          ? html`<time class="date" datetime=${visit.fact.date}>${L.date(visit.fact.date)}</time>
              · ${describeVisit(L, visit.fact)}${mark('visit', visit, (f: Visit) => `${L.date(f.date)} ${describeVisit(L, f)}`)}`
          : m.noData,
      )}
      ${row(
        m.assistance,
        list(
          L,
          summary.assistance,
          (claim, i) =>
            html`${claim.fact.date ? html`<time class="date" datetime=${claim.fact.date}>${L.date(claim.fact.date)}</time> · ` : nothing}${describeAssistance(L, claim.fact)}${mark(
              `assistance-${i}`,
              claim,
              (f: Assistance) => describeAssistance(L, f),
            )}`,
        ),
      )}
      ${row(
        m.diaspora,
        list(
          L,
          summary.diaspora,
          (claim, i) =>
            html`${describeDiaspora(L, claim.fact)}${mark(`diaspora-${i}`, claim, (f: Diaspora) => describeDiaspora(L, f))}`,
        ),
      )}`;
    },
    timeline(L, mark) {
      if (!summary.timeline.length) return nothing;
      return html`<details part="timeline" class="timeline">
        <summary>${L.plural(L.messages.timeline, summary.timeline.length)}</summary>
        <ol>
          ${summary.timeline.map(
            (entry, i) =>
              html`<li>
                <time class="date" datetime=${entry.date.split('/')[0] ?? ''}>${L.date(entry.date)}</time>
                ${describeTimelineEntry(L, entry)}${mark(
                  `timeline-${i}`,
                  entry.claim as Claim<Ranked & { date?: string | undefined }>,
                  (fact) => L.date(fact.date ?? entry.date),
                )}
              </li>`,
          )}
        </ol>
      </details>`;
    },
  };
}
