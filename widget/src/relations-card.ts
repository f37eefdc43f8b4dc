// <relations-card>: fetches a pair's record from the API and shows it as a compact, localized card.
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import type { ArticleView, MarkRenderer } from './article-rows.ts';
import { closestLang, observeLang } from './closest-lang.ts';
import { CountryCodeError, type CountryPair, parseCountryPair, splitCodes } from './country-pair.ts';
import { describeMembership, describeMission } from './describe-facts.ts';
import { fill, fillParts, type Localizer } from './format.ts';
import { englishLocalizer, loadLocalizer } from './i18n/load-localizer.ts';
import type { Claim } from './rank-claims.ts';
import type { Membership, Mission, RelationsRecord, Source } from './record.ts';
import { fetchRecord, type Problem, RecordError } from './record-client.ts';
import { relationsCardStyles } from './relations-card.styles.ts';
import { type CardSummary, recordFromArticle, summarizeRecord } from './summarize-record.ts';

/** The detail of `relations-card-error`: the HTTP status (0 for a network failure) and the API's problem document. */
export interface RelationsCardErrorDetail {
  status: number;
  problem: Problem | undefined;
}

interface Loaded {
  pair: CountryPair;
  record: RelationsRecord;
  summary: CardSummary;
  /** The article's rows, for a record an article stands behind. */
  article: ArticleView | undefined;
}

const LICENCE_URLS: Record<string, string> = {
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC BY-SA 3.0': 'https://creativecommons.org/licenses/by-sa/3.0/',
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  CC0: 'https://creativecommons.org/publicdomain/zero/1.0/',
  'CC0 1.0': 'https://creativecommons.org/publicdomain/zero/1.0/',
};

const CONSULAR = new Set<Mission['kind']>(['consulate-general', 'consulate', 'honorary-consulate']);
/** Cities of one kind of consulate a card names before "and N more". */
const CITIES_SHOWN = 5;
/** Sources the footer names when none carries a licence, before the rest go behind a disclosure. */
const SOURCES_NAMED = 4;

/** A mission's Wikidata item, when the fact came from Wikidata. */
function wikidataItem(fact: Mission): string | undefined {
  return fact.provenance.find((p) => p.method === 'dataset' && /^Q\d+$/.test(p.item ?? ''))?.item;
}

/** The text, linked to the mission's Wikidata item where it has one (Wikidata asks for the link as credit). */
function withItemLink(fact: Mission, text: string) {
  const item = wikidataItem(fact);
  return item
    ? html`<a href=${`https://www.wikidata.org/wiki/${item}`} target="_blank" rel="noopener">${text}</a>`
    : text;
}

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

