import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageInfo } from '../../core/graphql/page-info';
import { User } from '../users/user.model';

@ObjectType({ description: '監査ログの1行（追記のみ）' })
export class AuditEntry {
  @Field(() => ID) id: string;
  @Field({ description: '例: ACCOUNT_CREATED, USER_TRANSFERRED, STAFF_IMPORTED, ANONYMOUS_AUTHOR_REVEALED' }) action: string;
  @Field({ description: '操作の日本語名' }) actionLabel: string;
  @Field(() => User, { nullable: true, description: '操作した人（コマンドやシステムの場合は null）' }) actor: User | null;
  @Field(() => String, { nullable: true }) targetType: string | null;
  @Field(() => ID, { nullable: true }) targetId: string | null;
  @Field(() => String, { nullable: true, description: '対象の表示名（職員名・部署名など）' }) targetLabel: string | null;
  @Field(() => String, { nullable: true, description: '変更前（JSON）' }) before: string | null;
  @Field(() => String, { nullable: true, description: '変更後（JSON）' }) after: string | null;
  @Field(() => String, { nullable: true, description: '補足（JSON）' }) detail: string | null;
  @Field(() => String, { nullable: true }) ip: string | null;
  @Field(() => DateTimeScalar) createdAt: string;
}

@ObjectType()
export class AuditEdge {
  @Field() cursor: string;
  @Field(() => AuditEntry) node: AuditEntry;
}

@ObjectType()
export class AuditConnection {
  @Field(() => [AuditEdge]) edges: AuditEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}

@ObjectType()
export class AuditActionOption {
  @Field() action: string;
  @Field() label: string;
}
