// What the element loads on demand, while the record is on its way: the view model, the markup and the localizer.
export { cardTemplate, problemTemplate } from './card-markup.ts';
export { cardView } from './card-view.ts';
export { createLocalizer } from './format.ts';
