// Offices whose holders make high-level visits, and the portfolio words that build ministers' titles.

/** The head words of an office; "Minister" and "Secretary" also take a portfolio ("Minister of Trade"). */
export const OFFICE_HEADS = [
  'prime minister',
  'president',
  'vice-president',
  'vice-premier',
  'vice-chancellor',
  'deputy-prime minister',
  'premier',
  'chancellor',
  'minister',
  'secretary',
  'secretary of state',
  'secretary-general',
  'secretary general',
  'crown prince',
  'crown princess',
  'grand duke',
  'grand duchess',
  'king',
  'queen',
  'prince',
  'princess',
  'emperor',
  'empress',
  'emir',
  'sultan',
  'speaker',
  'governor-general',
  'governor general',
  'taoiseach',
  'tánaiste',
  'chief of defence staff',
  'chief of the defence staff',
  'chief of general staff',
  'chief of the general staff',
  'pope',
  'head of state',
  'head of government',
  'chief minister',
  'undersecretary',
  'under-secretary',
  'under secretary',
  'director general',
  'director-general',
  'monarch',
  'state counsellor',
];

/** Words before a head that qualify it: "Deputy Prime Minister", "Vice-President". */
export const OFFICE_QUALIFIERS = ['deputy', 'vice', 'acting', 'first', 'interim', 'crown'];

/** Portfolio words: "Foreign Minister", "Minister of European Affairs", "Minister for Development Cooperation". */
export const PORTFOLIO_WORDS = `foreign affairs european europe development cooperation trade defence defense finance
economy economic interior justice health education culture energy environment climate agriculture integration
tourism transport industry business growth labour labor employment social science research innovation digital home
security international relations diaspora infrastructure public works local government nordic sport sports youth
immigration taxation fisheries food equality children housing enterprise investment entrepreneurship regional
administration communications technology media state commerce planning resources mines oil gas water women
family national external overseas commonwealth`;
