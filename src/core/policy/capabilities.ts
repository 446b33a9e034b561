import { forbidden } from '../errors/app-error';
import type { Role, Viewer } from '../auth/viewer';

/** Every role, in the order the policy table and its spec list them. */
export const ROLES: readonly Role[] = ['STAFF', 'MANAGER', 'DX_OFFICE', 'ADMIN'];

/** Refusal for a check that has no more specific wording. */
export const DENIED = 'この操作を行う権限がありません。';

interface GlobalRule {
  /** The roles that hold the capability. */
  roles: readonly Role[];
  /** The Japanese FORBIDDEN message when someone without it tries. */
  denied: string;
}

/**
 * Global capabilities: decided by the role alone, so they are the same for every object.
 * This table is the only place that names roles; enforcement (`@Requires(…)` on resolvers
 * and controllers, `requireCapability` in services), the object rules in `object-policy.ts`
 * and `me.permissions` all read it.
 */
export const GLOBAL_CAPABILITIES = {
  /** Edit and delete anyone's post, answer or comment (also an answered post or an accepted answer). */
  'content.moderate': { roles: ['DX_OFFICE', 'ADMIN'], denied: DENIED },
  /** Name the asker of an anonymous question, with a reason (audited once per call). */
  'post.revealAuthor': { roles: ['DX_OFFICE', 'ADMIN'], denied: '匿名の投稿者を表示できるのはDX推進課と管理者だけです。' },
  /** Accept or unaccept the answer on anyone's question (admins manage accounts, not content). */
  'answer.acceptAny': { roles: ['DX_OFFICE'], denied: 'ベストアンサーを選べるのは質問者とDX推進課だけです。' },
  /** Skills, framework import and the tag → skill mapping. */
  'skills.editFramework': { roles: ['DX_OFFICE', 'ADMIN'], denied: 'スキルの設定を変更できるのはDX推進課と管理者だけです。' },
  /** Points per contribution kind and level thresholds. */
  'skills.editSettings': { roles: ['DX_OFFICE', 'ADMIN'], denied: 'ポイント設定を変更できるのはDX推進課と管理者だけです。' },
  /** Create manual badges, award and revoke them. */
  'badges.award': { roles: ['DX_OFFICE'], denied: '表彰バッジを作成・授与できるのはDX推進課だけです。' },
  /** Grant and revoke DX人材認定. */
  'certifications.grant': { roles: ['DX_OFFICE'], denied: 'DX人材認定を付与・取消できるのはDX推進課だけです。' },
  /** Edit the search synonym dictionary (everyone may read it). */
  'synonyms.edit': { roles: ['DX_OFFICE'], denied: '同義語辞書を編集できるのはDX推進課だけです。' },
  /**
   * The team view: full records of the people in the departments the viewer manages
   * (with `records.viewAll`, everyone).
   */
  'team.view': { roles: ['MANAGER', 'DX_OFFICE', 'ADMIN'], denied: 'チームのスキル記録を見られるのは管理職・DX推進課・管理者です。' },
  /** Everyone's full skill record and contact details (the expert finder and the CSV unrestricted). */
  'records.viewAll': { roles: ['DX_OFFICE', 'ADMIN'], denied: 'すべての職員の記録を見られるのはDX推進課と管理者だけです。' },
  /** Department statistics: a manager for the departments in their scope (with `stats.viewOrganisation`, any). */
  'stats.viewDepartment': { roles: ['MANAGER', 'DX_OFFICE', 'ADMIN'], denied: '部署の統計を見られるのは管理職・DX推進課・管理者です。' },
  /** Statistics of any department and the comparison of departments across the organisation. */
  'stats.viewOrganisation': { roles: ['DX_OFFICE', 'ADMIN'], denied: '組織全体の部署別の統計を見られるのはDX推進課と管理者だけです。' },
  /**
   * Curation: mark posts as 優良事例, build collections, work the content review queue (any
   * post's 確認済み / 古い情報), and rename, merge, describe or mark tags as changed.
   */
  'practices.curate': { roles: ['DX_OFFICE'], denied: '優良事例・まとめ・タグ・情報の鮮度を管理できるのはDX推進課だけです。' },
  /** Mark an answer as 公式見解 (with the issuing section) and withdraw it. */
  'answer.markOfficial': { roles: ['DX_OFFICE', 'ADMIN'], denied: '公式見解にできるのはDX推進課と管理者だけです。' },
  /** Record a roll-out (横展開) for any department, not only one's own. */
  'adoption.recordAny': { roles: ['DX_OFFICE', 'ADMIN'], denied: '自分の部署の導入状況だけを記録できます。' },
  /** The report queue: resolve reports, hide and restore content, close and reopen questions. */
  'moderation.resolve': { roles: ['DX_OFFICE', 'ADMIN'], denied: '通報の対応・非表示・クローズはDX推進課と管理者だけが行えます。' },
  /** Restore an older revision of any post or answer (a new revision, audited; history stays append-only). */
  'content.rollback': { roles: ['DX_OFFICE'], denied: '以前の版に戻せるのはDX推進課だけです。' },
  /** Set the status of any idea (提案 → 検討中 → 採用 / 見送り); a manager may for the ideas of the departments they manage. */
  'idea.setStatusAny': { roles: ['DX_OFFICE'], denied: 'アイデアの状況を変更できるのはDX推進課と、投稿した部署の管理職だけです。' },
  /** Ask people to look at anyone's question (回答の依頼), not only one's own. */
  'question.routeAny': { roles: ['DX_OFFICE'], denied: '回答の依頼ができるのは質問者とDX推進課だけです。' },
  /** Outgoing chat webhooks (Teams, Slack-compatible, generic): create, edit, test, delete. */
  'webhooks.manage': { roles: ['DX_OFFICE', 'ADMIN'], denied: 'Webhook を設定できるのはDX推進課と管理者だけです。' },
  /** The personal-information guard's word list and the posting guidelines (#13). */
  'guard.edit': { roles: ['DX_OFFICE'], denied: '注意語リストと投稿ガイドラインを編集できるのはDX推進課だけです。' },
  /** Accounts: create, edit, deactivate and reactivate people, reset passwords, see employee numbers. */
  'admin.users': { roles: ['ADMIN'], denied: 'アカウントを管理できるのは管理者だけです。' },
  /** The organisation: departments (create, rename, move, retire), transfers, manager scopes, the staff import. */
  'admin.organisation': { roles: ['ADMIN'], denied: '組織と異動を管理できるのは管理者だけです。' },
  /** The whole audit log (accounts, organisation, imports, sign-in, SSO, moderation) and its CSV. */
  'audit.viewAll': { roles: ['ADMIN'], denied: '監査ログを見られるのは管理者だけです。' },
  /** The moderation part of the audit log (deletions, anonymous-author reveals). */
  'audit.viewModeration': { roles: ['DX_OFFICE', 'ADMIN'], denied: 'モデレーションの記録を見られるのはDX推進課と管理者だけです。' },
  /**
   * Break-glass: sign in with a password while LOCAL_LOGIN=false leaves everyone else to single
   * sign-on (so an administrator can still get in when the identity provider is down).
   */
  'auth.localLoginWhenSsoOnly': {
    roles: ['ADMIN'],
    denied: 'パスワードでのサインインは無効になっています。「庁内アカウントでサインイン」からサインインしてください。',
  },
} as const satisfies Record<string, GlobalRule>;

