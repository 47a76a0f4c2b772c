/**
 * Word lists of person-name handling, as data (folded, lower case). Each list is a rule about how
 * English news writes names, not a list of anyone's name.
 */

/**
 * Ranks, styles and royal or chiefly titles written before a name. The contract's v1.1
 * clarification drops them from keys as it drops honorifics ("Professor David Francis" →
 * `david francis`). Multi-word styles are listed whole; "sheikh" is not here: it stays in keys.
 */
export const LEADING_STYLES: readonly string[] = [
  // royal and chiefly styles
  'king', 'queen', 'prince', 'princess', 'crown prince', 'emir', 'sultan', 'his majesty', 'her majesty',
  'his royal highness', 'her royal highness', 'his highness', 'her highness', 'hm', 'hrh', 'hh', 'sayyid', 'sayed', 'ratu',
  'samdech', 'samdech akka moha sena padei techo', 'samdech moha borvor thipadei', 'samdech moha bovor thipadei', 'samdech techo',
  'tun', 'tan sri', 'datuk', 'datuk seri', 'dato', 'dato seri', 'datin', 'pehin', 'yang berhormat', 'haji', 'hajji', 'alhaji',
  // courtesy styles
  'his excellency', 'her excellency', 'excellency', 'he', 'h e', 'hon', 'the hon', 'honourable', 'the honourable',
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'shri', 'sri', 'smt', 'md', 'lord', 'lady', 'madam', 'madame',
  // academic, military and religious ranks
  'professor', 'prof', 'general', 'gen', 'lieutenant general', 'lt gen', 'major general', 'maj gen', 'brigadier', 'colonel', 'col',
  'captain', 'capt', 'admiral', 'adm', 'vice admiral', 'air marshal', 'field marshal', 'marshal', 'major', 'lieutenant',
  'commander', 'cardinal', 'archbishop', 'bishop', 'reverend', 'rev', 'father', 'imam', 'ayatollah', 'grand ayatollah',
  'engineer', 'eng', 'engr', 'justice', 'ambassador', 'senator', 'sen', 'congressman', 'congresswoman', 'president',
  'prime minister', 'minister', 'foreign minister', 'vice president', 'deputy prime minister', 'secretary of state', 'foreign secretary', 'chancellor', 'premier', 'governor', 'mayor',
];

/**
 * Prefixes of rank that stay in keys (a family's or a royal house's: "Sheikh", "Tengku"), after
 * which copy may still write a courtesy style ("Sheikh Dr …", "Tengku Datuk Seri …"): that style
 * is stripped as a leading one is, the prefix kept.
 */
export const KEPT_PREFIXES: readonly string[] = ['sheikh', 'sheikha', 'shaikh', 'tengku', 'tunku'];

/** Words after a style for an office not yet taken ("President-elect", "Prime Minister-designate"): the style still. */
export const OFFICE_TO_COME: readonly string[] = ['elect', 'designate'];

/**
 * Styles that are also given names ("Sultan Al Jaber", "Md" for Mohammad): dropped only when
 * at least two name words follow, so a name is never cut down to one word by them.
 */
export const AMBIGUOUS_STYLES: readonly string[] = ['sultan', 'emir', 'gen', 'sayed', 'major', 'father', 'justice', 'imam', 'md', 'haji', 'lady', 'lord', 'prince', 'princess'];

/** Post-nominal letters and words written after a name ("Richard Marles MP"). Generational suffixes (Jr, II) stay. */
export const TRAILING_STYLES: readonly string[] = ['mp', 'mep', 'qc', 'kc', 'obe', 'mbe', 'cbe', 'kbe', 'phd', 'esq', 'mla', 'mna'];

/** Caption and credit words that follow a name in a photo line ("Fumio Kishida photo"). */
export const CAPTION_TAILS: readonly string[] = [
  'photo', 'photos', 'file', 'pictured', 'picture', 'pic', 'image', 'video', 'left', 'right', 'centre', 'center', 'front',
  'reuters', 'afp', 'ap', 'xinhua', 'getty', 'getty images', 'efe', 'ani', 'pti', 'pool', 'handout', 'courtesy', 'credit', 'via',
];

/** Generational suffixes: part of a name, but ignored when one form is compared with another. */
export const GENERATIONAL: readonly string[] = ['jr', 'sr', 'ii', 'iii', 'iv', 'v', 'vi'];

/** Article-like particles that a name is written with or without ("al-Sisi", "el-Sisi", "Sisi"). */
export const DROPPABLE_PARTICLES: readonly string[] = ['al', 'el', 'al-', 'el-', 'ad', 'as', 'ash', 'at', 'az', 'ar'];

/** Patronymic links: "salman" in "mohammed bin salman" is a father's name, never a surname. */
export const PATRONYMIC_LINKS: readonly string[] = ['bin', 'ibn', 'bint', 'binti', 'ben', 'ould', 'walad'];

/**
 * Heads of Arabic compound names ("Abd al-Karim", "servant of the Generous"), written as one word or
 * two: "Abdulkarim", "Abdul Karim", "Abdel-Karim", "Abd al-Karim". Compared joined to the next word.
 */
