import { Field, ID, InputType } from '@nestjs/graphql';
import { IsEnum, IsString } from 'class-validator';
import { ReactionTargetType, Stamp } from '../../posts/content.enums';

@InputType()
export class ReactInput {
  @Field(() => ReactionTargetType) @IsEnum(ReactionTargetType) targetType: ReactionTargetType;
  @Field(() => ID) @IsString() targetId: string;
  @Field(() => Stamp) @IsEnum(Stamp) stamp: Stamp;
}
