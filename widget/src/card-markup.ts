// The card's markup: a pure function of a view model (card-view.ts), a localizer and a few options, with no element
// state, so the element and a server rendering HTML (with @lit-labs/ssr) show the same card. Disclosures are
// `<details>`: they work without JavaScript.
import type { CardView, Claim, MissionLine, MissionsFrom } from './card-view.ts';
import {
  aid,
  consulateCount,
  consulates,
  diaspora,
  english,
  linkedToItem,
  mission,
  organization,
  people,
  standings,
  timelineEntry,
  visit,
} from './describe-facts.ts';
import type { Localizer } from './format.ts';
import { html, nothing } from './lit-tags.ts';
import type { FactBase, RelationsEvent, Source } from './record.ts';

/** `compact` leads with a few facts and keeps the rest one disclosure away; `full` shows everything at once. */
export type CardLayout = 'compact' | 'full';

/** What the markup needs besides the view and the language. */
export interface CardOptions {
  /** Absolute URL the flags are under, ending in `/`: `${flagBase}flags/dk.svg`. */
  flagBase: string;
  /** @default 'compact' */
  layout?: CardLayout;
}

/** Why a card shows no facts, as the reader is told. */
export type CardProblem =
  | { kind: 'not-found'; countries: readonly [string, string] }
  | { kind: 'unknown-codes'; codes: string[] }
  | { kind: 'same-country'; code: string }
  | { kind: 'not-two' }
  | { kind: 'bad-api'; api: string }
  | { kind: 'network' | 'timeout' | 'server' | 'bad-response' };

/** Facts the compact card leads with, one line each: the card's height does not depend on the record. */
export const SUMMARY_ROWS = 5;
/** Assistance the full card lists; the timeline has all. */
const ASSISTANCE_SHOWN = 3;

