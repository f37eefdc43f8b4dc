// <relations-card>: loads a pair's record and the page's language, then shows the card. The markup, the view model and
// the strings are chunks loaded while the record is on its way; until both are here the card is a skeleton of its
// final size with no text, so it never shows another language first, and never moves the page.
import { html, LitElement, unsafeCSS } from 'lit';
import type { CardLayout, CardProblem } from './card-markup.ts';
import { cardStyles } from './card-styles.ts';
import type { CardView } from './card-view.ts';
import { closestLang, observeLang } from './closest-lang.ts';
import { CountryCodeError, type CountryPair, parseCountryPair, splitCodes } from './country-pair.ts';
import type { Localizer } from './format.ts';
import { loadStrings, localeOf, uiLanguage } from './i18n/load-strings.ts';
import type { RelationsRecord } from './record.ts';
import { apiBase, fetchRecord, type Problem, RecordError } from './record-client.ts';

/** The detail of `relations-card-error`: the HTTP status (0 without a response) and the problem document. */
export interface RelationsCardErrorDetail {
  status: number;
  problem: Problem | undefined;
}

const loadChunk = () => import('./card-chunk.ts');
type CardChunk = Awaited<ReturnType<typeof loadChunk>>;

/** What a record load ended in: a card to show, or a problem to tell; `flagBase` is empty when `api` is no URL. */
type Outcome = { flagBase: string } & (
  | { record: RelationsRecord; view: CardView; pair: CountryPair; problem?: undefined }
  | { problem: CardProblem; error: RecordError }
);

/** Milliseconds a record (and the code to show it) may take before the card offers a retry. */
const DEFAULT_TIMEOUT = 15_000;

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/** The skeleton's lines of facts: the same on every card and every render. */
const BONES = Array.from({ length: 10 }, () => html`<span class="bone"></span>`);

/** The origin this module was loaded from: the worker that serves the bundle also serves the API. */
function scriptOrigin(): string {
  try {
    const origin = new URL(import.meta.url).origin;
    return origin === 'null' ? location.origin : origin;
  } catch {
    return location.origin;
  }
}

/** Resolves with `promise`, or rejects with the signal's reason once it aborts. */
function raced<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** The problem a reader is told for a failure on the way to a record. */
function problemOf(error: RecordError, pair: CountryPair | undefined): CardProblem {
  switch (error.kind) {
    case 'not-found':
      return pair ? { kind: 'not-found', countries: pair.codes } : { kind: 'bad-response' };
    case 'bad-request':
      return { kind: 'unknown-codes', codes: pair?.codes ?? [] };
    case 'bad-api':
      return { kind: 'bad-api', api: String(error.problem?.detail ?? '').replace(/^Not a web address: /, '') };
    default:
      return { kind: error.kind };
  }
}

/**
 * A compact card of the facts about the relations between two countries: since when, missions each way, shared
 * organisations and the latest visit at a glance, assistance, diaspora, a dated timeline and the sources one
 * disclosure away, in the language of the page.
 *
 * @summary Facts about the relations between two countries, from the relations-card API.
 *
 * @fires relations-card-load - The record loaded and is shown; `detail` is the record.
 * @fires relations-card-error - The record could not be shown; `detail` is `{ status, problem }` (status 0: no response).
 *
 * @csspart card - The card's root; carries the background, border, radius and shadow.
 * @csspart header - The flags and the title.
 * @csspart flag - Each flag image.
 * @csspart facts - The list of facts.
 * @csspart more - The compact card's disclosure of everything else.
 * @csspart timeline - The full dated timeline.
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
 * @cssprop [--relations-card-spacing=1rem] - Padding.
 * @cssprop [--relations-card-shadow=0 1px 2px rgb(31 35 40 / 0.06), 0 4px 14px rgb(31 35 40 / 0.06)] - Card shadow.
 */
export class RelationsCard extends LitElement {
  static override properties = {
    countries: { type: String, reflect: true },
    api: { type: String, reflect: true },
    theme: { type: String, reflect: true },
    loading: { type: String, reflect: true },
    layout: { type: String, reflect: true },
    timeout: { type: Number },
    langTag: { state: true },
    active: { state: true },
  };

  static override styles = unsafeCSS(cardStyles);

