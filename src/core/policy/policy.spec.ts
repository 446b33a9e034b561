import { AppError, ErrorCode } from '../errors/app-error';
import { can, GLOBAL_CAPABILITIES, GLOBAL_CAPABILITY_NAMES, GlobalCapability, permissionsOf, requireCapability, ROLES } from './capabilities';
import {
  answerDenial,
  AnswerFacts,
  attachmentDenial,
  commentDenial,
  ideaDenial,
  ObjectCapability,
  personDenial,
  postDenial,
  PostFacts,
  requireAllowed,
  stampTargetDenial,
} from './object-policy';
import type { Role, Viewer } from '../auth/viewer';

/**
 * Every capability × every role, written out by hand. The matrix is the specification: a
 * change to who may do what has to change this file too. Columns: STAFF, MANAGER, DX_OFFICE,
 * ADMIN ('✓' allowed, '·' refused).
 */
const COLUMNS: Role[] = ['STAFF', 'MANAGER', 'DX_OFFICE', 'ADMIN'];
const JAPANESE = /[\u3040-\u30ff\u4e00-\u9faf]/;

const GLOBAL: Record<GlobalCapability, string> = {
  //                        S M D A
  'content.moderate': '· · ✓ ✓',
  'post.revealAuthor': '· · ✓ ✓',
  'answer.acceptAny': '· · ✓ ·', // admins manage accounts, not content acceptance
  'skills.editFramework': '· · ✓ ✓',
  'skills.editSettings': '· · ✓ ✓',
  'badges.award': '· · ✓ ·',
  'certifications.grant': '· · ✓ ·',
  'synonyms.edit': '· · ✓ ·',
  'team.view': '· ✓ ✓ ✓',
  'records.viewAll': '· · ✓ ✓',
  'stats.viewDepartment': '· ✓ ✓ ✓',
  'stats.viewOrganisation': '· · ✓ ✓',
  'practices.curate': '· · ✓ ·', // admins manage accounts, not curation
  'answer.markOfficial': '· · ✓ ✓',
  'adoption.recordAny': '· · ✓ ✓',
  'moderation.resolve': '· · ✓ ✓',
  'content.rollback': '· · ✓ ·', // restoring an older revision is editorial work of the DX office
  'idea.setStatusAny': '· · ✓ ·', // managers: only their departments' ideas (object rule)
  'question.routeAny': '· · ✓ ·',
  'webhooks.manage': '· · ✓ ✓',
  'guard.edit': '· · ✓ ·', // the guard's word list and the posting guidelines are the DX office's
  'admin.users': '· · · ✓',
  'admin.organisation': '· · · ✓',
  'audit.viewAll': '· · · ✓',
  'audit.viewModeration': '· · ✓ ✓',
  'auth.localLoginWhenSsoOnly': '· · · ✓', // break-glass password sign-in under LOCAL_LOGIN=false
};

/**
 * Object capabilities: the same four roles, for a viewer in a given relation to the object
 * (its author, someone else, …) and in a given state of the object.
 */
interface ObjectCase {
  capability: ObjectCapability;
  situation: string;
  expected: string;
  decide: (viewer: Viewer | null) => string | null;
}

const VIEWER_ID = 7;
const OTHER_ID = 99;
const post = (authorId: number, answerCount: number): PostFacts => ({ authorId, answerCount });
const answer = (authorId: number, accepted: boolean): AnswerFacts => ({ authorId, accepted });
const person = (id: number, inTeam: boolean) => ({ id, inViewersTeam: () => inTeam });
const file = (uploaderId: number, referenced: boolean, visible: boolean) => ({ uploaderId, referenced, visible });

