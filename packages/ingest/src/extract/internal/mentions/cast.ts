// The story's cast: titled people, counterparts and honorific names (the people later references resolve to).
import { foldText } from '@wiregraph/core';
import { MASK } from '../lexicons.js';
import { HONORIFIC_WORDS, PARTICLES as PARTICLES_LOW, type Person, type TitleMatch, isNameWord, matchTitle, nameEnd, nameText, titleCase } from '../people.js';
import { LEGISLATURE_HEAD_WORDS, PLACE_PREPOSITIONS, STATE_FORMS, STATE_WORDS, namesAPlace, ofWithin, possessiveIntro, sharedTitles, titleStarts } from './words.js';
import type { PlaceMention } from '../mentions.js';
import type { MentionScan } from './scan.js';
import { readCounterparts } from './counterparts.js';

/** Titled people, counterparts, honorific names; then "on the X side" lists and unnamed counterparts. */
export function findCast(st: MentionScan): void {
  const { p, lex, toks, persons, placeAt, registry, formerTitled, possIntroduced, covered, stopAt, skipHonorifics, coordinatedNames, legislatureTail, legislatureBefore, countryBefore, ofCountry, delegationCountry, mention, addTitle } = st;
  // Words a title can start with: anything else skips the title rules at once.
  const titleStart = titleStarts(lex);

  const pendingCounterparts: { iso3: string; from: number; to: number; sent: number }[] = [];
  // The titles a plural title last shared out ("foreign and defense ministers" → two titles).
  let lastTitleList: string[] | undefined;

  // 2. Titled people, counterparts, honorific names: the story's cast.
  for (const s of p.sentences) {
    let lastTitled: { person: Person; title: string; country?: string; start?: number; end?: number } | undefined;
    for (let i = s.from; i < s.to; i++) {
      const t = toks[i]!;
      // Most words are lower-case and start no title, role or counterpart: skip them at once.
      if (!t.cap && !(t.mask & (MASK.title | MASK.role))) continue;
      if (covered.has(i)) continue;
      const prev = toks[i - 1];
      // "then-Prime Minister X": the tokenizer keeps "then-Prime" whole.
      const former = !!prev && prev.sent === s.index && (lex.notCurrentBefore.has(prev.low) || (prev.low.includes('-') && lex.notCurrentBefore.has(prev.low.split('-')[0]!)));

      // "Brazil's Luiz Inácio Lula da Silva": an untitled person of that country.
      const poss = placeAt.get(i);
      if (poss && poss.possessive && poss.kind === 'name') {
        const k = poss.to + 1;
        const e = isNameWord(toks[k]) && !matchTitle(toks, k, s.to, lex, false, p.text) ? nameEnd(toks, k, s.to, stopAt) : k;
        if (e > k && possessiveIntro(toks, k, e, lex)) {
          const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
          if (person.countryStrength === 0 && !person.country) person.country = poss.iso3;
          possIntroduced.add(person);
          mention(person, i, e, s.index, 'full', k);
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
      }

      // "Chairman of the National Assembly of Vietnam X", "Speaker of the New Zealand House of Representatives, X".
      let legis: { tm: TitleMatch; to: number; country?: string } | undefined;
      if (t.cap && lex.legislatureHeads.starts(t.low)) {
        const lh = lex.legislatureHeads.matchToks(toks, i, s.to);
        const tail = lh ? legislatureTail(i + lh.length, s.to) : undefined;
        if (lh && tail) {
          const head = lh.value.toLowerCase();
          const title = titleCase(p.text.slice(t.start, toks[tail.to - 1]!.end).replace(/\s+/g, ' '));
          legis = { tm: { from: i, to: i + lh.length, title, head, plural: false }, to: tail.to, country: tail.country };
        }
      }

      // Roles that are not national offices still introduce a person ("foreign policy chief Kaja Kallas").
      const role = !legis && t.mask & MASK.role ? lex.otherRoles.matchToks(toks, i, s.to) : undefined;
      if (role && !(t.low === 'leader' && !isNameWord(toks[i + role.length]))) {
        let k = i + role.length;
        if (toks[k]?.low === ',') k++;
        k = skipHonorifics(k, s.to);
        const e = nameEnd(toks, k, s.to, stopAt);
        if (e > k) {
          const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
          // "Chile's President-elect X": not an office, but it says whose side they are on.
          const rc = countryBefore(i, s.from);
          if (rc && !rc.org && person.countryStrength === 0 && !person.country) person.country = rc.iso3;
          mention(person, rc && !rc.org ? rc.from : i, e, s.index, 'full', k);
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
      }

      const titleish = titleStart.has(t.low) || !!legis;
      const cb = titleish ? countryBefore(i, s.from) : undefined;
      const allowLower = !!cb;
      let tm = legis ? legis.tm : titleish ? matchTitle(toks, i, s.to, lex, allowLower, p.text) : undefined;
      // "the foreign ministers of Peru and Chile": a lower-case title is an office when "of <country>" follows.
      let ofFollows = false;
      if (!tm && titleish && !t.cap && ofWithin(toks, i, s.to)) {
        const low = matchTitle(toks, i, s.to, lex, true, p.text);
        if (low && ofCountry(low.to, s.to)) {
          tm = low;
          ofFollows = true;
        }
      }
      if (tm && !(tm.head === 'minister' && !t.cap && !cb && !ofFollows)) {
        let k = tm.to;
        let country = cb?.org ? undefined : cb?.iso3;
        // "Former South Korean president X", "ex-Chilean President X": the marker sits before the country word.
        const notCurrent = (q: number) => {
          const w = toks[q];
          if (!w || w.sent !== s.index) return false;
          if (lex.notCurrentBefore.has(w.low)) return true;
          return w.low === '-' && lex.notCurrentBefore.has(toks[q - 1]?.low ?? '');
        };
        // "host Prime Minister X", "the newly appointed Australian High Commissioner": the mention starts at the modifiers.
        let mfrom = cb ? cb.from : i;
        while (mfrom - 1 >= s.from && !toks[mfrom - 1]!.cap && lex.titlePremodifiers.has(toks[mfrom - 1]!.low)) mfrom--;
        // "succeeded his cousin Sultan X": a predecessor.
        // (Not "succeeding outgoing President Y": an outgoing holder still holds the office.)
        const predecessor = toks.slice(Math.max(s.from, mfrom - 4), mfrom).some((w) => lex.predecessorBefore.has(w.low)) && !toks.slice(mfrom, i).some((w) => w.low === 'outgoing' || w.low === 'incumbent');
        // "X …, succeeding outgoing President Y": the successor's country is the holder's.
        const succeeded = !predecessor && mfrom < i && toks.slice(Math.max(s.from, mfrom - 4), mfrom).some((w) => lex.predecessorBefore.has(w.low));
        let successor: string | undefined;
        for (let q = s.from; succeeded && !country && q < mfrom; q++) {
          if (!isNameWord(toks[q])) continue;
          const e2 = nameEnd(toks, q, mfrom, stopAt);
          successor = e2 > q ? registry.findByWords(toks.slice(q, e2).map((x) => x.low))?.country : undefined;
          break;
        }
        if (successor) country = successor;
        const wasFormer = former || predecessor || (!!cb && notCurrent(cb.from - 1)) || /^ex-/i.test(t.text);
        let national = !wasFormer && !cb?.org;
        let strength = country ? 3 : 0;
        // "Lok Sabha Speaker X": the legislature's name fixes the country.
        if (!country && !tm.plural) {
          const lc = legislatureBefore(mfrom, s.from);
          if (lc) {
            country = lc;
            strength = 3;
          }
        }
        // "the delegation accompanying the Vietnamese President, including Minister X", "the
        // Vietnamese delegation, including Minister X": a member of that country's delegation.
        if (!country && !tm.plural && toks[mfrom - 1]?.low === 'including') {
          let d = mfrom - 2;
          while (d >= s.from && mfrom - d <= 12 && toks[d]!.low !== 'delegation' && toks[d]!.low !== ';') d--;
          if (toks[d]?.low === 'delegation') {
            const cs = new Set<string>();
            for (let q = Math.max(s.from, d - 3); q < mfrom - 1; q++) {
              const pl = placeAt.get(q);
              if (pl && pl.iso3 && pl.kind !== 'org' && pl.kind !== 'none') cs.add(pl.iso3);
            }
            if (cs.size === 1) {
              country = [...cs][0];
              strength = 3;
            }
          }
        }
        // "Senate President X": the title is the legislature's, not the head of state's.
        if (!tm.plural && LEGISLATURE_HEAD_WORDS.has(tm.head.split(' ').pop()!) && mfrom === i) {
          for (let from = Math.max(s.from, i - 4); from < i; from++) {
            const lg = toks[from]!.cap ? lex.legislatures.matchToks(toks, from, i) : undefined;
            if (lg && lg.length === i - from) {
              tm = { ...tm, title: titleCase(p.text.slice(toks[from]!.start, toks[tm.to - 1]!.end).replace(/\s+/g, ' ')) };
              mfrom = from;
              break;
            }
          }
        }
        // "Cambodian Deputy Prime Minister and Foreign Minister X": one person, two offices.
        if (!tm.plural && toks[k]?.low === 'and' && toks[k + 1]?.cap) {
          const t2 = matchTitle(toks, k + 1, s.to, lex, false, p.text);
          if (t2 && !t2.plural && nameEnd(toks, skipHonorifics(t2.to, s.to), s.to, stopAt) > skipHonorifics(t2.to, s.to)) {
            tm = { ...tm, to: t2.to, title: `${tm.title} and ${t2.title}` };
            k = t2.to;
          }
        }
        // "Speaker of the New Zealand House of Representatives, X".
        const lt = legis ?? (!tm.plural && LEGISLATURE_HEAD_WORDS.has(tm.head.split(' ').pop()!) ? legislatureTail(k, s.to) : undefined);
        if (lt && !legis) tm = { ...tm, title: titleCase(p.text.slice(toks[tm.from]!.start, toks[lt.to - 1]!.end).replace(/\s+/g, ' ')) };
        // "President of (the Republic of) Ghana".
        const of = lt ? undefined : ofCountry(k, s.to);
        if (lt) {
          k = lt.to;
          if (lt.country) {
            country = lt.country;
            strength = 3;
          }
        } else if (of) {
          country = of.iso3;
          strength = 3;
          k = of.to;
        } else if (toks[k]?.low === 'of' && !tm.plural) {
          // "President of the Republic, X": the story's own state, named by its form only.
          let q = k + 1;
          while (q < s.to && q - k <= 4 && (STATE_WORDS.has(toks[q]!.low) || STATE_FORMS.has(toks[q]!.low)) && toks[q]!.low !== 'of') q++;
          if (q > k + 1 && toks[q - 1]!.cap && STATE_FORMS.has(toks[q - 1]!.low) && toks[q]?.low === ',') {
            tm = { ...tm, to: q, title: titleCase(p.text.slice(toks[tm.from]!.start, toks[q - 1]!.end).replace(/\s+/g, ' ')) };
            k = q;
          }
        }
        // "Australian High Commissioner to Sri Lanka, X", "Vietnam's Ambassador to India X": the post, not the nationality.
        if (/ambassador|high commissioner|envoy|consul/.test(tm.head) && toks[k]?.low === 'to') {
          const q = toks[k + 1]?.low === 'the' ? k + 2 : k + 1;
          const pl = placeAt.get(q);
          if (pl) k = pl.to;
        }
        const titleCountry = lex.countryTitles.get(foldText(tm.title));
        if (!country && titleCountry) {
          country = titleCountry;
          strength = 2;
        }
        if (toks[k]?.low === ',') k++;
        k = skipHonorifics(k, s.to);
        if (tm.plural && toks[tm.to]?.low === 'of') {
          // "The foreign ministers of Peru and Chile, Ana Ruiz and Luis Soto,": countries and names in order.
          const cs: PlaceMention[] = [];
          let q = tm.to + 1;
          while (q < s.to) {
            if (toks[q]!.low === 'the') q++;
            const pl = placeAt.get(q);
            if (!pl || pl.kind === 'city') break;
            cs.push(pl);
            q = pl.to;
            if (toks[q]?.low === 'and' || (toks[q]?.low === ',' && toks[q + 1]?.low !== 'and' && placeAt.has(q + 1))) q++;
            else if (toks[q]?.low === ',' && toks[q + 1]?.low === 'and') q += 2;
            else break;
          }
          if (cs.length >= 2 && toks[q]?.low === ',') {
            const names = coordinatedNames(skipHonorifics(q + 1, s.to), s.to, cs.length);
            if (names.length === cs.length) {
              const pluralTitle = tm.title;
              names.forEach(([a, b], idx) => {
                const person = registry.register(nameText(p.text, toks, a, b), a, s.index);
                addTitle(person, pluralTitle, cs[idx]!.iso3, 3, national, s.index);
                mention(person, idx === 0 ? i : a, b, s.index, 'full', a);
              });
              for (let z = i; z < names[names.length - 1]![1]; z++) covered.add(z);
              i = names[names.length - 1]![1] - 1;
              continue;
            }
          }
        }
        if (tm.plural) {
          // "Foreign ministers José Manuel Albares of Spain and Mauro Vieira of Brazil".
          let q = k;
          let any = false;
          while (q < s.to) {
            const e = nameEnd(toks, q, s.to, stopAt);
            if (e <= q) break;
            let c: string | undefined;
            let after = e;
            if (toks[e]?.low === 'of' && placeAt.get(e + 1)) {
              c = placeAt.get(e + 1)!.iso3;
              after = placeAt.get(e + 1)!.to;
            }
            if (!c) break;
            const person = registry.register(nameText(p.text, toks, q, e), q, s.index);
            addTitle(person, tm.title, c, 3, national, s.index);
            mention(person, q, after, s.index, 'full', q);
            any = true;
            if (toks[after]?.low === 'and' || toks[after]?.low === ',') q = after + 1;
            else break;
          }
          // "Syria's foreign and defense ministers, A and B": one country, the titles shared out in order.
          if (!any && country) {
            const names = coordinatedNames(k, s.to, 6);
            if (names.length >= 2) {
              const titles = sharedTitles(tm.title, names.length);
              names.forEach(([a, b], idx) => {
                const person = registry.register(nameText(p.text, toks, a, b), a, s.index);
                addTitle(person, titles[idx]!, country, strength, national, s.index);
                mention(person, idx === 0 ? (cb ? cb.from : i) : a, b, s.index, 'full', a);
              });
              lastTitleList = titles;
              any = true;
              q = names[names.length - 1]![1];
            }
          }
          if (any) {
            for (let q2 = i; q2 < q; q2++) covered.add(q2);
            i = Math.max(i, q - 1);
            continue;
          }
        }
        const e = nameEnd(toks, k, s.to, stopAt);
        // "King Khalid International Airport", "Queen Elizabeth Hospital": a place named after someone.
        if (e > k && !tm.plural && namesAPlace(toks, k, e, lex)) {
          i = e - 1;
          continue;
        }
        if (e > k && !tm.plural) {
          if (lex.notCurrentAfter.has(toks[e]?.low ?? '') || (toks[e]?.low === '-' && lex.notCurrentAfter.has(toks[e + 1]?.low ?? ''))) national = false;
          if (/-elect$/i.test(toks[tm.to - 1]!.text)) national = false;
          // "President Emmanuel Macron of France".
          let end = e;
          if (!country && toks[e]?.low === 'of' && placeAt.get(e + 1) && placeAt.get(e + 1)!.kind !== 'city') {
            country = placeAt.get(e + 1)!.iso3;
            strength = 3;
            end = placeAt.get(e + 1)!.to;
          }
          // "Iraqi Prime Minister A and Foreign Minister B": a second, different office right after
          // "and" shares the first one's country word (one state has one prime minister, so
          // "Japanese Prime Minister A and Prime Minister B" is another country's).
          // Only a pair: not the last of a list ("A, B and host Prime Minister C"), nor a title with
          // its own modifier ("and visiting Foreign Minister C").
          if (!country && mfrom === i && toks[mfrom - 1]?.low === 'and' && lastTitled?.country && lastTitled.end === mfrom - 1 && toks[lastTitled.start! - 1]?.low !== ','
            && lastTitled.title.toLowerCase() !== tm.title.toLowerCase()) {
            country = lastTitled.country;
            strength = 3;
          }
          const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
          if (wasFormer) formerTitled.add(person);
          addTitle(person, tm.title, country, strength, national, s.index);
          mention(person, mfrom, end, s.index, 'full', k);
          lastTitled = { person, title: tm.title, country: strength === 3 ? country : undefined, start: mfrom, end };
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
        // "Marles, who is also Australia's Deputy Prime Minister": a second office for the antecedent.
        const before = persons[s.index]!.filter((m) => m.to <= (cb ? cb.from : i));
        const lead = toks.slice(Math.max(s.from, (cb ? cb.from : i) - 3), cb ? cb.from : i).map((x) => x.low).join(' ');
        if (before.length && /\b(?:is|was|as)(?: also)?$/.test(lead) && national) {
          addTitle(before[before.length - 1]!.person, tm.title, country, strength, national, s.index);
        }
        i = tm.to - 1;
        continue;
      }

      // Counterparts: "his Canadian counterpart Mark Carney", "her French and German counterparts, A and B".
      if (t.low === 'counterpart' || t.low === 'counterparts') {
        i = readCounterparts(st, s, i, { lastTitled, lastTitleList, pendingCounterparts });
        continue;
      }

      // Honorifics: "Mr Peters", "Dr Mohamed Muizzu", "Sir Keir Starmer".
      if (HONORIFIC_WORDS.has(t.low) && t.low !== 'senator' && !placeAt.has(i)) {
        const k = skipHonorifics(i, s.to);
        const e = nameEnd(toks, k, s.to, stopAt);
        // "H.E. X, President of Y,": the appositive rule below reads the name and its title.
        if (e > k + 1 && toks[e]?.low === ',' && k > i && matchTitle(toks, toks[e + 1]?.low === 'the' ? e + 2 : e + 1, s.to, lex, true, p.text)) {
          i = k - 1;
          continue;
        }
        if (e > k) {
          const person = registry.register(nameText(p.text, toks, k, e), k, s.index);
          mention(person, i, e, s.index, 'full', k);
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
      }

      // Appositive office: "Emmanuel Macron, the French president".
      const atPlace = !!prev && prev.sent === s.index && PLACE_PREPOSITIONS.has(prev.low);
      if (isNameWord(t) && (i === s.from || !isNameWord(prev) || HONORIFIC_WORDS.has(prev!.low))) {
        const e = nameEnd(toks, i, s.to, stopAt);
        // A one-word name is a short form of someone the story already introduced ("Mahama, Ghana's president since 2025,").
        const known = e === i + 1 && !!registry.findByWords([t.low]);
        if ((e > i + 1 || known) && toks[e]?.low === ',' && !(atPlace && !registry.findByWords(toks.slice(i, e).map((x) => x.low)))) {
          let k = e + 1;
          if (['the', 'a'].includes(toks[k]?.low ?? '')) k++;
          // "Zhao Leji, chairman of the National People's Congress Standing Committee,".
          const lh = lex.legislatureHeads.matchToks(toks, k, s.to);
          const ltail = lh ? legislatureTail(k + lh.length, s.to) : undefined;
          if (ltail) {
            const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
            const title = titleCase(p.text.slice(toks[k]!.start, toks[ltail.to - 1]!.end).replace(/\s+/g, ' '));
            addTitle(person, title, ltail.country, ltail.country ? 3 : 0, !former, s.index);
            mention(person, i, ltail.to, s.index, 'full', i);
            for (let q = i; q < ltail.to; q++) covered.add(q);
            i = ltail.to - 1;
            continue;
          }
          let c2 = placeAt.get(k);
          const after = c2 ? (toks[c2.to]?.low === "'s" ? c2.to + 1 : c2.to) : k;
          const tm2 = matchTitle(toks, after, s.to, lex, true, p.text);
          // "Lula, the president of Brazil,", "X, President of the Republic of Kenya,".
          const of2 = !c2 && tm2 ? ofCountry(tm2.to, s.to) : undefined;
          if (of2) {
            c2 = of2;
            tm2!.to = of2.to;
          }
          // "X, Foreign Minister, said": a capitalised title alone; its country comes from context.
          const bare = !c2 && !!tm2 && !tm2.plural && toks[after]!.cap && after === k && (toks[tm2.to]?.low === ',' || toks[tm2.to]?.low === ';' || toks[tm2.to]?.low === 'and' || tm2.to >= s.to - 1);
          // "X, President of the King's Privy Council for Canada,": the one country the title phrase names.
          if (!c2 && !bare && tm2 && !tm2.plural && toks[after]!.cap && after === k && ['of', 'for'].includes(toks[tm2.to]?.low ?? '')) {
            let q = tm2.to + 1;
            // (Not past "and": "the President of the European Council and a former Portuguese prime minister".)
            while (q < s.to && q - tm2.to < 12 && ![',', ';', '.', 'and', 'or'].includes(toks[q]!.low) && !placeAt.has(q)) q++;
            const pl = placeAt.get(q);
            if (pl && pl.kind !== 'city') c2 = pl;
          }
          // A short form before a list ("Modi, Brazilian President Lula and …") is no appositive.
          if ((c2 || bare) && tm2 && !tm2.plural && !(known && isNameWord(toks[tm2.to]))) {
            const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
            // "The Kenyan delegation included X, Prime Cabinet Secretary": that delegation's country.
            const delegation = c2 || !['included', 'including'].includes(prev?.low ?? '') ? undefined : delegationCountry(i - 1, s.from);
            const titleCountry = c2 ? undefined : delegation ?? lex.countryTitles.get(foldText(tm2.title));
            addTitle(person, tm2.title, c2?.iso3 ?? titleCountry, c2 || delegation ? 3 : titleCountry ? 2 : 0, !former, s.index);
            mention(person, i, tm2.to, s.index, 'full', i);
            for (let q = i; q < tm2.to; q++) covered.add(q);
            i = tm2.to - 1;
            continue;
          }
        }
        // "Wang Yi, a member of the Political Bureau … and Chinese foreign minister,": the office ends the appositive.
        if ((e > i + 1 || known) && toks[e]?.low === ',' && (toks[e + 1]?.low === 'a' || toks[e + 1]?.low === 'the')) {
          let close = e + 2;
          while (close < s.to && close - e <= 30 && toks[close]!.low !== ',' && toks[close]!.low !== ';') close++;
          let and = close - 1;
          while (and > e + 2 && toks[and]!.low !== 'and') and--;
          const pl = toks[and]?.low === 'and' ? placeAt.get(and + 1) : undefined;
          const at = pl ? (toks[pl.to]?.low === "'s" ? pl.to + 1 : pl.to) : -1;
          const tm3 = pl && pl.kind !== 'city' && pl.kind !== 'org' ? matchTitle(toks, at, close, lex, true, p.text) : undefined;
          if (tm3 && !tm3.plural && tm3.to === close && !lex.notCurrentBefore.has(toks[and + 1]!.low)) {
            const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
            addTitle(person, titleCase(tm3.title), pl!.iso3, 3, !former, s.index);
            mention(person, i, e, s.index, 'full', i);
            for (let q = i; q < close; q++) covered.add(q);
            i = close - 1;
            continue;
          }
        }
        // "the Honourable X, <an unknown role>": still a named person.
        if (i > s.from && HONORIFIC_WORDS.has(prev!.low) && e > i) {
          const person = registry.register(nameText(p.text, toks, i, e), i, s.index);
          mention(person, i, e, s.index, 'full', i);
          for (let q = i; q < e; q++) covered.add(q);
          i = e - 1;
          continue;
        }
      }
    }
  }
  placeSides(st);
  placeUnnamedCounterparts(st, pendingCounterparts);
}

/** "On the Philippine side, it was attended by Secretary X and Secretary Y": that side's office holders. */
function placeSides(st: MentionScan): void {
  const { p, toks, persons, placeAt } = st;
  for (const s of p.sentences) {
    const t0 = toks[s.from]!.low;
    if ((t0 !== 'on' && t0 !== 'from' && t0 !== 'for') || toks[s.from + 1]?.low !== 'the') continue;
    const side = placeAt.get(s.from + 2);
    if (!side || side.kind === 'city' || toks[side.to]?.low !== 'side') continue;
    for (const pm of persons[s.index]!) {
      if (pm.kind === 'full' && pm.person.national && pm.person.countryStrength === 0) {
        pm.person.country = side.iso3;
        pm.person.countryStrength = 3;
      }
    }
  }
}

/** An unnamed counterpart ("his Kenyan counterpart") is the one person of that country the story names, if there is one. */
function placeUnnamedCounterparts(st: MentionScan, pending: { iso3: string; from: number; to: number; sent: number }[]): void {
  const { persons, registry, covered } = st;
  for (const pc of pending) {
    const cands = registry.persons.filter((x) => x.country === pc.iso3 && x.national);
    if (cands.length === 1) {
      persons[pc.sent]!.push({ person: cands[0]!, from: pc.from, to: pc.to, sent: pc.sent, kind: 'short', nameFrom: pc.to });
      persons[pc.sent]!.sort((a, b) => a.from - b.from);
      for (let q = pc.from; q < pc.to; q++) covered.add(q);
    }
  }
}
