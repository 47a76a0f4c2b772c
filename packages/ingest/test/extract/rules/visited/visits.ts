import { facts } from '../../helpers.js';

/** The VISITED facts a story gives, sorted. */
export const visits = (body: string): string[] => facts(body).filter((k) => k.startsWith('VISITED')).sort();
