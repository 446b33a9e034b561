import { departmentOptions, sortMembers, summarizeRecord } from './teamSummary';

const skill = (code: string) => ({ code, name: code });

describe('manager view helpers', () => {
  it('summarises a record: top skills by points, gap count, highest certification', () => {
    const s = summarizeRecord({
      totalPoints: 74,
      entries: [
        { points: 4, level: 0, skill: skill('DATA') },
        { points: 30.5, level: 2, skill: skill('BPR') },
        { points: 0, level: 0, skill: skill('SECURITY') },
        { points: 27.5, level: 1, skill: skill('SERVICE') },
        { points: 12, level: 1, skill: skill('MYNUMBER') },
      ],
      roleGap: [{}, {}],
      certifications: [
        { tier: 'ADVISOR', fiscalYear: 2025 },
        { tier: 'EXPERT', fiscalYear: 2026 },
      ],
    });
    expect(s.topSkills.map((e) => e.skill.code)).toEqual(['BPR', 'SERVICE', 'MYNUMBER']);
    expect(s.gapCount).toBe(2);
    expect(s.certification?.tier).toBe('EXPERT');
  });

  it('limits a manager to their departments and everything below them', () => {
    const deps = [
      { id: '1', parentId: null },
      { id: '2', parentId: '1' },
      { id: '3', parentId: '2' },
      { id: '4', parentId: null },
      { id: '5', parentId: '4' },
    ];
    expect(departmentOptions(deps, ['2']).map((d) => d.id)).toEqual(['2', '3']);
    expect(departmentOptions(deps, null)).toHaveLength(5);
  });

  it('lists members by department, then name — never by points', () => {
    const member = (displayName: string, departmentId: string | null, totalPoints: number) => ({
      totalPoints,
      user: { displayName, department: departmentId ? { id: departmentId } : null },
    });
    const sorted = sortMembers(
      [member('相田 一郎', '3', 10), member('渡辺 五郎', '2', 300), member('伊藤 二郎', '2', 5), member('上野 三郎', null, 999), member('遠藤 四郎', '3', 80)],
      ['1', '2', '3'],
    );
    expect(sorted.map((m) => m.user.displayName)).toEqual(['伊藤 二郎', '渡辺 五郎', '遠藤 四郎', '相田 一郎', '上野 三郎']);
  });
});