const LICENCE_URLS: Record<string, string> = {
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC BY-SA 3.0': 'https://creativecommons.org/licenses/by-sa/3.0/',
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  CC0: 'https://creativecommons.org/publicdomain/zero/1.0/',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

/** Only web links become hrefs: a record's `javascript:` URL stays inert. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'https:' || parsed.protocol === 'http:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

const showFlag = (e: Event) => ((e.target as HTMLImageElement).hidden = false);
// A flag the page's CSP (or the network) refuses is hidden rather than shown broken.
const hideFlag = (e: Event) => ((e.target as HTMLImageElement).hidden = true);

function header(L: Localizer, codes: readonly string[], options: CardOptions) {
  const [a = '', b = ''] = codes.map((code) => L.country(code));
  return html`<header part="header" class="header">
    <span class="flags"
      >${codes.map(
        (code) =>
          html`<img part="flag" class="flag" src=${`${options.flagBase}flags/${code.toLowerCase()}.svg`} width="32" height="24"
            alt=${L.fill(L.messages.flagAlt, { name: L.country(code) })} @load=${showFlag} @error=${hideFlag} />`,
      )}</span
    >
    <h2 id="title">${L.fill(L.messages.title, { a, b })}</h2>
  </header>`;
}

/** Every source of the record, those named at once first. */
const allSources = (view: CardView) => [...view.sources.named, ...view.sources.more];

/** A fact's date as the card shows it, machine-readable too. */
const time = (L: Localizer, date: string) => html`<time class="date" datetime=${date}>${L.date(date)}</time>`;

/** The "sources disagree" mark after a claim: a disclosure, so its explanation opens without script. */
function mark<T extends FactBase>(L: Localizer, view: CardView, claim: Claim<T>, describe: (fact: T) => unknown) {
  if (!claim.rejected.length) return nothing;
  const m = L.messages;
  const all = allSources(view);
  const sources = (fact: T) => {
    const titles = fact.provenance.map((p) => all.find((s) => s.id === p.source)?.title ?? p.source);
    const curated = fact.provenance.some((p) => p.method === 'curated');
    return L.parts(curated ? m.curatedBy : m.statedBy, {
      claim: describe(fact),
      sources: [...new Set(titles)].join(m.comma),
    });
  };
  const detail = L.parts(m.disagreeDetail, { shown: sources(claim.fact), other: L.list(claim.rejected.map(sources)) });
  return html`<details class="mark"
    ><summary><span aria-hidden="true">≠</span><span class="visually-hidden">${m.disagree}</span></summary
    ><span class="note" role="note"
      >${m.disagree}. ${detail}${claim.fact.note ? html` ${english(L, claim.fact.note)}` : nothing}</span
    ></details
  >`;
}

const row = (label: unknown, value: unknown) => html`<dt>${label}</dt><dd>${value}</dd>`;
/** A row of the compact card: one line, cut short with an ellipsis; the marks stay visible after it. */
const line = (label: unknown, value: unknown, marks: unknown = nothing) =>
  html`<dt>${label}</dt><dd><span class="line">${value}</span>${marks}</dd>`;

function since(L: Localizer, claim: Claim<RelationsEvent>) {
  return html`<time datetime=${claim.fact.date}>${L.fill(L.messages.sinceDate, { date: L.date(claim.fact.date) })}</time>`;
}
const sinceMark = (L: Localizer, view: CardView, claim: Claim<RelationsEvent>) =>
  mark(L, view, claim, (e) => L.date(e.date));

function missionLine(L: Localizer, view: CardView, item: MissionLine) {
  if (item.kind === 'group') return consulates(L, item);
  const { fact } = item.claim;
  return [linkedToItem(fact, mission(L, fact)), mark(L, view, item.claim, (f) => mission(L, f))];
}

/** Every mission each way, one per line. */
function missionsRow(L: Localizer, view: CardView) {
  const m = L.messages;
  const items = view.missions.flatMap(({ sender, lines }) => {
    const label = html`<span class="who">${L.country(sender)}</span>`;
    const values = lines.length ? lines.map((item) => missionLine(L, view, item)) : [m.noMission];
    return values.map((value) => L.parts(m.labelled, { label, value }));
  });
  return row(m.missions, html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`);
}

/** The organisations both belong to: "UN, EU, NATO". */
const bothIn = (L: Localizer, view: CardView) => L.list(view.bothMembers.map((c) => organization(L, c.fact)));

/** The organisations in common, then each where their standings differ; nothing when there are none. */
function membershipsRow(L: Localizer, view: CardView) {
  if (!view.bothMembers.length && !view.memberships.length) return nothing;
  const m = L.messages;
  const both = view.bothMembers.length
    ? html`<li>${L.parts(m.labelled, { label: html`<span class="who">${m.bothMembers}</span>`, value: bothIn(L, view) })}</li>`
    : nothing;
  const differing = view.memberships.map(
    (claim) =>
      html`<li>${L.parts(m.labelled, {
        label: html`<span class="who">${organization(L, claim.fact)}</span>`,
        value: [standings(L, claim.fact, view.countries), mark(L, view, claim, (f) => standings(L, f, view.countries))],
      })}</li>`,
  );
  return row(m.memberships, html`<ul>${both}${differing}</ul>`);
}

/** The latest visit or agreement; in the compact card, a visit by its visitors alone. */
function latest(L: Localizer, view: CardView, compact = false) {
  const event = view.latest;
  if (!event) return undefined;
  const m = L.messages;
  if (event.kind === 'visit') {
    const f = event.claim.fact;
    const value = L.parts(m.dated, { date: time(L, f.date), fact: compact ? people(L, f.visitors) : visit(L, f) });
    return {
      label: m.latestVisit,
      value,
      mark: mark(L, view, event.claim, (v) => L.parts(m.dated, { date: L.date(v.date), fact: visit(L, v) })),
    };
  }
  const f = event.claim.fact;
  const kind = m.agreementKind[f.kind] ?? m.agreementKind.other;
  return {
    label: m.latestAgreement,
    value: f.date ? L.parts(m.dated, { date: time(L, f.date), fact: kind }) : kind,
    mark: nothing,
  };
}

/** A side's missions on one line: "Embassy in Paris, 4 consulates general". */
function missionSummary(L: Localizer, view: CardView, side: MissionsFrom) {
  if (!side.lines.length) return line(L.country(side.sender), L.messages.noMission);
  const texts = side.lines.map((item) =>
    item.kind === 'group' ? consulateCount(L, item) : mission(L, item.claim.fact),
  );
  const marks = side.lines.map((item) =>
    item.kind === 'single' ? mark(L, view, item.claim, (f) => mission(L, f)) : nothing,
  );
  return line(L.country(side.sender), L.list(texts), marks);
}

/** The compact card's lines, most telling first: since when, missions each way, shared organisations, the latest. */
function summaryRows(L: Localizer, view: CardView) {
  const m = L.messages;
  const rows: unknown[] = [];
  if (view.since) rows.push(line(m.relations, since(L, view.since), sinceMark(L, view, view.since)));
  for (const side of view.missions) rows.push(missionSummary(L, view, side));
  if (view.bothMembers.length) rows.push(line(m.bothIn, bothIn(L, view)));
  const last = latest(L, view, true);
  if (last) rows.push(line(last.label, last.value, last.mark));
  if (view.border) rows.push(line(m.border, m.borderShared));
  return rows.slice(0, SUMMARY_ROWS);
}

function assistanceRow(L: Localizer, view: CardView, all: boolean) {
  const claims = all ? view.assistance : view.assistance.slice(0, ASSISTANCE_SHOWN);
  if (!claims.length) return nothing;
  const item = (c: Claim<(typeof view.assistance)[number]['fact']>) => {
    const what = aid(L, c.fact);
    const text = c.fact.date ? L.parts(L.messages.dated, { date: time(L, c.fact.date), fact: what }) : what;
    return html`<li>${text}${mark(L, view, c, (f) => aid(L, f))}</li>`;
  };
  return row(L.messages.assistance, html`<ul>${claims.map(item)}</ul>`);
}

function diasporaRow(L: Localizer, view: CardView) {
  if (!view.diaspora.length) return nothing;
  const items = view.diaspora.map(
    (c) => html`<li>${diaspora(L, c.fact)}${mark(L, view, c, (f) => diaspora(L, f))}</li>`,
  );
  return row(L.messages.diaspora, html`<ul>${items}</ul>`);
}

function timelineList(L: Localizer, view: CardView) {
  return html`<ol>
    ${view.timeline.map(
      (entry) =>
        html`<li>
          <time class="date" datetime=${entry.date.split('/')[0] ?? ''}>${L.date(entry.date)}</time>
          ${timelineEntry(L, entry)}${mark(L, view, entry.claim as Claim<FactBase & { date?: string }>, (f) => L.date(f.date ?? entry.date))}
        </li>`,
    )}
  </ol>`;
}

function cite(L: Localizer, source: Source) {
  const url = safeUrl(source.url);
  const title = url ? html`<a href=${url} target="_blank" rel="noopener">${source.title}</a>` : source.title;
  if (!source.license) return title;
  const licenceUrl = LICENCE_URLS[source.license];
  const licence = licenceUrl
    ? html`<a href=${licenceUrl} target="_blank" rel="noopener license">${source.license}</a>`
    : source.license;
  return L.parts(L.messages.sourceLicence, { source: title, licence });
}

/** The credit: the licensed sources named, the rest behind a disclosure (or listed, in the compact card's extra). */
function footer(L: Localizer, view: CardView, compact: boolean) {
  const m = L.messages;
  const { named, more } = view.sources;
  const list = L.list(
    named.map((s) => cite(L, s)),
    m.semicolon,
  );
  const credit = L.pluralParts(m.sources, named.length, { sources: list });
  if (compact) return html`<footer part="footer" class="footer"><span class="line">${credit}</span></footer>`;
  return html`<footer part="footer" class="footer">
    ${credit}
    ${
      more.length
        ? html`<details class="more-sources">
            <summary>${L.plural(m.moreSources, more.length)}</summary>
            <ul>${more.map((s) => html`<li>${cite(L, s)}</li>`)}</ul>
          </details>`
        : nothing
    }
  </footer>`;
}

/** The card for a record: the view model put into the language of `L`. */
export function cardTemplate(view: CardView, L: Localizer, options: CardOptions) {
  const m = L.messages;
  const head = header(L, view.countries, options);
  const timeline = L.plural(m.timeline, view.timeline.length);
  if (options.layout === 'full') {
    const last = latest(L, view);
    return html`<article part="card" class="card full" lang=${L.lang} aria-labelledby="title">
      ${head}
      <dl part="facts" class="facts">
        ${view.since ? row(m.relations, [since(L, view.since), sinceMark(L, view, view.since)]) : nothing} ${missionsRow(L, view)}
        ${membershipsRow(L, view)}
        ${view.border ? row(m.border, m.borderShared) : nothing} ${last ? row(last.label, [last.value, last.mark]) : nothing}
        ${assistanceRow(L, view, false)} ${diasporaRow(L, view)}
      </dl>
      ${
        view.timeline.length
          ? html`<details part="timeline" class="timeline">
              <summary>${timeline}</summary>
              ${timelineList(L, view)}
            </details>`
          : nothing
      }
      ${footer(L, view, false)}
    </article>`;
  }
  const rest = html`<dl class="facts">
      ${missionsRow(L, view)}
      ${membershipsRow(L, view)}
      ${view.border ? row(m.border, m.borderShared) : nothing} ${assistanceRow(L, view, true)} ${diasporaRow(L, view)}
    </dl>
    ${
      view.timeline.length
        ? html`<section part="timeline" class="timeline" aria-label=${timeline}>
            <h3>${timeline}</h3>
            ${timelineList(L, view)}
          </section>`
        : nothing
    }
    <ul class="sources">
      ${allSources(view).map((s) => html`<li>${cite(L, s)}</li>`)}
    </ul>`;
  return html`<article part="card" class="card compact" lang=${L.lang} aria-labelledby="title">
    ${head}
    <dl part="facts" class="facts summary">${summaryRows(L, view)}</dl>
    <details part="more" class="more"><summary>${m.more}</summary>${rest}</details>
    ${footer(L, view, true)}
  </article>`;
}

/** The card when it has no facts to show: no data for the pair yet, or a problem, said in the card's language. */
export function problemTemplate(problem: CardProblem, L: Localizer, options: CardOptions & { retry?: () => void }) {
  const m = L.messages;
  const e = m.errors;
  let text: string;
  switch (problem.kind) {
    case 'not-found': {
      const [a = '', b = ''] = problem.countries.map((code) => L.country(code));
      text = L.fill(e.notFound, { a, b });
      break;
    }
    case 'unknown-codes':
      text = L.plural(e.unknownCodes, problem.codes.length, { codes: problem.codes.join(m.comma) });
      break;
    case 'same-country':
      text = L.fill(e.sameCountry, { name: L.country(problem.code) });
      break;
    case 'not-two':
      text = e.notTwo;
      break;
    case 'bad-api':
      text = L.fill(e.badApi, { api: problem.api });
      break;
    default:
      text = e[problem.kind === 'bad-response' ? 'badResponse' : problem.kind];
  }
  const retry = ['network', 'timeout', 'server'].includes(problem.kind) && options.retry;
  // No data is an answer, not a failure: it is announced politely and drawn without the error colour.
  const empty = problem.kind === 'not-found';
  return html`<article part="card" class="card" lang=${L.lang} aria-labelledby="title">
    ${empty ? header(L, problem.countries, options) : html`<h2 id="title" class="visually-hidden">relations-card</h2>`}
    <div class=${empty ? 'error empty' : 'error'} role=${empty ? 'status' : 'alert'}>
      <p>${text}</p>
      ${retry ? html`<button class="retry" type="button" @click=${retry}>${m.retry}</button>` : nothing}
    </div>
  </article>`;
}
