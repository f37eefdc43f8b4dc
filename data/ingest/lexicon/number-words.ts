// Numbers written as words ("two", "a dozen"), for the lexicon's NUMWORD tag and for relative dates ("two years later").

/** Each number word or phrase and its value. */
export const NUMBER_WORDS: Record<string, number> = {
  one: 1,
  a: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  fifteen: 15,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  'a hundred': 100,
  'one hundred': 100,
  'a dozen': 12,
};
