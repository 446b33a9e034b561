import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { User } from '../users/user.model';

/** What a post's and an answer's revisions share. */
@ObjectType({ isAbstract: true })
abstract class RevisionFields {
  @Field(() => ID) id: string;
  @Field(() => Int, { description: '版の番号（1 が最初の投稿）' }) number: number;
  @Field(() => DateTimeScalar) editedAt: string;
  @Field(() => User, { nullable: true, description: '編集した人（匿名の質問者本人の編集は、本人以外には null）' }) editor: User | null;
  @Field({ description: '表示名、または「匿名の質問者」' }) editorLabel: string;
  @Field({ description: '匿名の質問の質問者による編集' }) byAnonymousAsker: boolean;
  @Field() body: string;
  @Field(() => Int, { nullable: true, description: 'DX推進課が以前の版に戻したとき、戻した版の番号' }) restoredFrom: number | null;
}

@ObjectType({ description: '投稿の編集履歴の1版' })
export class PostRevision extends RevisionFields {
  @Field(() => String, { nullable: true }) title: string | null;
}

@ObjectType({ description: '回答の編集履歴の1版（回答にタイトルはありません: title は常に null）' })
export class AnswerRevision extends RevisionFields {
  @Field(() => String, { nullable: true }) title: string | null;
}