export const COMPOUND_NAME_HEADS: readonly string[] = ['abd', 'abdul', 'abdel', 'abdal', 'abdol', 'abdoul', 'abdur', 'abdus'];

/** Particles inside family names ("de", "van", "da Silva"): kept, but never a name on their own. */
export const NAME_PARTICLES: readonly string[] = ['de', 'da', 'do', 'dos', 'das', 'del', 'della', 'di', 'du', 'la', 'le', 'van', 'von', 'der', 'den', 'ter', 'y', 'e'];

/**
 * Common nouns and adjectives that headlines, captions and names of bodies capitalise, and that
 * a name extractor can take for a person: topics, institutions, roles and news words. A key made
 * only of these (and of country words) names no person ("Climate", "African Cooperation").
 */
export const COMMON_WORDS: readonly string[] = [
  // topics and sectors
  'climate', 'change', 'water', 'forestry', 'energy', 'trade', 'business', 'economy', 'economic', 'finance', 'financial', 'health',
  'education', 'security', 'defence', 'defense', 'agriculture', 'fisheries', 'tourism', 'culture', 'environment', 'technology',
  'communication', 'communications', 'information', 'infrastructure', 'transport', 'investment', 'development', 'cooperation',
  'co-operation', 'partnership', 'relations', 'affairs', 'peace', 'war', 'migration', 'labour', 'labor', 'industry', 'mining',
  'oil', 'gas', 'food', 'space', 'science', 'research', 'innovation', 'digital', 'cyber', 'maritime', 'ocean', 'oceans', 'youth',
  // institutions, places and bodies
  'embassy', 'ministry', 'ministries', 'government', 'parliament', 'assembly', 'council', 'cabinet', 'senate', 'congress',
  'office', 'palace', 'house', 'hall', 'building', 'bhavan', 'secretariat', 'committee', 'commission', 'agency', 'bank',
  'fund', 'forum', 'summit', 'conference', 'union', 'states', 'state', 'republic', 'kingdom', 'federation', 'nations',
  'university', 'institute', 'centre', 'center', 'court', 'army', 'navy', 'force', 'forces', 'police', 'party', 'group',
  'association', 'organisation', 'organization', 'foundation', 'company', 'corporation', 'airport', 'port', 'capital', 'city',
  // roles
  'delegate', 'delegation', 'general', 'minister', 'president', 'premier', 'ambassador', 'envoy', 'secretary', 'spokesman',
  'spokeswoman', 'spokesperson', 'official', 'officials', 'leader', 'leaders', 'chairman', 'chair', 'chief', 'director',
  'counterpart', 'deputy', 'vice', 'head', 'member', 'members', 'representative', 'consul', 'attache', 'advisor', 'adviser',
  // news and caption words
  'press', 'news', 'media', 'echo', 'times', 'post', 'herald', 'daily', 'report', 'statement', 'photo', 'file', 'update',
  'breaking', 'exclusive', 'editorial', 'opinion', 'analysis', 'source', 'sources', 'agency',
  // instruments of state
  'bill', 'act', 'treaty', 'accord', 'agreement', 'declaration', 'charter', 'constitution', 'resolution', 'protocol',
  // adjectives capitalised in titles and names of bodies
  'extraordinary', 'plenipotentiary', 'international', 'national', 'regional', 'global', 'foreign', 'domestic', 'bilateral',
  'multilateral', 'strategic', 'comprehensive', 'joint', 'special', 'senior', 'former', 'new', 'first', 'great', 'royal',
  'federal', 'central', 'supreme', 'high', 'upper', 'lower', 'north', 'south', 'east', 'west', 'northern', 'southern',
  'eastern', 'western', 'african', 'asian', 'european', 'arab', 'islamic', 'turkic', 'pacific', 'atlantic', 'gulf',
];

/**
 * Short forms of given names that English copy uses for the same person ("Mike Pompeo",
 * "Michael Pompeo"). Pairs of folded names; matching also accepts them the other way round.
 */
export const GIVEN_NAME_SHORT_FORMS: readonly (readonly [string, string])[] = [
  ['mike', 'michael'], ['bill', 'william'], ['joe', 'joseph'], ['bob', 'robert'], ['rob', 'robert'], ['jim', 'james'],
  ['tony', 'anthony'], ['tony', 'antony'], ['tom', 'thomas'], ['dick', 'richard'], ['rick', 'richard'], ['ben', 'benjamin'],
  ['dave', 'david'], ['steve', 'stephen'], ['steve', 'steven'], ['liz', 'elizabeth'], ['kate', 'catherine'], ['alex', 'alexander'],
  ['nick', 'nicholas'], ['chris', 'christopher'], ['matt', 'matthew'], ['dan', 'daniel'], ['sam', 'samuel'], ['ed', 'edward'],
  ['andy', 'andrew'], ['pete', 'peter'], ['jeff', 'jeffrey'], ['ron', 'ronald'], ['don', 'donald'], ['jack', 'john'],
  ['sasha', 'alexander'], ['misha', 'mikhail'], ['volodya', 'vladimir'], ['pepe', 'jose'], ['paco', 'francisco'],
];
