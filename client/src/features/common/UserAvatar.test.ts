import { initialsOf } from './UserAvatar';

describe('initialsOf', () => {
  it('uses the first character of a Japanese family name', () => {
    expect(initialsOf('山田 花子')).toBe('山');
    expect(initialsOf('佐藤　一郎')).toBe('佐');
  });
  it('uses two initials for Latin names', () => {
    expect(initialsOf('Hanako Yamada')).toBe('HY');
  });
  it('handles empty names', () => {
    expect(initialsOf('')).toBe('?');
    expect(initialsOf(null)).toBe('?');
  });
});
