// The card's styles: custom properties with defaults on :host, light and dark themes, logical properties for RTL.
import { css } from 'lit';

/** Styles for `<relations-card>`, adopted into its shadow root (no `<style>` text, so strict CSP pages allow them). */
export const relationsCardStyles = css`
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
    display: block;
    container-type: inline-size;
    max-inline-size: 36rem;
    color-scheme: light dark;
    font: 400 0.875rem/1.5 var(--relations-card-font, system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif);
  }
  :host([hidden]) {
    display: none;
  }
  :host([theme='light']) {
    color-scheme: light;
  }
  :host([theme='dark']) {
    color-scheme: dark;
  }

  [hidden] {
    display: none !important;
  }
  .card {
    box-sizing: border-box;
    min-block-size: 12rem;
    padding: calc(var(--_space) * 1.25);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_bg);
    color: var(--_fg);
    box-shadow: var(--_shadow);
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .header {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 0.75);
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
    font-size: 1.1875rem;
    line-height: 1.3;
    font-weight: 650;
    text-wrap: balance;
  }
  .facts {
    display: grid;
    grid-template-columns: 7.5rem 1fr;
    gap: calc(var(--_space) * 0.5) var(--_space);
    margin: 0;
  }
  .facts > dt {
    color: var(--_muted);
    font-size: 0.75rem;
    font-weight: 600;
    letter-spacing: 0.02em;
    line-height: 1.35;
    padding-block-start: 0.1875rem;
  }
  .facts > dd {
    margin: 0;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  @container (max-width: 24rem) {
    .facts {
      grid-template-columns: 1fr;
      row-gap: 0.125rem;
    }
    .facts > dd {
      margin-block-end: calc(var(--_space) * 0.5);
    }
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
  }
  .date {
    font-variant-numeric: tabular-nums;
  }
  .mark {
    all: unset;
    cursor: pointer;
    display: inline-grid;
    place-items: center;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin-inline-start: 0.25rem;
    border-radius: 50%;
    border: 1px solid currentColor;
    color: var(--_mark);
    font-size: 0.6875rem;
    font-weight: 700;
    line-height: 1;
    vertical-align: super;
  }
  .mark:focus-visible,
  summary:focus-visible,
  a:focus-visible,
  button:focus-visible {
    outline: 2px solid var(--_accent);
    outline-offset: 2px;
  }
  .note {
    display: block;
    margin: 0.375rem 0 0.25rem;
    padding: 0.5rem 0.75rem;
    border-inline-start: 3px solid var(--_mark);
    border-radius: 0.25rem;
    background: var(--_surface);
    font-size: 0.8125rem;
  }
  .timeline {
    border-block-start: 1px solid var(--_border);
    padding-block-start: calc(var(--_space) * 0.75);
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
    inline-size: 0.45rem;
    block-size: 0.45rem;
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
  ol {
    margin: calc(var(--_space) * 0.75) 0 0;
    padding: 0;
    list-style: none;
    border-inline-start: 2px solid var(--_border);
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
    margin-block-start: auto;
    color: var(--_muted);
    font-size: 0.8125rem;
  }
  a {
    color: var(--_accent);
    text-underline-offset: 0.15em;
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
    block-size: 1em;
    margin-block: 0.25em;
    border-radius: 0.25rem;
    background: linear-gradient(90deg, var(--_surface) 30%, var(--_border) 50%, var(--_surface) 70%) 0 0 / 300% 100%;
    animation: shimmer 1.4s linear infinite;
  }
  .bone.flag {
    margin: 0;
    outline: none;
  }
  .bone.title {
    block-size: 1.25rem;
    inline-size: 60%;
  }
  .skeleton .facts > :nth-child(odd) .bone {
    inline-size: 70%;
  }
  .skeleton .facts > :nth-child(4n) .bone:last-child,
  .skeleton .footer .bone {
    inline-size: 60%;
  }
  .skeleton .timeline .bone {
    inline-size: 40%;
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
