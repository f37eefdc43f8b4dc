// What the country dataset lacks but bilateral articles use: noun demonyms, other names, historic states, cities.

/**
 * Noun demonyms that are not the adjective plus "s" ("Danes", not "Danishes"), by alpha-2 code. Plurals only:
 * singulars such as "Dane", "Finn" or "Pole" are also given names ("President Dane Marnate").
 */
export const NOUN_DEMONYMS: Record<string, string[]> = {
  DK: ['Danes'],
  SE: ['Swedes'],
  FI: ['Finns'],
  PL: ['Poles'],
  TR: ['Turks'],
  GB: ['Britons', 'Brits', 'British people'],
  ES: ['Spaniards'],
  IE: ['Irishman', 'Irish people'],
  FR: ['Frenchman', 'French people'],
  NL: ['Dutchman', 'Dutch people'],
  CZ: ['Czechs'],
  IS: ['Icelanders'],
  LU: ['Luxembourgers'],
  NZ: ['New Zealanders'],
  CH: ['Swiss people'],
  CN: ['Chinese people'],
  JP: ['Japanese people'],
  XK: ['Kosovars', 'Kosovans', 'Kosovan'],
  AR: ['Argentinians', 'Argentineans'],
  SA: ['Saudis'],
  KZ: ['Kazakhs'],
  UZ: ['Uzbeks'],
  EC: ['Ecuadorians'],
  RS: ['Serbs'],
  HR: ['Croats'],
  BA: ['Bosnians'],
  SI: ['Slovenians'],
  KG: ['Kyrgyz people'],
  TJ: ['Tajiks'],
  TM: ['Turkmens'],
  AE: ['Emiratis'],
  NP: ['Nepalis'],
};

/** Other names articles use for a country, by alpha-2 code. */
export const EXTRA_NAMES: Record<string, string[]> = {
  US: ['U.S.', 'America', 'United States', 'USA', 'U.S.A.'],
  AE: ['UAE'],
  CZ: ['Czech Republic'],
  MM: ['Burma'],
  SZ: ['Swaziland'],
  TL: ['East Timor'],
  VA: ['Holy See', 'Vatican'],
  // The dataset's common name is "Türkiye"; most articles still write "Turkey".
  TR: ['Türkiye', 'Turkey'],
  DE: ['West Germany'],
  CN: ['PRC', 'Mainland China'],
  KR: ['Korea', 'ROK'],
  GB: ['Britain', 'U.K.', 'UK', 'Great Britain', 'England'],
  // Former names that history sections still use.
  IR: ['Persia'],
  TH: ['Siam'],
  LK: ['Ceylon'],
  CD: ['Zaire'],
  ZW: ['Rhodesia'],
  BJ: ['Dahomey'],
  BF: ['Upper Volta'],
  KH: ['Kampuchea'],
  BA: ['Bosnia'],
  MK: ['Republic of Macedonia', 'FYROM'],
  CV: ['Cape Verde', 'Cabo Verde'],
  BY: ['Byelorussia', 'Belorussia'],
  KG: ['Kirghizia'],
};

/** Adjectives the dataset lacks ("Argentinian" beside "Argentine"), by alpha-2 code. */
export const EXTRA_ADJECTIVES: Record<string, string[]> = {
  AR: ['Argentinian', 'Argentinean'],
  NP: ['Nepali'],
  MV: ['Maldivian'],
  BA: ['Bosnian'],
  SI: ['Slovene', 'Slovenian'],
  SR: ['Surinamese'],
  SV: ['Salvadorean'],
  EC: ['Ecuadorian'],
  KZ: ['Kazakh'],
  UZ: ['Uzbek'],
  KG: ['Kyrgyz'],
  TJ: ['Tajik'],
  TL: ['Timorese'],
  BW: ['Botswanan'],
};

/**
 * States that no longer exist, so that a fact about them is not read as a fact about the pair.
 * They get codes outside ISO 3166-1's current alpha-2 set (the ISO 3166-3 ones), never stored in a record.
 */
export const HISTORIC_STATES: Record<string, string[]> = {
  SU: ['Soviet Union', 'USSR', 'Soviet'],
  YU: ['Yugoslavia', 'Yugoslav', 'Socialist Federal Republic of Yugoslavia'],
  CS: ['Czechoslovakia', 'Czechoslovak'],
  DD: ['East Germany', 'German Democratic Republic'],
};

/** Cities that hold embassies though they are not the capital in the dataset, by alpha-2 code. */
export const EXTRA_CITIES: Record<string, string[]> = {
  NL: ['The Hague'],
  IL: ['Tel Aviv'],
  US: ['Washington', 'Washington, D.C.', 'Washington D.C.', 'New York'],
  CI: ['Abidjan'],
  BO: ['La Paz'],
  TR: ['Istanbul'],
  DE: ['Hamburg', 'Munich', 'Frankfurt'],
  CH: ['Geneva', 'Zurich'],
  AU: ['Sydney', 'Melbourne'],
  CA: ['Toronto', 'Montreal', 'Vancouver'],
  BR: ['Rio de Janeiro', 'São Paulo'],
  IN: ['Mumbai'],
  GB: [
    'Northern Ireland',
    'Scotland',
    'Wales',
    'Edinburgh',
    'Manchester',
    'Birmingham',
    'Glasgow',
    'Belfast',
    'Cardiff',
  ],
  CN: ['Shanghai', 'Hong Kong'],
};
