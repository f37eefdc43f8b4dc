// <relations-card>: fetches a pair's record from the API and shows it as a compact, localized card.
import { initialState, Task, TaskStatus } from '@lit/task';
import { html, LitElement, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { closestLang, observeLang } from './closest-lang.ts';
import { CountryCodeError, type CountryPair, parseCountryPair, splitCodes } from './country-pair.ts';
import {
  describeAssistance,
  describeDiaspora,
  describeMembership,
  describeMission,
  describeTimelineEntry,
  describeVisit,
} from './describe-facts.ts';
import { fill, type Localizer } from './format.ts';
import { englishLocalizer, loadLocalizer } from './i18n/load-localizer.ts';
import type { Claim, Ranked } from './rank-claims.ts';
import type {
  Assistance,
  Diaspora,
  Membership,
  Mission,
  RelationsEvent,
  RelationsRecord,
  Source,
  Visit,
} from './record.ts';
import { fetchRecord, type Problem, RecordError } from './record-client.ts';
import { relationsCardStyles } from './relations-card.styles.ts';
import { type CardSummary, summarizeRecord } from './summarize-record.ts';

/** The detail of `relations-card-error`: the HTTP status (0 for a network failure) and the API's problem document. */
export interface RelationsCardErrorDetail {
  status: number;
  problem: Problem | undefined;
}

interface Loaded {
  pair: CountryPair;
  record: RelationsRecord;
  summary: CardSummary;
}

const LICENCE_URLS: Record<string, string> = {
  'CC BY-SA 4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC BY-SA 3.0': 'https://creativecommons.org/licenses/by-sa/3.0/',
  'CC BY 4.0': 'https://creativecommons.org/licenses/by/4.0/',
  CC0: 'https://creativecommons.org/publicdomain/zero/1.0/',
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
      try {
        return { pair, record, summary: summarizeRecord(record) };
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
    return html`<article part="card" class="card" lang=${L.lang} aria-labelledby="title">
      ${this.#pair ? this.#renderHeader(L, this.#pair.codes) : html`<h2 id="title" class="visually-hidden">relations-card</h2>`}
      <div class="error" role="alert">
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

  #renderCard(L: Localizer, { pair, summary }: Loaded): TemplateResult {
    const m = L.messages;
    const { sources } = summary;
    const codes = pair.codes;
    const row = (label: string, content: unknown) => html`<dt>${label}</dt><dd>${content}</dd>`;
    const list = <T>(items: T[], item: (x: T, i: number) => unknown) =>
      items.length ? html`<ul>${items.map((x, i) => html`<li>${item(x, i)}</li>`)}</ul>` : m.noData;
    const since = summary.since;
    const describeEvent = (e: RelationsEvent) => L.date(e.date);

    return html`<article part="card" class="card" lang=${L.lang} aria-labelledby="title">
      ${this.#renderHeader(L, codes)}
      <dl part="facts" class="facts">
        ${row(
          m.since,
          since
            ? html`<time datetime=${since.fact.date}>${fill(m.sinceDate, { date: L.date(since.fact.date) })}</time>${this.#renderMark(L, 'since', since, describeEvent, sources)}`
            : m.noData,
        )}
        ${row(
          m.embassies,
          list(
            summary.missions.flatMap(({ sender, missions }): { sender: string; claim?: Claim<Mission> }[] =>
              missions.length ? missions.map((claim) => ({ sender, claim })) : [{ sender }],
            ),
            ({ sender, claim }, i) =>
              html`<span class="who">${L.country(sender)}</span>:
              ${
                claim
                  ? html`${describeMission(L, claim.fact)}${this.#renderMark(
                      L,
                      `mission-${i}`,
                      claim,
                      (f: Mission) => describeMission(L, f),
                      sources,
                    )}`
                  : m.noData
              }`,
          ),
        )}
        ${row(
          m.memberships,
          list(
            summary.memberships,
            (claim, i) =>
              html`<span class="who">${claim.fact.organization}</span>: ${describeMembership(L, claim.fact, codes)}${this.#renderMark(
                L,
                `membership-${i}`,
                claim,
                (f: Membership) => describeMembership(L, f, codes),
                sources,
              )}`,
          ),
        )}
        ${row(
          m.latestVisit,
          summary.latestVisit
            ? html`<time class="date" datetime=${summary.latestVisit.fact.date}>${L.date(summary.latestVisit.fact.date)}</time>
                · ${describeVisit(L, summary.latestVisit.fact)}${this.#renderMark(
                  L,
                  'visit',
                  summary.latestVisit,
                  (f: Visit) => `${L.date(f.date)} ${describeVisit(L, f)}`,
                  sources,
                )}`
            : m.noData,
        )}
        ${row(
          m.assistance,
          list(
            summary.assistance,
            (claim, i) =>
              html`${claim.fact.date ? html`<time class="date" datetime=${claim.fact.date}>${L.date(claim.fact.date)}</time> · ` : nothing}${describeAssistance(L, claim.fact)}${this.#renderMark(
                L,
                `assistance-${i}`,
                claim,
                (f: Assistance) => describeAssistance(L, f),
                sources,
              )}`,
          ),
        )}
        ${row(
          m.diaspora,
          list(
            summary.diaspora,
            (claim, i) =>
              html`${describeDiaspora(L, claim.fact)}${this.#renderMark(
                L,
                `diaspora-${i}`,
                claim,
                (f: Diaspora) => describeDiaspora(L, f),
                sources,
              )}`,
          ),
        )}
      </dl>
      ${
        summary.timeline.length
          ? html`<details part="timeline" class="timeline">
              <summary>${L.plural(m.timeline, summary.timeline.length)}</summary>
              <ol>
                ${summary.timeline.map(
                  (entry, i) =>
                    html`<li>
                      <time class="date" datetime=${entry.date.split('/')[0] ?? ''}>${L.date(entry.date)}</time>
                      ${describeTimelineEntry(L, entry)}${this.#renderMark(
                        L,
                        `timeline-${i}`,
                        entry.claim as Claim<Ranked & { date?: string | undefined }>,
                        (fact) => L.date(fact.date ?? entry.date),
                        sources,
                      )}
                    </li>`,
                )}
              </ol>
            </details>`
          : nothing
      }
      <footer part="footer" class="footer">
        ${m.source}:
        ${sources.map((source, i) => {
          const url = safeUrl(source.url);
          const licenceUrl = source.license ? LICENCE_URLS[source.license] : undefined;
          return html`${i ? '; ' : ''}${url ? html`<a href=${url} target="_blank" rel="noopener">${source.title}</a>` : source.title}${
            source.license
              ? html`, ${m.licence}
                  ${licenceUrl ? html`<a href=${licenceUrl} target="_blank" rel="noopener license">${source.license}</a>` : source.license}`
              : nothing
          }`;
        })}
      </footer>
    </article>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'relations-card-load': CustomEvent<RelationsRecord>;
    'relations-card-error': CustomEvent<RelationsCardErrorDetail>;
  }
}
