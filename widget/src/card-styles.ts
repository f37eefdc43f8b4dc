// The card's styles: custom properties with defaults on :host, light and dark themes, logical properties for RTL, and
// a compact card whose height is fixed in rem (COMPACT_HEIGHT), so a page can reserve its space before the script runs.
import { css } from './css-text.ts';

/** The compact card's block size, skeleton and errors included: what README's snippet reserves. */
export const COMPACT_HEIGHT = '16.5rem';

/** Styles for `<relations-card>`, adopted into its shadow root (no `<style>` text, so strict CSP pages allow them). */
export const cardStyles = css`
  :host {
    /* light-dark() follows color-scheme: the system's preference for theme="auto", fixed by theme="light"/"dark". */
    --_bg: var(--relations-card-background, light-dark(#ffffff, #161b22));
    --_fg: var(--relations-card-color, light-dark(#1f2328, #e6edf3));
    --_muted: var(--relations-card-muted-color, light-dark(#545d68, #9ea8b3));
    --_accent: var(--relations-card-accent-color, light-dark(#0a57a4, #79b8ff));
    --_border: var(--relations-card-border-color, light-dark(#d5dbe1, #30363d));
    --_surface: var(--relations-card-surface-color, light-dark(#f3f5f7, #21262d));
    --_mark: var(--relations-card-mark-color, light-dark(#8f4700, #f0a35e));
    --_error: var(--relations-card-error-color, light-dark(#b3261e, #ff9492));
    --_radius: var(--relations-card-radius, 0.75rem);
    --_space: var(--relations-card-spacing, 1rem);
    --_shadow: var(--relations-card-shadow, 0 1px 2px rgb(31 35 40 / 0.06), 0 4px 14px rgb(31 35 40 / 0.06));
    --_line: 1.3125rem;
    display: block;
    container-type: inline-size;
    max-inline-size: 36rem;
    color-scheme: light dark;
    /* rem, not the page's em: the height a page reserves in rem is the card's at any font size of the page. */
    font: 400 0.875rem/1.5 var(--relations-card-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
    overflow-wrap: anywhere;
  }
  :host([hidden]),
  [hidden] {
    display: none !important;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }
  .card {
    box-sizing: border-box;
    min-block-size: ${COMPACT_HEIGHT};
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  .header {
    display: flex;
    align-items: center;
    gap: 0.625rem;
    block-size: 1.5rem;
    min-inline-size: 0;
  }
  .flags {
    display: flex;
    flex: none;
    gap: 0.25rem;
  }
  .flags:not(:has(img:not([hidden]))) {
    display: none;
  }
  .flag {
    display: block;
    inline-size: 2rem;
    block-size: 1.5rem;
    border-radius: 0.1875rem;
    outline: 1px solid rgb(127 127 127 / 0.25);
    outline-offset: -1px;
    object-fit: cover;
  }
  h2 {
    margin: 0;
    font-size: 1.0625rem;
    line-height: 1.5rem;
    font-weight: 650;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  h3 {
    margin: 0 0 0.375rem;
    font-size: inherit;
  }
  .facts {
    display: grid;
    grid-template-columns: fit-content(40%) minmax(0, 1fr);
    gap: 0.375rem 0.75rem;
    margin: 0;
  }
  .facts > dt {
    color: var(--_muted);
    font-weight: 600;
  }
  .facts > dd {
    margin: 0;
    min-inline-size: 0;
  }
  .summary {
    grid-auto-rows: minmax(var(--_line), auto);
    align-content: start;
  }
  .summary > *,
  .line {
    display: block;
    min-inline-size: 0;
    overflow: hidden;
    text-overflow: ellipsis;
    white-space: nowrap;
  }
  .summary > dd {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    column-gap: 0.25rem;
  }
  .summary > dt {
    font-size: 0.8125rem;
  }
  .summary .line {
    flex: 0 1 auto;
  }
  .summary .line:has(+ .mark) {
    max-inline-size: calc(100% - 2rem);
  }
  @container (max-width: 24rem) {
    .full .facts,
    .more .facts {
      grid-template-columns: minmax(0, 1fr);
      row-gap: 0.125rem;
    }
    .full .facts > dd,
    .more .facts > dd {
      margin-block-end: 0.5rem;
    }
  }
  .full .facts > dt,
  .more .facts > dt {
    font-size: 0.75rem;
    letter-spacing: 0.02em;
    padding-block-start: 0.125rem;
  }
  ul {
    margin: 0;
    padding: 0;
    list-style: none;
  }
  li + li {
    margin-block-start: 0.25rem;
  }
  .who {
    font-weight: 600;
  }
  .date {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  details.mark {
    display: contents;
  }
  .mark > summary {
    display: inline-grid;
    place-items: center;
    inline-size: 1rem;
    block-size: 1rem;
    margin-inline-start: 0.25rem;
    border-radius: 50%;
    border: 1px solid currentColor;
    color: var(--_mark);
    font-size: 0.6875rem;
    font-weight: 700;
    line-height: 1;
  }
  .mark > summary::before {
    content: none;
  }
  .mark::details-content {
    flex-basis: 100%;
  }
  .note {
    display: block;
    margin: 0.375rem 0 0.25rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_mark);
    border-radius: 0.25rem;
    background: var(--_surface);
    font-size: 0.8125rem;
    white-space: normal;
  }
  summary:focus-visible,
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  summary {
    cursor: pointer;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 600;
    list-style: none;
    border-radius: 0.25rem;
  }
  summary::-webkit-details-marker {
    display: none;
  }
  summary::before {
    content: '';
    inline-size: 0.4rem;
    block-size: 0.4rem;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s ease;
  }
  :host(:dir(rtl)) summary::before {
    transform: rotate(135deg);
  }
  details[open] > summary::before {
    transform: rotate(45deg);
  }
  .more {
    margin-block-start: auto;
  }
  .more > summary {
    color: var(--_accent);
  }
  .more[open] > summary {
    margin-block-end: 0.75rem;
  }
  .more > * + *:not(summary) {
    margin-block-start: 0.75rem;
  }
  .timeline {
    border-block-start: 1px solid var(--_border);
    padding-block-start: 0.75rem;
  }
  ol {
    margin: 0.75rem 0 0;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_border);
  }
  section ol {
    margin: 0;
  }
  ol > li {
    position: relative;
    padding-inline-start: var(--_space);
  }
  ol > li::before {
    content: '';
    position: absolute;
    inset-inline-start: -0.3125rem;
    inset-block-start: 0.5rem;
    inline-size: 0.5rem;
    block-size: 0.5rem;
    border-radius: 50%;
    background: var(--_accent);
  }
  ol .date {
    display: block;
    font-size: 0.8125rem;
  }
  .footer {
    color: var(--_muted);
    font-size: 0.75rem;
  }
  .full .footer {
    margin-block-start: auto;
  }
  .sources {
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
  }
  abbr[title] {
    text-decoration: none;
  }
  .more-sources {
    display: inline;
  }
  .more-sources > summary {
    display: inline-flex;
    font-weight: 400;
    color: var(--_accent);
  }
  .more-sources ul {
    margin: 0.25rem 0 0;
    padding-inline-start: 1.25rem;
  }
  .error {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
    align-content: center;
    flex: 1;
  }
  .error p {
    margin: 0;
    padding-inline-start: 0.75rem;
    border-inline-start: 3px solid var(--_error);
  }
  .empty p {
    border-inline-start-color: var(--_border);
    color: var(--_muted);
  }
  .retry {
    font: inherit;
    font-weight: 600;
    padding: 0.375rem 0.875rem;
    border-radius: 0.5rem;
    border: 1px solid var(--_accent);
    background: transparent;
    color: var(--_accent);
    cursor: pointer;
  }
  .bone {
    display: block;
    block-size: 0.875rem;
    border-radius: 0.25rem;
    background: linear-gradient(90deg, var(--_surface) 30%, var(--_border) 50%, var(--_surface) 70%) 0 0 / 300% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .skeleton .facts > .bone {
    align-self: center;
    inline-size: 5rem;
  }
  .skeleton .facts > .bone:nth-child(4n) {
    inline-size: 70%;
  }
  .skeleton .flag {
    outline: none;
  }
  .skeleton .title {
    block-size: 1.125rem;
    inline-size: 60%;
  }
  .skeleton .more,
  .skeleton .footer {
    display: flex;
    align-items: center;
    block-size: var(--_line);
  }
  .skeleton .footer {
    block-size: 1.125rem;
  }
  .skeleton .more .bone {
    inline-size: 40%;
  }
  .skeleton .footer .bone {
    inline-size: 60%;
    block-size: 0.75rem;
  }
  @keyframes shimmer {
    from {
      background-position: 100% 0;
    }
    to {
      background-position: 0 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .bone {
      animation: none;
    }
    summary::before {
      transition: none;
    }
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
