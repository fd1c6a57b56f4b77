import { readPositiveInteger, type WhatsgateFields } from './whatsgate-fields.js';

/**
 * A paged list answer of `events-get` and `sessions-get`.
 *
 * @example
 * const page: WhatsgatePage<number> = { result: 'OK', pages: 1, elements: 2, page: 1, data: [1, 2] };
 */
export interface WhatsgatePage<Item> {
  /** Always `OK` on a page. */
  result: 'OK';
  /** How many pages the filter yields at this page size. */
  pages: number;
  /** How many items the filter yields over all pages. */
  elements: number;
  /** This page's number, from 1. */
  page: number;
  /** This page's items. */
  data: Item[];
}

/** Default `page_cnt` [V: W5]. */
export const defaultPageSize = 10;
/** Largest `page_cnt` honoured [V: W5]; larger values are clamped. */
export const maximumPageSize = 100;

/**
 * Slices `items` by `page_cnt` (default 10, at most 100) and 1-based `page` (default 1); numbers may be strings.
 * A page past the end answers an empty `data` with the requested `page` echoed.
 */
export function paginate<Item>(items: readonly Item[], fields: WhatsgateFields): WhatsgatePage<Item> {
  const pageSize = Math.min(readPositiveInteger(fields.page_cnt, defaultPageSize), maximumPageSize);
  const page = readPositiveInteger(fields.page, 1);
  const start = (page - 1) * pageSize;
  return {
    result: 'OK',
    pages: Math.ceil(items.length / pageSize),
    elements: items.length,
    page,
    data: items.slice(start, start + pageSize),
  };
}