export type GlobalCapability = keyof typeof GLOBAL_CAPABILITIES;

export const GLOBAL_CAPABILITY_NAMES = Object.keys(GLOBAL_CAPABILITIES) as GlobalCapability[];

/** Does this role hold this global capability? */
export function roleCan(role: Role, capability: GlobalCapability): boolean {
  return (GLOBAL_CAPABILITIES[capability].roles as readonly Role[]).includes(role);
}

/** Does this viewer hold this global capability? Nobody does when signed out. */
export function can(viewer: Viewer | null | undefined, capability: GlobalCapability): boolean {
  return !!viewer && roleCan(viewer.role, capability);
}

/** FORBIDDEN (with the capability's Japanese message) unless the viewer holds it. */
export function requireCapability(viewer: Viewer | null | undefined, capability: GlobalCapability): void {
  if (!can(viewer, capability)) throw forbidden(GLOBAL_CAPABILITIES[capability].denied);
}

/** The global capabilities of a role, in table order: what `me.permissions` tells the client. */
export function permissionsOf(role: Role): GlobalCapability[] {
  return GLOBAL_CAPABILITY_NAMES.filter((c) => roleCan(role, c));
}

/**
 * Does an account with this role administer the installation? The accounts service keeps at
 * least one such account active (no lock-out), and the staff import never changes or
 * deactivates one.
 */
export function administersAccounts(role: Role | string): boolean {
  return roleCan(role as Role, 'admin.users');
}

/** Does this role see a team through a manager scope (team view without everyone's records)? Only such accounts get one. */
export function seesTeamThroughScope(role: Role | string): boolean {
  return roleCan(role as Role, 'team.view') && !roleCan(role as Role, 'records.viewAll');
}
