// The spelling rules, in the order their findings are usually read.
import type { Rule } from '../../types';
import { wrongDiacritic } from './wrong-diacritic';

export const SPELLING_RULES: readonly Rule[] = [wrongDiacritic];
