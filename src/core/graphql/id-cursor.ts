import { badInput } from '../errors/app-error';

/**
 * An opaque keyset cursor over ids (`after`) for lists ordered by id, tagged so a cursor from
 * one list is refused by another. BAD_USER_INPUT for anything that is not one.
 */
export function idCursor(tag: string) {
  const pattern = new RegExp(`^${tag}:(\\d{1,12})$`);
  return {
    encode: (id: number) => Buffer.from(`${tag}:${id}`).toString('base64url'),
    decode: (cursor: string): number => {
      const m = pattern.exec(Buffer.from(cursor, 'base64url').toString('utf8'));
      if (!m) throw badInput('カーソルが正しくありません。', 'after');
      return Number(m[1]);
    },
  };
}

/**
 * An opaque keyset cursor over a (sort value, id) pair, for lists ordered by a timestamp or
 * another string and then id (the feed, the content review queue). BAD_USER_INPUT otherwise.
 */
export const sortIdCursor = {
  encode: (sort: string, id: number): string => Buffer.from(JSON.stringify([sort, id])).toString('base64url'),
  decode: (cursor: string): { sort: string; id: number } => {
    try {
      const [sort, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [unknown, unknown];
      if (typeof sort === 'string' && Number.isSafeInteger(id)) return { sort, id: id as number };
    } catch {
      /* refused below */
    }
    throw badInput('カーソル（after）が正しくありません。', 'after');
  },
};
