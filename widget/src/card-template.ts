// The card as a server renders it (relations-card/card-template.js): the same view model, markup, strings and styles
// the element shows, for @lit-labs/ssr to turn into HTML that reads without JavaScript.
//
//   const view = cardView(record);
//   const L = await loadLocalizer('da');
//   const body = render(cardTemplate(view, L, { flagBase: 'https://relations.example/', layout: 'full' }));
//   // in a page: <relations-card-page><template shadowrootmode="open"><style>${cardStyles}</style>…body…</template>
export type { CardLayout, CardOptions, CardProblem } from './card-markup.ts';
export { cardTemplate, problemTemplate, SUMMARY_ROWS } from './card-markup.ts';
export { COMPACT_HEIGHT, cardStyles } from './card-styles.ts';
export type { CardView } from './card-view.ts';
export { cardView } from './card-view.ts';
export type { Localizer } from './format.ts';
export { loadLocalizer } from './i18n/load-localizer.ts';
export { UI_LANGUAGES, type UiLanguage, uiLanguage } from './i18n/load-strings.ts';