  /** Two country codes, alpha-2 or alpha-3, in any order, separated by a space or a comma: "AL DK", "DNK,ALB". */
  declare countries: string;
  /** Base URL of the API; empty or absent: the origin the script was loaded from. */
  declare api: string;
  /** `auto` follows the system's light or dark preference. */
  declare theme: 'auto' | 'light' | 'dark';
  /** `lazy` waits until the card nears the viewport before loading. */
  declare loading: 'eager' | 'lazy';
  /** `compact` (a fixed height, the rest one disclosure away) or `full` (every fact at once). */
  declare layout: CardLayout;
  /** Milliseconds to wait for the record before offering a retry. */
  declare timeout: number;
  declare private langTag: string;
  declare private active: boolean;

  #stopObservingLang: (() => void) | undefined;
  #viewport: IntersectionObserver | undefined;
  /** Which record the card shows: API and countries, once active; a change starts a new load. */
  #recordKey = '';
  #recordRun = 0;
  #recordAbort: AbortController | undefined;
  #outcome: Outcome | undefined;
  /** The outcome whose event was dispatched, so each is announced once, when it is first shown. */
  #announced: Outcome | undefined;
  #langKey: string | undefined;
  #langRun = 0;
  /** The last language loaded: kept while another loads, so the card changes language without a flash. */
  #L: Localizer | undefined;
  #chunk: CardChunk | undefined;
  #langFailed = false;

