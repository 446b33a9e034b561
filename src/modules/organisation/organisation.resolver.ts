import { Args, Field, ID, InputType, Mutation, Resolver } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsBoolean, IsOptional, IsString, MaxLength } from 'class-validator';
import { Ctx } from '../../core/auth/decorators';
import { Requires } from '../../core/policy/requires';
import { requireId } from '../../core/validation/normalize';
import { Department, User } from '../users/user.model';
import { OrganisationService } from './organisation.service';
import type { GqlContext } from '../../core/auth/viewer';

@InputType()
export class CreateDepartmentInput {
  @Field() @IsString() @MaxLength(200) name: string;
  @Field(() => ID, { nullable: true, description: '親部署（省略時は部として作成）' }) @IsOptional() @IsString() parentId?: string | null;
  @Field(() => String, { nullable: true, description: '部署コード（人事システムのコード。省略時は自動）' }) @IsOptional() @IsString() @MaxLength(200) code?:
    string | null;
}

@InputType()
export class UpdateDepartmentInput {
  @Field(() => ID) @IsString() id: string;
  @Field(() => String, { nullable: true, description: '新しい名称（以前の名称は履歴に残り、過去の投稿には以前の名称が表示されます）' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string | null;
  @Field(() => ID, { nullable: true, description: '移動先の親部署。null で最上位（部）へ。省略で変更なし。' }) @IsOptional() @IsString() parentId?:
    string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @IsString() @MaxLength(200) code?: string | null;
  @Field(() => Boolean, { nullable: true, description: 'true: 廃止 / false: 再開' }) @IsOptional() @IsBoolean() retired?: boolean | null;
}

@InputType()
export class TransferInput {
  @Field(() => ID) @IsString() userId: string;
  @Field(() => ID) @IsString() departmentId: string;
  @Field(() => String, { nullable: true, description: '発令日 YYYY-MM-DD（JST）。省略時は今日。この日から新しい所属。' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  effectiveDate?: string | null;
}

@InputType()
export class ManagerScopeInput {
  @Field(() => ID) @IsString() userId: string;
  @Field(() => [ID]) @IsArray() @ArrayMaxSize(50, { message: '管理範囲は50部署までです。' }) departmentIds: string[];
}

@Resolver()
export class OrganisationResolver {
  constructor(private readonly org: OrganisationService) {}

  @Requires('admin.organisation')
  @Mutation(() => Department, { description: '部署を作成（管理者）。親の階層に応じて 部 → 課 → 係。' })
  createDepartment(@Ctx() ctx: GqlContext, @Args('input') input: CreateDepartmentInput): Department {
    return this.org.createDepartment(ctx.viewer!, {
      name: input.name,
      parentId: input.parentId ? requireId(input.parentId, 'parentId', '親部署') : null,
      code: input.code,
    });
  }

  @Requires('admin.organisation')
  @Mutation(() => Department, { description: '部署の名称変更・移動・廃止（管理者）。履歴が残ります。' })
  updateDepartment(@Ctx() ctx: GqlContext, @Args('input') input: UpdateDepartmentInput): Department {
    return this.org.updateDepartment(ctx.viewer!, {
      id: requireId(input.id, 'id', '部署'),
      name: input.name,
      parentId: input.parentId === undefined ? undefined : input.parentId === null ? null : requireId(input.parentId, 'parentId', '親部署'),
      code: input.code,
      retired: input.retired,
    });
  }

  @Requires('admin.organisation')
  @Mutation(() => User, { description: '異動（管理者）。発令日の前日までの貢献は元の部署、発令日からは新しい部署に集計されます。' })
  transferUser(@Ctx() ctx: GqlContext, @Args('input') input: TransferInput): User {
    return this.org.transferUser(ctx.viewer!, {
      userId: requireId(input.userId, 'userId', '職員'),
      departmentId: requireId(input.departmentId, 'departmentId', '部署'),
      effectiveDate: input.effectiveDate,
    });
  }

  @Requires('admin.organisation')
  @Mutation(() => User, { description: '管理職が見られる部署（下の部署を含む）を設定（管理者）' })
  setManagerScope(@Ctx() ctx: GqlContext, @Args('input') input: ManagerScopeInput): User {
    return this.org.setManagerScope(ctx.viewer!, {
      userId: requireId(input.userId, 'userId', '職員'),
      departmentIds: input.departmentIds.map((d) => requireId(d, 'departmentIds', '部署')),
    });
  }
}
