// The spelling rules.
import type { Rule } from '../../types';
import { invalidSyllable } from './invalid-syllable';
import { telexResidue } from './telex-residue';
import { tonePlacement } from './tone-placement';
import { wrongDiacritic } from './wrong-diacritic';

export const SPELLING_RULES: readonly Rule[] = [invalidSyllable, tonePlacement, wrongDiacritic, telexResidue];