  constructor() {
    super();
    // Defaults are set here, not as class fields, so fields do not shadow Lit's reactive accessors.
    this.countries = '';
    this.api = '';
    this.theme = 'auto';
    this.loading = 'eager';
    this.layout = 'compact';
    this.timeout = DEFAULT_TIMEOUT;
    this.langTag = '';
    this.active = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.langTag = closestLang(this);
    this.#stopObservingLang = observeLang(this, () => {
      this.langTag = closestLang(this);
    });
    // A load cut short by a move in the page starts again.
    if (this.#recordKey && !this.#outcome && !this.#recordAbort) this.#loadRecord();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#stopObservingLang?.();
    this.#viewport?.disconnect();
    this.#viewport = undefined;
    this.#recordAbort?.abort();
    this.#recordAbort = undefined;
  }

  protected override willUpdate(): void {
    if (!this.active && this.loading !== 'lazy') this.active = true;
    if (this.langTag !== this.#langKey) {
      this.#langKey = this.langTag;
      this.#loadLanguage();
    }
    // No codes yet (a framework may set them after connecting): wait quietly rather than report an error.
    const key = this.active && this.countries.trim() ? `${this.api}\n${this.countries}` : '';
    if (key !== this.#recordKey) {
      this.#recordKey = key;
      this.#loadRecord();
    }
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
    const outcome = this.#outcome;
    if (outcome && outcome !== this.#announced && this.#shown()) {
      this.#announced = outcome;
      if (outcome.problem)
        this.#emit('relations-card-error', { status: outcome.error.status, problem: outcome.error.problem });
      else this.#emit('relations-card-load', outcome.record);
    }
  }

  /** Loads the record again, and the language if it failed, e.g. after a network failure. */
  retry(): void {
    if (this.#langFailed) this.#loadLanguage();
    this.#loadRecord();
  }

  #emit<K extends 'relations-card-load' | 'relations-card-error'>(
    type: K,
    detail: GlobalEventHandlersEventMap[K]['detail'],
  ): void {
    this.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
  }

  /** Loads the strings of the page's language; only the latest request may replace the language shown. */
  #loadLanguage(): void {
    const run = ++this.#langRun;
    const tag = this.langTag;
    const lang = uiLanguage(tag);
    this.#langFailed = false;
    Promise.all([loadChunk(), loadStrings(lang)]).then(
      ([chunk, [messages, data]]) => {
        if (run !== this.#langRun) return;
        this.#chunk = chunk;
        this.#L = chunk.createLocalizer(lang, localeOf(tag), messages, data);
        this.requestUpdate();
      },
      () => {
        if (run !== this.#langRun) return;
        this.#langFailed = true;
        this.requestUpdate();
      },
    );
  }

  /** Loads the record the attributes name; a newer load, a move out of the page or the timeout ends this one. */
  #loadRecord(): void {
    const run = ++this.#recordRun;
    this.#recordAbort?.abort();
    this.#recordAbort = undefined;
    this.#outcome = undefined;
    this.requestUpdate();
    if (!this.#recordKey) return;
    const controller = new AbortController();
    this.#recordAbort = controller;
    const timer = setTimeout(() => controller.abort(new RecordError('timeout', 0)), this.timeout);
    this.#fetchOutcome(controller.signal).then((outcome) => {
      clearTimeout(timer);
      if (run !== this.#recordRun) return;
      this.#recordAbort = undefined;
      this.#outcome = outcome;
      this.requestUpdate();
    });
  }

  /** The outcome of loading the record and the code that shows it; undefined when aborted by a move in the page. */
  async #fetchOutcome(signal: AbortSignal): Promise<Outcome | undefined> {
    let pair: CountryPair | undefined;
    let flagBase = '';
    try {
      const base = apiBase(this.api, scriptOrigin());
      flagBase = base.href;
      pair = await raced(parseCountryPair(this.countries), signal);
      const [record, chunk] = await Promise.all([fetchRecord(base, pair, signal), raced(loadChunk(), signal)]);
      try {
        return { record, pair, flagBase, view: chunk.cardView(record) };
      } catch {
        throw new RecordError('bad-response', 200);
      }
    } catch (error) {
      if (error instanceof CountryCodeError) {
        const [code = ''] = error.codes;
        const problem: CardProblem =
          error.problem === 'same'
            ? { kind: 'same-country', code }
            : error.problem === 'unknown'
              ? { kind: 'unknown-codes', codes: error.codes }
              : { kind: 'not-two' };
        const detail = error.message;
        return {
          problem,
          flagBase,
          error: new RecordError('bad-request', 400, { title: 'Bad Request', status: 400, detail }),
        };
      }
      if (isAbort(error) || (signal.aborted && !(signal.reason instanceof RecordError))) return undefined;
      // Anything else on the way (a chunk that did not load) is a network failure, which a retry can mend.
      const failure = error instanceof RecordError ? error : new RecordError('network', 0);
      return { problem: problemOf(failure, pair), flagBase, error: failure };
    }
  }

  /** Whether the card shows its outcome (rather than the skeleton). */
  #shown(): boolean {
    return !!(this.#outcome && ((this.#L && this.#chunk) || this.#langFailed));
  }

  override render() {
    const outcome = this.#outcome;
    const L = this.#L;
    const chunk = this.#chunk;
    if (!outcome || !this.#shown()) return this.#renderSkeleton(L);
    if (!L || !chunk) return this.#renderOffline();
    const options = {
      flagBase: outcome.flagBase,
      layout: this.layout === 'full' ? 'full' : 'compact',
      retry: () => this.retry(),
    } as const;
    try {
      if (!outcome.problem) return chunk.cardTemplate(outcome.view, L, options);
    } catch {
      return chunk.problemTemplate({ kind: 'bad-response' }, L, options);
    }
    return chunk.problemTemplate(outcome.problem, L, options);
  }

  /** The card's frame while it loads: its final size, no text but the announcement, in the page's language. */
  #renderSkeleton(L: Localizer | undefined) {
    const [a = '', b = ''] = splitCodes(this.countries);
    const status =
      L && /^[A-Za-z]{2}$/.test(a) && /^[A-Za-z]{2}$/.test(b)
        ? L.fill(L.messages.loading, { a: L.country(a), b: L.country(b) })
        : '';
    return html`<article part="card" class="card compact skeleton" aria-busy="true" lang=${uiLanguage(this.langTag)}>
      <p class="visually-hidden" role="status">${status}</p>
      <div part="header" class="header" aria-hidden="true">
        <span class="flags"><span class="bone flag"></span><span class="bone flag"></span></span>
        <span class="bone title"></span>
      </div>
      <div part="facts" class="facts summary" aria-hidden="true">${BONES}</div>
      <div class="more" aria-hidden="true"><span class="bone"></span></div>
      <div part="footer" class="footer" aria-hidden="true"><span class="bone"></span></div>
    </article>`;
  }

  /** When not even the card's strings could be loaded: the one message the bundle carries, in English. */
  #renderOffline() {
    return html`<article part="card" class="card" lang="en" aria-labelledby="title">
      <h2 id="title" class="visually-hidden">relations-card</h2>
      <div class="error" role="alert">
        <p>The card could not be loaded. Check the connection and try again.</p>
        <button class="retry" type="button" @click=${() => this.retry()}>Try again</button>
      </div>
    </article>`;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'relations-card-load': CustomEvent<RelationsRecord>;
    'relations-card-error': CustomEvent<RelationsCardErrorDetail>;
  }
}
