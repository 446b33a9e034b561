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
