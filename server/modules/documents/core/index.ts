/**
 * The citation library's public surface: pure functions, no I/O. Other
 * modules (the text extractor) import the library only through this file.
 */
export { parseCitation, parseCitations, parseCitationsPrepared, formatCitation, normaliseSymbol, citationScanSteps, type CitationDoc, type CitationFields, type FoundCitation } from './citation.ts';
export { isoDate, matchDate, daysInMonth, type DateMatch } from './citation-dates.ts';
export { prepare, foldWord, foldChar, isLetterCode, Tokens, T_BREAK, T_NUM, T_PUNCT, T_SPACE, T_WORD, type Prepared } from './citation-text.ts';
