// The style rules about tone placement, spacing and punctuation (one rule per file).
import type { Rule } from '../../types';
import { listColon } from './list-colon';
import { spaceAfterOpening } from './space-after-opening';
import { spaceAfterPunctuation } from './space-after-punctuation';
import { spaceBeforePunctuation } from './space-before-punctuation';
import { toneStyle } from './tone-style';
import { unbalancedPairs } from './unbalanced-pairs';

export const TEXT_STYLE_RULES: readonly Rule[] = [toneStyle, spaceAfterPunctuation, spaceBeforePunctuation, spaceAfterOpening, unbalancedPairs, listColon];
