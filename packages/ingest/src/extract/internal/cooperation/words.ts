// The word sets of the cooperation rule, from data/cooperation-words.yaml (loaded once).
import { loadData } from '../lexicon.js';

interface CooperationWordData {
  company_nouns: string[];
  company_suffixes: string[];
  business_groups: string[];
  joint_words: string[];
  ongoing: string[];
  deal_nouns: string[];
  pact_words: string[];
  denial_auxiliaries: string[];
  ties_builders: string[];
  content_verbs: string[];
  cooperation_nouns: string[];
  topic_heads: string[];
  currency_units: string[];
  talk_words: string[];
  talks_ahead: string[];
  trade_partner_nouns: string[];
  trade_size_verbs: string[];
  relation_nouns: string[];
}

export interface CooperationWords {
  /** Nouns after a nationality that make it a company's ("the Chilean producer"). */
  companyNouns: Set<string>;
  companySuffixes: Set<string>;
  /** "the two companies signed …": business, not the countries. */
  businessGroups: Set<string>;
  /** Frame words that state joint work by themselves. */
  jointWords: Set<string>;
  /** "ongoing cooperation": an existing one. */
  ongoing: Set<string>;
  /** "X's deals with A, B and C". */
  dealNouns: Set<string>;
  /** Nouns of signed documents. */
  pactWords: Set<string>;
  denialAuxiliaries: Set<string>;
  /** Verb stems that make "ties" cooperation ("expanding ties"). */
  tiesBuilders: RegExp;
  /** "these agreements relate to …": verbs that say what signed documents are about. */
  contentVerbs: Set<string>;
  /** Nouns of cooperation itself ("cooperation on security"). */
  cooperationNouns: Set<string>;
  /** Words after a nationality adjective that make it a topic ("the North Korean nuclear problem"). */
  topicHeads: Set<string>;
  /** Money units after a country ("U.S. dollars"): the country names a currency, not a side. */
  currencyUnits: Set<string>;
  /** Words of talks a frame can be the topic of ("will discuss", "topics will include"). */
  talkWords: Set<string>;
  /** Words that put talks ahead ("will", "upcoming", "expected"). */
  talksAhead: Set<string>;
  /** "trading partner": trade between two sides. */
  tradePartnerNouns: Set<string>;
  /** "bilateral trade reached …": verbs that state the size of trade. */
  tradeSizeVerbs: Set<string>;
  /** "strengthen bilateral relations": nouns of relations a builder verb makes cooperation. */
  relationNouns: Set<string>;
}

let words: CooperationWords | undefined;

export function cooperationWords(): CooperationWords {
  if (words) return words;
  const d = loadData<CooperationWordData>('cooperation-words.yaml');
  const set = (xs: string[]) => new Set(xs.map(String));
  words = {
    companyNouns: set(d.company_nouns),
    companySuffixes: set(d.company_suffixes),
    businessGroups: set(d.business_groups),
    jointWords: set(d.joint_words),
    ongoing: set(d.ongoing),
    dealNouns: set(d.deal_nouns),
    pactWords: set(d.pact_words),
    denialAuxiliaries: set(d.denial_auxiliaries),
    tiesBuilders: new RegExp(`^(${d.ties_builders.join('|')}|closer$)`),
    contentVerbs: set(d.content_verbs),
    cooperationNouns: set(d.cooperation_nouns),
    topicHeads: set(d.topic_heads),
    currencyUnits: set(d.currency_units),
    talkWords: set(d.talk_words),
    talksAhead: set(d.talks_ahead),
    tradePartnerNouns: set(d.trade_partner_nouns),
    tradeSizeVerbs: set(d.trade_size_verbs),
    relationNouns: set(d.relation_nouns),
  };
  return words;
}
