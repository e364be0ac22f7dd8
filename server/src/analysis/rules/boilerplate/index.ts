// The boilerplate rules, in the order they are registered.
import type { Rule } from '../../types';
import { relatedNews } from './related-news';
import { commentForm } from './comment-form';
import { adContact } from './ad-contact';
import { visitCounter } from './visit-counter';
import { playerResidue } from './player-residue';
import { imageResidue } from './image-residue';
import { duplicate } from './duplicate';
import { siteBanner } from './site-banner';
import { scrapeMetadata } from './scrape-metadata';
import { whitespaceResidue } from './whitespace';

export const BOILERPLATE_RULES: readonly Rule[] = [
  relatedNews,
  commentForm,
  adContact,
  visitCounter,
  playerResidue,
  imageResidue,
  duplicate,
  siteBanner,
  scrapeMetadata,
  whitespaceResidue,
];
