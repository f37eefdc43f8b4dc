// Registers <relations-card>; import this module for the side effect.
import { RelationsCard } from './relations-card.ts';

if (!customElements.get('relations-card')) customElements.define('relations-card', RelationsCard);

export { RelationsCard };

declare global {
  interface HTMLElementTagNameMap {
    'relations-card': RelationsCard;
  }
}
