import type { ReactNode } from 'react';
import { normalizeQuery } from '../utils/filter-framework.ts';

/** The text with each occurrence of the search query marked. */
export function Highlight({ text, query }: { text: string; query: string }) {
  const needle = normalizeQuery(query);
  if (needle === '') return text;
  const haystack = text.toLowerCase();
  const pieces: ReactNode[] = [];
  let from = 0;
  for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, from)) {
    if (at > from) pieces.push(text.slice(from, at));
    pieces.push(<mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  if (from < text.length) pieces.push(text.slice(from));
  return pieces;
}
