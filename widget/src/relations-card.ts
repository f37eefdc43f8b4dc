// <relations-card>: fetches a pair's record from the API and shows it as a compact card.
import { css, html, LitElement } from 'lit';
import type { RelationsRecord } from '../../data/schema/relations-record.ts';

/**
 * A compact card of the facts about the relations between two countries.
 *
 * @summary Facts about the relations between two countries.
 */
export class RelationsCard extends LitElement {
  static override properties = {
    countries: { type: String, reflect: true },
    api: { type: String, reflect: true },
    record: { state: true },
  };

  static override styles = css`
    :host { display: block; }
  `;

  /** Two country codes, alpha-2 or alpha-3, separated by a space or a comma: "AL DK". */
  declare countries: string;
  /** Base URL of the API; defaults to the origin the script was loaded from. */
  declare api: string;
  declare record: RelationsRecord | undefined;

  constructor() {
    super();
    // Defaults are set here, not as class fields, so fields do not shadow Lit's reactive accessors.
    this.countries = '';
    this.api = new URL(import.meta.url).origin;
  }

  override updated(changed: Map<string, unknown>): void {
    if (changed.has('countries') || changed.has('api')) void this.load();
  }

  private async load(): Promise<void> {
    const [a, b] = this.countries.split(/[\s,]+/).filter(Boolean);
    if (!a || !b) return;
    const res = await fetch(new URL(`/v1/relations/${a}/${b}`, this.api));
    if (res.ok) this.record = (await res.json()) as RelationsRecord;
  }

  override render() {
    return html`<article part="card"><h2>${this.record?.title ?? ''}</h2></article>`;
  }
}
