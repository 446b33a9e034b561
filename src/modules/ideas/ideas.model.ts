import { Field, ID, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { IdeaStatus } from '../posts/content.enums';
import { User } from '../users/user.model';

@ObjectType({ description: 'アイデアの状況の変更（履歴）' })
export class IdeaStatusChange {
  @Field(() => ID) id: string;
  @Field(() => IdeaStatus) status: IdeaStatus;
  @Field(() => IdeaStatus) previousStatus: IdeaStatus;
  @Field(() => String, { nullable: true }) note: string | null;
  @Field(() => DateTimeScalar) changedAt: string;
  @Field(() => User, { nullable: true, description: '変更した人（DX推進課・管理職）' }) changedBy: User | null;
}