/** The origin this module was loaded from: the worker that serves the bundle also serves the API. */
function scriptOrigin(): string {
  try {
    const origin = new URL(import.meta.url).origin;
    return origin === 'null' ? location.origin : origin;
  } catch {
    return location.origin;
  }
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Any other failure on the way to a record is a module (a locale chunk, the alpha-3 table) that did not load:
 * a network failure, which a retry can mend, as status 0 says.
 */
const asRecordError = (error: unknown) => (error instanceof RecordError ? error : new RecordError('network', 0));

/**
 * A compact card of the facts about the relations between two countries: since when, embassies, memberships, the
 * latest visit, assistance, diaspora and a dated timeline, in the language of the page, with the source credited.
 *
 * @summary Facts about the relations between two countries, from the relations-card API.
 *
 * @fires relations-card-load - The record loaded and is shown; `detail` is the record.
 * @fires relations-card-error - The record could not be shown; `detail` is `{ status, problem }` (status 0: network).
 *
 * @csspart card - The card's root; carries the background, border, radius and shadow.
 * @csspart header - The flags and the title.
 * @csspart flag - Each flag image.
 * @csspart facts - The list of facts.
 * @csspart timeline - The disclosure with the full dated timeline.
 * @csspart footer - The source credit.
 *
 * @cssprop [--relations-card-background=#ffffff] - Card background (dark: #161b22).
 * @cssprop [--relations-card-color=#1f2328] - Text color (dark: #e6edf3).
 * @cssprop [--relations-card-muted-color=#545d68] - Labels and dates (dark: #9ea8b3).
 * @cssprop [--relations-card-accent-color=#0a57a4] - Links, focus ring, timeline dots (dark: #79b8ff).
 * @cssprop [--relations-card-border-color=#d5dbe1] - Borders and rules (dark: #30363d).
 * @cssprop [--relations-card-surface-color=#f3f5f7] - Skeleton and note background (dark: #21262d).
 * @cssprop [--relations-card-mark-color=#8f4700] - The "sources disagree" mark (dark: #f0a35e).
 * @cssprop [--relations-card-error-color=#b3261e] - Error accents (dark: #ff9492).
 * @cssprop [--relations-card-font=system-ui, sans-serif] - Font family.
 * @cssprop [--relations-card-radius=0.75rem] - Corner radius.
 * @cssprop [--relations-card-spacing=1rem] - Base spacing.
 * @cssprop [--relations-card-shadow=0 1px 2px rgb(31 35 40 / 0.06), 0 4px 14px rgb(31 35 40 / 0.06)] - Card shadow.
 */
export class RelationsCard extends LitElement {
  static override properties = {
    countries: { type: String, reflect: true },
    api: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    loading: { type: String, reflect: true },
    langTag: { state: true },
    active: { state: true },
    openNote: { state: true },
  };

  static override styles = relationsCardStyles;

  /** Two country codes, alpha-2 or alpha-3, in any order, separated by a space or a comma: "AL DK", "DNK,ALB". */
  declare countries: string;
  /** Base URL of the API; defaults to the origin the script was loaded from. */
  declare api: string;
  /** `auto` follows the system's light or dark preference. */
  declare theme: 'auto' | 'light' | 'dark';
  /** `lazy` waits until the card nears the viewport before loading. */
  declare loading: 'eager' | 'lazy';
  declare private langTag: string;
  declare private active: boolean;
  declare private openNote: string | undefined;

  #pair: CountryPair | undefined;
  #stopObservingLang: (() => void) | undefined;
  #viewport: IntersectionObserver | undefined;
  #abortedOnDisconnect = false;

  readonly #localizer = new Task(this, {
    task: ([tag]: readonly [string]) => loadLocalizer(tag),
    args: () => [this.langTag] as const,
  });

  readonly #recordTask = new Task(this, {
    task: async ([api, countries, active]: readonly [string, string, boolean], { signal }): Promise<Loaded> => {
      // No codes yet (a framework may set them after connecting): wait quietly rather than report an error.
      if (!active || !countries.trim()) return initialState as never;
      this.#pair = undefined;
      let pair: CountryPair;
      try {
        pair = await parseCountryPair(countries);
      } catch (error) {
        if (!(error instanceof CountryCodeError)) throw error;
        throw new RecordError('bad-request', 400, { title: 'Bad Request', status: 400, detail: error.message });
      }
      this.#pair = pair;
      const record = await fetchRecord(api, pair, signal);
      signal.throwIfAborted();
      // The article's rows are a chunk of their own: cards from the datasets alone never load them. A chunk
      // that fails to load is a network failure; a record the summaries cannot read is a bad response.
      const articleRows = recordFromArticle(record) ? await import('./article-rows.ts') : undefined;
      signal.throwIfAborted();
      try {
        const summary = summarizeRecord(record);
        return { pair, record, summary, article: articleRows?.articleView(summary.claims, { html, nothing }) };
      } catch {
        throw new RecordError('bad-response', 200);
      }
    },
    args: () => [this.api, this.countries, this.active] as const,
    onComplete: ({ record }) => this.#emit('relations-card-load', record),
    onError: (error) => {
      if (isAbort(error)) return;
      const failure = asRecordError(error);
      this.#emit('relations-card-error', { status: failure.status, problem: failure.problem });
    },
  });

  constructor() {
    super();
    // Defaults are set here, not as class fields, so fields do not shadow Lit's reactive accessors.
    this.countries = '';
    this.api = scriptOrigin();
    this.theme = 'auto';
    this.loading = 'eager';
    this.langTag = '';
    this.active = false;
    this.openNote = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.langTag = closestLang(this);
    this.#stopObservingLang = observeLang(this, () => {
      this.langTag = closestLang(this);
    });
    if (this.#abortedOnDisconnect) {
      this.#abortedOnDisconnect = false;
      void this.#recordTask.run();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
    this.#viewport?.disconnect();
    this.#viewport = undefined;
    if (this.#recordTask.status === TaskStatus.PENDING) {
      this.#abortedOnDisconnect = true;
      this.#recordTask.abort();
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (!this.active && this.loading !== 'lazy') this.active = true;
    if (changed.has('countries')) this.openNote = undefined;
  }

  protected override updated(): void {
    if (!this.active && !this.#viewport && this.isConnected) {
      this.#viewport = new IntersectionObserver(
        (entries) => {
          if (!entries.some((e) => e.isIntersecting)) return;
          this.#viewport?.disconnect();
          this.active = true;
        },
        { rootMargin: '200px' },
      );
      this.#viewport.observe(this);
    }
  }

  #emit<K extends 'relations-card-load' | 'relations-card-error'>(
    type: K,
    detail: GlobalEventHandlersEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Loads the record again, e.g. after a network failure. */
  retry(): void {
    void this.#recordTask.run();
  }

  override render() {
    const L = this.#localizer.value ?? englishLocalizer;
    return this.#recordTask.render({
      initial: () => this.#renderSkeleton(L),
      pending: () => this.#renderSkeleton(L),
      complete: (loaded) => {
        try {
          return this.#renderCard(L, loaded);
        } catch {
          return this.#renderError(L, new RecordError('bad-response', 200));
        }
      },
      error: (error) => (isAbort(error) ? this.#renderSkeleton(L) : this.#renderError(L, asRecordError(error))),
    });
  }

  #names(L: Localizer): { a: string; b: string } {
    const codes = this.#pair?.codes ?? splitCodes(this.countries);
    return { a: L.country(codes[0] ?? ''), b: L.country(codes[1] ?? '') };
  }

  #renderSkeleton(L: Localizer) {
    // Lines per fact row of a typical card, so the skeleton takes about the loaded card's height.
    const rows = [2, 4, 4, 4, 7, 3];
    const bones = (n: number) => Array.from({ length: n }, () => html`<span class="bone"></span>`);
    return html`<article part="card" class="card skeleton" aria-busy="true" lang=${L.lang}>
      <p class="visually-hidden" role="status">${fill(L.messages.loading, this.#names(L))}</p>
      <div part="header" class="header" aria-hidden="true">
        <span class="flags"><span class="bone flag"></span><span class="bone flag"></span></span>
        <span class="bone title"></span>
      </div>
      <div part="facts" class="facts" aria-hidden="true">
        ${rows.map((lines) => html`<div>${bones(1)}</div><div>${bones(lines)}</div>`)}
      </div>
      <div class="timeline" aria-hidden="true">${bones(1)}</div>
      <div part="footer" class="footer" aria-hidden="true">${bones(1)}</div>
    </article>`;
  }

  #renderHeader(L: Localizer, codes: readonly string[]) {
    return html`<header part="header" class="header">
      <span class="flags">${codes.map((code) => this.#renderFlag(L, code))}</span>
      <h2 id="title">${fill(L.messages.title, this.#names(L))}</h2>
    </header>`;
  }

  #renderFlag(L: Localizer, code: string) {
    const src = new URL(`flags/${code.toLowerCase()}.svg`, `${this.api.replace(/\/*$/, '')}/`).href;
    return html`<img
      part="flag"
      class="flag"
      src=${src}
      width="32"
      height="24"
      alt=${fill(L.messages.flagAlt, { name: L.country(code) })}
      @load=${(e: Event) => ((e.target as HTMLImageElement).hidden = false)}
      @error=${(e: Event) => ((e.target as HTMLImageElement).hidden = true)}
    />`;
  }

  #renderError(L: Localizer, error: RecordError) {
    const m = L.messages;
    const text =
      error.kind === 'not-found'
        ? fill(m.errors.notFound, this.#names(L))
        : error.kind === 'bad-request'
          ? fill(m.errors.badRequest, { codes: splitCodes(this.countries).join(', ') || '—' })
          : m.errors[error.kind === 'network' ? 'network' : error.kind === 'server' ? 'server' : 'badResponse'];
    const canRetry = error.kind === 'network' || error.kind === 'server';
    // No data is an answer, not a failure: it is announced politely and drawn without the error colour.
    const empty = error.kind === 'not-found';
    return html`<article part="card" class="card" lang=${L.lang} aria-labelledby="title">
      ${this.#pair ? this.#renderHeader(L, this.#pair.codes) : html`<h2 id="title" class="visually-hidden">relations-card</h2>`}
      <div class=${empty ? 'error empty' : 'error'} role=${empty ? 'status' : 'alert'}>
        <p>${text}</p>
        ${canRetry ? html`<button class="retry" type="button" @click=${() => this.retry()}>${m.retry}</button>` : nothing}
      </div>
    </article>`;
  }

  /** The "sources disagree" mark after a claim, and its explanation, shown on demand. */
  #renderMark<T extends { rank?: string; note?: string; provenance: { source: string; method: string }[] }>(
    L: Localizer,
    id: string,
    claim: Claim<T>,
    describe: (fact: T) => string,
    sources: Source[],
  ) {
    if (!claim.rejected.length) return nothing;
    const m = L.messages;
    const credit = (fact: T) => {
      const curated = fact.provenance.some((p) => p.method === 'curated');
      const titles = fact.provenance.map((p) => sources.find((s) => s.id === p.source)?.title ?? p.source);
      const from = [...new Set(titles)].join(', ');
      return curated ? `${m.curated}: ${from}` : from;
    };
    const detail = fill(m.disagreeDetail, {
      shown: `${describe(claim.fact)} (${credit(claim.fact)})`,
      other: claim.rejected.map((f) => `${describe(f)} (${credit(f)})`).join('; '),
    });
    const open = this.openNote === id;
    return html`<button
        class="mark"
        type="button"
        title=${`${m.disagree}. ${detail}`}
        aria-expanded=${open ? 'true' : 'false'}
        aria-controls=${`note-${id}`}
        @click=${() => {
          this.openNote = open ? undefined : id;
        }}
      >
        <span aria-hidden="true">≠</span><span class="visually-hidden">${m.disagree}</span></button
      ><span class="note" id=${`note-${id}`} role="note" ?hidden=${!open}
        >${m.disagree}. ${detail}${claim.fact.note ? html` ${claim.fact.note}` : nothing}</span
      >`;
  }

  /**
   * Each side's missions: embassies and other single missions one per line, consulates of one kind as one line
   * of cities. A side with none says "not recorded": the datasets are incomplete, so absence is not a fact.
   */
  #renderMissions(L: Localizer, summary: CardSummary) {
    const m = L.messages;
    const items = summary.missions.flatMap(({ sender, missions }) => {
      const who = html`<span class="who">${L.country(sender)}</span>: `;
      if (!missions.length) return [html`${who}${m.noData}`];
      const grouped = new Map<Mission['kind'], Claim<Mission>[]>();
      const single: Claim<Mission>[] = [];
      for (const claim of missions) {
        const f = claim.fact;
        const consular = CONSULAR.has(f.kind) && f.residency === 'resident' && f.status === 'open' && f.city;
        if (consular && !claim.rejected.length) grouped.set(f.kind, [...(grouped.get(f.kind) ?? []), claim]);
        else single.push(claim);
      }
      return [
        ...single.map(
          (claim) =>
            html`${who}${withItemLink(claim.fact, describeMission(L, claim.fact))}${this.#renderMark(
              L,
              `mission-${sender}-${missions.indexOf(claim)}`,
              claim,
              (f: Mission) => describeMission(L, f),
              summary.sources,
            )}`,
        ),
        ...[...grouped].map(([kind, claims]) => {
          const shown = claims.slice(0, CITIES_SHOWN);
          const more = claims.length - shown.length;
          const cities = shown.map((c, i) => html`${i ? ', ' : ''}${withItemLink(c.fact, c.fact.city ?? '')}`);
          const list = html`${cities}${more ? ` ${fill(m.andMore, { n: L.number(more) })}` : ''}`;
          return html`${who}${fillParts(m.missionIn, { kind: m.missionKindPlural[kind], city: list })}`;
        }),
      ];
    });
    return html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;
  }

  /** The organisations both are members of, in one line; each where their standings differ, on its own. */
  #renderMemberships(L: Localizer, summary: CardSummary, codes: readonly string[]) {
    const m = L.messages;
    if (!summary.bothMembers.length && !summary.memberships.length) return m.noData;
    const names = summary.bothMembers.map(
      ({ fact }, i) =>
        html`${i ? ', ' : ''}${fact.name ? html`<abbr title=${fact.name}>${fact.organization}</abbr>` : fact.organization}`,
    );
    return html`<ul>
      ${summary.bothMembers.length ? html`<li><span class="who">${m.bothMembers}</span>: ${names}</li>` : nothing}
      ${summary.memberships.map(
        (claim, i) =>
          html`<li><span class="who">${claim.fact.organization}</span>: ${describeMembership(L, claim.fact, codes)}${this.#renderMark(
            L,
            `membership-${i}`,
            claim,
            (f: Membership) => describeMembership(L, f, codes),
            summary.sources,
          )}</li>`,
      )}
    </ul>`;
  }

  /** The sources: those with a licence named, the rest behind a disclosure. */
  #renderSources(L: Localizer, sources: readonly Source[]) {
    const m = L.messages;
    // The licensed sources (the article, the datasets) are named; the pages curators cite follow on demand.
    const licensed = sources.filter((s) => s.license);
    const others = sources.filter((s) => !s.license);
    const named = licensed.length ? licensed : others.slice(0, SOURCES_NAMED);
    const rest = others.filter((s) => !named.includes(s));
    const cite = (source: Source) => {
      const url = safeUrl(source.url);
      const licenceUrl = source.license ? LICENCE_URLS[source.license] : undefined;
      return html`${url ? html`<a href=${url} target="_blank" rel="noopener">${source.title}</a>` : source.title}${
        source.license
          ? html`, ${m.licence}
              ${licenceUrl ? html`<a href=${licenceUrl} target="_blank" rel="noopener license">${source.license}</a>` : source.license}`
          : nothing
      }`;
    };
    return html`<footer part="footer" class="footer">
      ${m.source}: ${named.map((source, i) => html`${i ? '; ' : ''}${cite(source)}`)}
      ${
        rest.length
          ? html`<details class="more-sources">
              <summary>${L.plural(m.moreSources, rest.length)}</summary>
              <ul>${rest.map((source) => html`<li>${cite(source)}</li>`)}</ul>
            </details>`
          : nothing
      }
    </footer>`;
  }

  #renderCard(L: Localizer, { pair, summary, article }: Loaded): TemplateResult {
    const m = L.messages;
    const codes = pair.codes;
    const row = (label: string, content: unknown) => html`<dt>${label}</dt><dd>${content}</dd>`;
    const mark: MarkRenderer = (id, claim, describe) => this.#renderMark(L, id, claim, describe, summary.sources);
    return html`<article part="card" class="card" lang=${L.lang} aria-labelledby="title">
      ${this.#renderHeader(L, codes)}
      <dl part="facts" class="facts">
        ${article ? article.since(L, mark) : nothing}
        ${row(m.embassies, this.#renderMissions(L, summary))}
        ${row(m.memberships, this.#renderMemberships(L, summary, codes))}
        ${summary.border ? row(m.border, m.borderShared) : nothing}
        ${article ? article.rows(L, mark) : nothing}
      </dl>
      ${article ? article.timeline(L, mark) : nothing}
      ${this.#renderSources(L, summary.sources)}
    </article>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'relations-card-load': CustomEvent<RelationsRecord>;
    'relations-card-error': CustomEvent<RelationsCardErrorDetail>;
  }
}
