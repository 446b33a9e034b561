import { Args, Field, ID, InputType, Int, Query, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsOptional, IsString, MaxLength } from 'class-validator';
import { Ctx } from '../../core/auth/decorators';
import { badInput } from '../../core/errors/app-error';
import { idCursor } from '../../core/graphql/id-cursor';
import { pageSize, parseId } from '../../core/validation/normalize';
import { UsersService } from '../users/users.service';
import { AuditLogEntity } from './audit-log.entity';
import { AuditLogService } from './audit-log.service';
import { AuditActionOption, AuditConnection, AuditEntry } from './audit.model';
import type { GqlContext } from '../../core/auth/viewer';

@InputType()
export class AuditFilter {
  @Field(() => [String], { nullable: true, description: '操作（例: ACCOUNT_CREATED）。省略時はすべて' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(40)
  actions?: string[] | null;
  @Field(() => ID, { nullable: true, description: '操作した人' }) @IsOptional() @IsString() actorId?: string | null;
  @Field(() => String, { nullable: true, description: 'USER / DEPARTMENT / POST / ANSWER / COMMENT / IMPORT …' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  targetType?: string | null;
  @Field(() => ID, { nullable: true }) @IsOptional() @IsString() targetId?: string | null;
  @Field(() => String, { nullable: true, description: 'この日から（JST, YYYY-MM-DD）' }) @IsOptional() @IsString() @MaxLength(10) from?: string | null;
  @Field(() => String, { nullable: true, description: 'この日まで（JST, YYYY-MM-DD, その日を含む）' }) @IsOptional() @IsString() @MaxLength(10) to?:
    string | null;
}

export function toAuditFilterInput(f: AuditFilter | null | undefined) {
  const id = (raw: string | null | undefined, field: string) => {
    if (!raw) return null;
    const n = parseId(raw);
    if (!n) throw badInput('IDが正しくありません。', field);
    return n;
  };
  return {
    actions: f?.actions ?? null,
    actorId: id(f?.actorId, 'filter.actorId'),
    targetType: f?.targetType ?? null,
    targetId: id(f?.targetId, 'filter.targetId'),
    from: f?.from ?? null,
    to: f?.to ?? null,
  };
}

const auditCursor = idCursor('a');

/** Who the row is about, in words (a person's name, a department's path, content by number). */
export function targetLabelOf(users: UsersService, r: Pick<AuditLogEntity, 'target_type' | 'target_id'>): string | null {
  if (r.target_id === null) return null;
  switch (r.target_type) {
    case 'USER':
      return users.findById(r.target_id)?.displayName ?? `職員 #${r.target_id}`;
    case 'DEPARTMENT':
      return users.department(r.target_id)?.path ?? `部署 #${r.target_id}`;
    case 'POST':
      return `投稿 #${r.target_id}`;
    case 'ANSWER':
      return `回答 #${r.target_id}`;
    case 'COMMENT':
      return `コメント #${r.target_id}`;
    default:
      return `${r.target_type ?? ''} #${r.target_id}`;
  }
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  constructor(
    private readonly log: AuditLogService,
    private readonly users: UsersService,
  ) {}

  @Query(() => AuditConnection, { description: '監査ログ（新しい順）。管理者はすべて、DX推進課はモデレーションの記録だけ。' })
  auditLog(
    @Ctx() ctx: GqlContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50, description: '0–100' }) first?: number | null,
    @Args('after', { type: () => String, nullable: true }) after?: string | null,
    @Args('filter', { type: () => AuditFilter, nullable: true }) filter?: AuditFilter | null,
  ): AuditConnection {
    const limit = pageSize(first, 50);
    const rows = this.log.find(ctx.viewer, toAuditFilterInput(filter), after ? auditCursor.decode(after) : null, limit + 1);
    const page = rows.slice(0, limit);
    const actors = this.users.findByIds([...new Set(page.map((r) => r.actor_id).filter((a): a is number => a !== null))]);
    const byId = new Map(actors.filter((u) => u).map((u) => [Number(u!.id), u!]));
    const edges = page.map((r) => ({
      cursor: auditCursor.encode(r.id),
      node: {
        id: String(r.id),
        action: r.action,
        actionLabel: this.log.label(r.action),
        actor: r.actor_id !== null ? (byId.get(r.actor_id) ?? null) : null,
        targetType: r.target_type,
        targetId: r.target_id !== null ? String(r.target_id) : null,
        targetLabel: targetLabelOf(this.users, r),
        before: r.before_json,
        after: r.after_json,
        detail: r.detail,
        ip: r.ip,
        createdAt: r.occurred_at,
      },
    }));
    return { edges, pageInfo: { hasNextPage: rows.length > limit, endCursor: edges.length ? edges[edges.length - 1].cursor : null } };
  }

  @Query(() => [AuditActionOption], { description: '監査ログの操作の一覧（フィルター用、閲覧できるものだけ）' })
  auditActions(@Ctx() ctx: GqlContext): AuditActionOption[] {
    return this.log.actionOptions(ctx.viewer);
  }
}