const OBJECT: ObjectCase[] = [
  //                                                                                      S M D A
  { capability: 'post.edit', situation: 'own post', expected: '✓ ✓ ✓ ✓', decide: (v) => postDenial(v, post(VIEWER_ID, 0), 'post.edit') },
  { capability: 'post.edit', situation: 'someone else’s post', expected: '· · ✓ ✓', decide: (v) => postDenial(v, post(OTHER_ID, 0), 'post.edit') },
  { capability: 'post.delete', situation: 'own post, no answers', expected: '✓ ✓ ✓ ✓', decide: (v) => postDenial(v, post(VIEWER_ID, 0), 'post.delete') },
  { capability: 'post.delete', situation: 'own post, answered', expected: '· · ✓ ✓', decide: (v) => postDenial(v, post(VIEWER_ID, 2), 'post.delete') },
  {
    capability: 'post.delete',
    situation: 'someone else’s post, no answers',
    expected: '· · ✓ ✓',
    decide: (v) => postDenial(v, post(OTHER_ID, 0), 'post.delete'),
  },
  {
    capability: 'post.delete',
    situation: 'someone else’s post, answered',
    expected: '· · ✓ ✓',
    decide: (v) => postDenial(v, post(OTHER_ID, 1), 'post.delete'),
  },
  { capability: 'answer.accept', situation: 'own question', expected: '✓ ✓ ✓ ✓', decide: (v) => postDenial(v, post(VIEWER_ID, 1), 'answer.accept') },
  { capability: 'answer.accept', situation: 'someone else’s question', expected: '· · ✓ ·', decide: (v) => postDenial(v, post(OTHER_ID, 1), 'answer.accept') },
  { capability: 'answer.edit', situation: 'own answer', expected: '✓ ✓ ✓ ✓', decide: (v) => answerDenial(v, answer(VIEWER_ID, false), 'answer.edit') },
  { capability: 'answer.edit', situation: 'own accepted answer', expected: '✓ ✓ ✓ ✓', decide: (v) => answerDenial(v, answer(VIEWER_ID, true), 'answer.edit') },
  {
    capability: 'answer.edit',
    situation: 'someone else’s answer',
    expected: '· · ✓ ✓',
    decide: (v) => answerDenial(v, answer(OTHER_ID, false), 'answer.edit'),
  },
  { capability: 'answer.delete', situation: 'own answer', expected: '✓ ✓ ✓ ✓', decide: (v) => answerDenial(v, answer(VIEWER_ID, false), 'answer.delete') },
  {
    capability: 'answer.delete',
    situation: 'own accepted answer',
    expected: '· · ✓ ✓',
    decide: (v) => answerDenial(v, answer(VIEWER_ID, true), 'answer.delete'),
  },
  {
    capability: 'answer.delete',
    situation: 'someone else’s answer',
    expected: '· · ✓ ✓',
    decide: (v) => answerDenial(v, answer(OTHER_ID, false), 'answer.delete'),
  },
  {
    capability: 'answer.delete',
    situation: 'someone else’s accepted answer',
    expected: '· · ✓ ✓',
    decide: (v) => answerDenial(v, answer(OTHER_ID, true), 'answer.delete'),
  },
  { capability: 'comment.delete', situation: 'own comment', expected: '✓ ✓ ✓ ✓', decide: (v) => commentDenial(v, { authorId: VIEWER_ID }, 'comment.delete') },
  {
    capability: 'comment.delete',
    situation: 'someone else’s comment',
    expected: '· · ✓ ✓',
    decide: (v) => commentDenial(v, { authorId: OTHER_ID }, 'comment.delete'),
  },
  {
    capability: 'content.react',
    situation: 'own contribution',
    expected: '· · · ·',
    decide: (v) => stampTargetDenial(v, { authorId: VIEWER_ID }, 'content.react'),
  },
  {
    capability: 'content.react',
    situation: 'someone else’s contribution',
    expected: '✓ ✓ ✓ ✓',
    decide: (v) => stampTargetDenial(v, { authorId: OTHER_ID }, 'content.react'),
  },
  {
    capability: 'user.viewPersonalRecord',
    situation: 'themselves',
    expected: '✓ ✓ ✓ ✓',
    decide: (v) => personDenial(v, person(VIEWER_ID, false), 'user.viewPersonalRecord'),
  },
  {
    capability: 'user.viewPersonalRecord',
    situation: 'a member of a managed dept',
    expected: '· ✓ ✓ ✓',
    decide: (v) => personDenial(v, person(OTHER_ID, true), 'user.viewPersonalRecord'),
  },
  {
    capability: 'user.viewPersonalRecord',
    situation: 'anyone else',
    expected: '· · ✓ ✓',
    decide: (v) => personDenial(v, person(OTHER_ID, false), 'user.viewPersonalRecord'),
  },
  { capability: 'user.viewEmail', situation: 'themselves', expected: '✓ ✓ ✓ ✓', decide: (v) => personDenial(v, person(VIEWER_ID, false), 'user.viewEmail') },
  {
    capability: 'user.viewEmail',
    situation: 'a member of a managed dept',
    expected: '· ✓ ✓ ✓',
    decide: (v) => personDenial(v, person(OTHER_ID, true), 'user.viewEmail'),
  },
  { capability: 'user.viewEmail', situation: 'anyone else', expected: '· · ✓ ✓', decide: (v) => personDenial(v, person(OTHER_ID, false), 'user.viewEmail') },
  {
    capability: 'idea.setStatus',
    situation: 'an idea of a managed dept',
    expected: '· ✓ ✓ ✓',
    decide: (v) => ideaDenial(v, { managedByViewer: () => true }, 'idea.setStatus'),
  },
  {
    capability: 'idea.setStatus',
    situation: 'any other idea',
    expected: '· · ✓ ·',
    decide: (v) => ideaDenial(v, { managedByViewer: () => false }, 'idea.setStatus'),
  },
  // Uploaded files follow the content that references them.
  {
    capability: 'attachment.view',
    situation: 'own upload, not referenced yet',
    expected: '✓ ✓ ✓ ✓',
    decide: (v) => attachmentDenial(v, file(VIEWER_ID, false, false), 'attachment.view'),
  },
  {
    capability: 'attachment.view',
    situation: 'someone else’s, not referenced yet',
    expected: '· · · ·',
    decide: (v) => attachmentDenial(v, file(OTHER_ID, false, false), 'attachment.view'),
  },
  {
    capability: 'attachment.view',
    situation: 'in live content',
    expected: '✓ ✓ ✓ ✓',
    decide: (v) => attachmentDenial(v, file(OTHER_ID, true, true), 'attachment.view'),
  },
  {
    capability: 'attachment.view',
    situation: 'only in hidden/deleted content',
    expected: '· · ✓ ✓',
    decide: (v) => attachmentDenial(v, file(OTHER_ID, true, false), 'attachment.view'),
  },
];

