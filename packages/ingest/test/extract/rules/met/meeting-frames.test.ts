import { beforeAll, describe, expect, it } from 'vitest';
import { facts, warmUp } from '../../helpers.js';

beforeAll(() => warmUp(), 120_000);

const met = (body: string, opts?: Parameters<typeof facts>[1]) => facts(body, opts).filter((k) => k.startsWith('MET'));

describe('passive audiences', () => {
  it('reads "was also received by King X at the palace" as a meeting', () => {
    expect(met('Indian Trade Minister Ravi Rao was also received by King Harald of Norway at the Royal Palace on Monday.')).toEqual(['MET ravi rao|harald']);
  });

  it('reads "was received in audience by" and "was received earlier … at the Quirinale by" as meetings', () => {
    expect(met('Indian Trade Minister Ravi Rao was received in audience by King Harald of Norway on Monday.')).toEqual(['MET ravi rao|harald']);
    expect(met('The Kenyan President Ruto Odhiambo, who arrived in Rome on Wednesday, was received earlier on Thursday at the Quirinale by President Marco Rossi.')).toEqual(['MET ruto odhiambo|marco rossi']);
  });

  it('does not make a meeting of an airport reception or a welcome on arrival', () => {
    expect(met('Indian Trade Minister Ravi Rao was received at the airport by Norwegian Foreign Minister Ola Berg on Monday.')).toEqual([]);
    expect(met('Indian Trade Minister Ravi Rao was received on arrival by Norwegian Foreign Minister Ola Berg on Monday.')).toEqual([]);
  });
});

describe('a visit to a country named by description', () => {
  const body = 'LIMA, Oct 29 (PTI) Commerce Minister Ravi Rao on Tuesday signed three agreements with Peru during his visit to the Latin American nation, which is negotiating a free trade pact with India. Rao also called on Peruvian President Jose Soto on Tuesday evening.';

  it('takes "the Latin American nation" for the country named before it, not one in a relative clause after', () => {
    const keys = facts(body, { source: 'PTI', date: '2025-10-29' });
    expect(keys).toContain('VISITED ravi rao|PER');
    expect(keys).not.toContain('VISITED ravi rao|IND');
  });

  it('so the visitor keeps the agency\'s country for his office and meets his host', () => {
    const keys = facts(body, { source: 'PTI', date: '2025-10-29' });
    expect(keys).toContain('HOLDS_OFFICE ravi rao|IND');
    expect(keys).toContain('MET ravi rao|jose soto');
  });
});

describe('chairing a summit together and joining a meeting by video', () => {
  it('reads "A and B chaired the … summit" as a meeting of the two, but not one person chairing', () => {
    expect(met('Premier Anna Conti and Algerian President Ali Bey on Thursday chaired the fifth Italy-Algeria intergovernmental summit in Rome.', { date: '2026-04-16' })).toEqual(['MET ali bey|anna conti']);
    expect(met('Italian Premier Anna Conti chaired a cabinet meeting on Thursday.')).toEqual([]);
  });

  it('pairs someone who "joined part of that discussion by video link" with the people of that meeting', () => {
    const keys = met('Danish Prime Minister Eva Holm later held talks with Finnish Prime Minister Petri Aho and Swedish Prime Minister Ulf Berg. Norwegian Prime Minister Jonas Dahl, who was unable to travel, joined part of that discussion by video link.');
    expect(keys).toEqual(expect.arrayContaining(['MET jonas dahl|eva holm', 'MET jonas dahl|petri aho', 'MET jonas dahl|ulf berg']));
    expect(facts('Danish Prime Minister Eva Holm held talks with Finnish Prime Minister Petri Aho in Helsinki. Norwegian Prime Minister Jonas Dahl joined that discussion by video link.')).not.toContain('VISITED jonas dahl|FIN');
  });

  it('does not pair someone who joined an unnamed event in person, or only plans to join', () => {
    expect(met('Danish Prime Minister Eva Holm held talks with Finnish Prime Minister Petri Aho. Norwegian Prime Minister Jonas Dahl joined the summit of Nordic leaders on Tuesday.')).toEqual(['MET eva holm|petri aho']);
    expect(met('Danish Prime Minister Eva Holm held talks with Finnish Prime Minister Petri Aho. Norwegian Prime Minister Jonas Dahl will join that discussion by video link.')).toEqual(['MET eva holm|petri aho']);
  });
});

describe('a signing after talks', () => {
  it('pairs the two who exchanged or signed a document "after a bilateral meeting"', () => {
    expect(met('The MoU was exchanged by Malaysian Defence Minister Ahmad Zaki and his Thai counterpart, Somchai Wong, after a bilateral meeting in Kuala Lumpur.')).toEqual(['MET somchai wong|ahmad zaki']);
    expect(met('Kenyan Trade Minister Ann Were and Ugandan Trade Minister Paul Oketch signed the accord following delegation-level talks.')).toHaveLength(1);
  });

  it('does not pair two people who merely spoke after a meeting', () => {
    expect(met('Malaysian Defence Minister Ahmad Zaki and his Thai counterpart, Somchai Wong, spoke to reporters after a meeting of officials.')).toEqual([]);
  });
});

describe('calls after an appositive subject or a cancelled trip', () => {
  it('takes "The Spanish Prime Minister, X, held a telephone conversation with Y" as a call of X and Y', () => {
    expect(met('The Spanish Prime Minister, Pedro Ruiz, held a telephone conversation with Mauritanian President Ali Salem.')).toEqual(['MET pedro ruiz|ali salem']);
  });

  it('keeps the call that replaced a cancelled visit ("has called off the visit …, and instead held a call with Y")', () => {
    const body = 'The Spanish Prime Minister, Pedro Ruiz, has called off the visit he was due to make to Mauritania this week because of a storm, and instead held a telephone conversation on Tuesday with the Mauritanian president, Ali Salem.';
    expect(met(body, { date: '2026-03-03' })).toEqual(['MET pedro ruiz|ali salem']);
    expect(facts(body, { date: '2026-03-03' })).not.toContain('VISITED pedro ruiz|MRT');
  });

  it('still gives nothing for the cancelled visit alone', () => {
    expect(facts('The Spanish Prime Minister, Pedro Ruiz, has called off the visit he was due to make to Mauritania, and instead held a cabinet meeting in Madrid.').filter((k) => !k.startsWith('HOLDS'))).toEqual([]);
  });
});