const viewer = (role: Role): Viewer => ({ id: VIEWER_ID, role, displayName: role, sessionId: 's' });
const allowedIn = (row: string, role: Role) => row.split(/\s+/)[COLUMNS.indexOf(role)] === '✓';
const outcome = (allowed: boolean) => (allowed ? 'allowed' : 'refused');

describe('policy: global capabilities', () => {
  it('the matrix lists every capability of the table, and nothing else', () => {
    expect(Object.keys(GLOBAL).sort()).toEqual([...GLOBAL_CAPABILITY_NAMES].sort());
    expect([...ROLES].sort()).toEqual([...COLUMNS].sort());
  });

  const table = GLOBAL_CAPABILITY_NAMES.flatMap((c) => COLUMNS.map((role) => [c, role, outcome(allowedIn(GLOBAL[c], role))] as const));

  it.each(table)('%s as %s → %s', (capability, role, result) => {
    const allowed = result === 'allowed';
    expect(can(viewer(role), capability)).toBe(allowed);
    expect(permissionsOf(role).includes(capability)).toBe(allowed);
    if (allowed) {
      expect(() => requireCapability(viewer(role), capability)).not.toThrow();
    } else {
      const error = catchError(() => requireCapability(viewer(role), capability));
      expect(error.extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect(error.message).toBe(GLOBAL_CAPABILITIES[capability].denied);
      expect(error.message).toMatch(JAPANESE);
    }
  });

  it.each(GLOBAL_CAPABILITY_NAMES)('%s when signed out → refused', (capability) => {
    expect(can(null, capability)).toBe(false);
    expect(catchError(() => requireCapability(null, capability)).extensions.code).toBe(ErrorCode.FORBIDDEN);
  });

  it('me.permissions lists a role’s capabilities in table order', () => {
    expect(permissionsOf('STAFF')).toEqual([]);
    expect(permissionsOf('MANAGER')).toEqual(['team.view', 'stats.viewDepartment']);
    expect(permissionsOf('DX_OFFICE')).toEqual([
      'content.moderate',
      'post.revealAuthor',
      'answer.acceptAny',
      'skills.editFramework',
      'skills.editSettings',
      'badges.award',
      'certifications.grant',
      'synonyms.edit',
      'team.view',
      'records.viewAll',
      'stats.viewDepartment',
      'stats.viewOrganisation',
      'practices.curate',
      'answer.markOfficial',
      'adoption.recordAny',
      'moderation.resolve',
      'content.rollback',
      'idea.setStatusAny',
      'question.routeAny',
      'webhooks.manage',
      'guard.edit',
      'audit.viewModeration',
    ]);
    expect(permissionsOf('ADMIN')).toEqual([
      'content.moderate',
      'post.revealAuthor',
      'skills.editFramework',
      'skills.editSettings',
      'team.view',
      'records.viewAll',
      'stats.viewDepartment',
      'stats.viewOrganisation',
      'answer.markOfficial',
      'adoption.recordAny',
      'moderation.resolve',
      'webhooks.manage',
      'admin.users',
      'admin.organisation',
      'audit.viewAll',
      'audit.viewModeration',
      'auth.localLoginWhenSsoOnly',
    ]);
  });
});

describe('policy: object capabilities', () => {
  const table = OBJECT.flatMap((c) => COLUMNS.map((role) => [c.capability, c.situation, role, outcome(allowedIn(c.expected, role)), c] as const));

  it.each(table)('%s on %s as %s → %s', (_capability, _situation, role, result, c) => {
    const allowed = result === 'allowed';
    const denial = c.decide(viewer(role));
    if (allowed) {
      expect(denial).toBeNull();
      expect(() => requireAllowed(denial)).not.toThrow();
    } else {
      expect(denial).toMatch(JAPANESE);
      const error = catchError(() => requireAllowed(denial));
      expect(error.extensions.code).toBe(ErrorCode.FORBIDDEN);
      expect(error.message).toBe(denial);
    }
  });

  it.each(OBJECT.map((c) => [c.capability, c.situation, c] as const))('%s on %s when signed out → refused', (_capability, _situation, c) => {
    expect(c.decide(null)).toMatch(JAPANESE);
  });

  it('keeps the specific refusals the UI shows', () => {
    const staff = viewer('STAFF');
    expect(postDenial(staff, post(OTHER_ID, 0), 'post.delete')).toBe('この投稿を編集する権限がありません。');
    expect(postDenial(staff, post(VIEWER_ID, 1), 'post.delete')).toBe('回答が付いた投稿は削除できません。取り下げたい場合はDX推進課に依頼してください。');
    expect(postDenial(viewer('ADMIN'), post(OTHER_ID, 1), 'answer.accept')).toBe('ベストアンサーを選べるのは質問者とDX推進課だけです。');
    expect(answerDenial(staff, answer(OTHER_ID, true), 'answer.delete')).toBe('この回答を変更する権限がありません。');
    expect(answerDenial(staff, answer(VIEWER_ID, true), 'answer.delete')).toBe(
      'ベストアンサーに選ばれた回答は削除できません。質問者に取り消してもらうか、DX推進課に依頼してください。',
    );
    expect(commentDenial(staff, { authorId: OTHER_ID }, 'comment.delete')).toBe('このコメントを削除する権限がありません。');
    expect(stampTargetDenial(viewer('DX_OFFICE'), { authorId: VIEWER_ID }, 'content.react')).toBe('自分の投稿にはスタンプを押せません。');
    expect(personDenial(staff, person(OTHER_ID, true), 'user.viewPersonalRecord')).toBe(
      'このスキル記録を見る権限がありません（本人・所属の管理職・DX推進課・管理者のみ）。',
    );
  });

  it('asks whether the person is in the viewer’s team only when the role makes it matter', () => {
    for (const role of COLUMNS) {
      const inViewersTeam = jest.fn(() => true);
      personDenial(viewer(role), { id: OTHER_ID, inViewersTeam }, 'user.viewPersonalRecord');
      expect(inViewersTeam).toHaveBeenCalledTimes(role === 'MANAGER' ? 1 : 0);
      const self = jest.fn(() => true);
      personDenial(viewer(role), { id: VIEWER_ID, inViewersTeam: self }, 'user.viewPersonalRecord');
      expect(self).not.toHaveBeenCalled();
    }
  });
});

function catchError(fn: () => void): AppError {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(AppError);
    return e as AppError;
  }
  throw new Error('expected a refusal');
}
