import { Field, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { DateTimeScalar } from '../../core/graphql/date-time.scalar';
import { PageInfo } from '../../core/graphql/page-info';

export enum RoleEnum {
  STAFF = 'STAFF',
  DX_OFFICE = 'DX_OFFICE',
  MANAGER = 'MANAGER',
  ADMIN = 'ADMIN',
}
registerEnumType(RoleEnum, { name: 'Role', description: '職員 / DX推進課 / 管理職 / 管理者' });

export enum DepartmentLevel {
  BU = 'BU',
  KA = 'KA',
  KAKARI = 'KAKARI',
}
registerEnumType(DepartmentLevel, { name: 'DepartmentLevel', description: '部 / 課 / 係' });

@ObjectType({ description: 'A name the department had until `until`.' })
export class DepartmentFormerName {
  @Field() name: string;
  @Field(() => DateTimeScalar, { description: 'この名称が使われていた最後の時点（この時刻から新しい名称）' }) until: string;
}

@ObjectType()
export class Department {
  @Field(() => ID) id: string;
  @Field() code: string;
  @Field() name: string;
  @Field(() => DepartmentLevel) level: DepartmentLevel;
  @Field(() => ID, { nullable: true }) parentId: string | null;
  @Field({ description: '部 > 課 > 係 の表示名' }) path: string;
  @Field({ description: '廃止された部署（過去の投稿・所属歴には残る）' }) retired: boolean;
  @Field(() => [DepartmentFormerName], { description: '以前の名称（古い順）' }) formerNames: DepartmentFormerName[];
}

@ObjectType()
export class Assignment {
  @Field(() => ID) id: string;
  @Field(() => Department) department: Department;
  @Field(() => String, { nullable: true }) title: string | null;
  @Field({ description: 'YYYY-MM-DD (JST)' }) startDate: string;
  @Field(() => String, { nullable: true, description: 'YYYY-MM-DD (JST), exclusive; null while current' })
  endDate: string | null;
}

@ObjectType()
export class User {
  @Field(() => ID) id: string;
  @Field() displayName: string;
  @Field(() => RoleEnum) role: RoleEnum;
  @Field(() => String, { nullable: true, description: 'hachioji-2023 role category code' }) roleCategory: string | null;
  @Field(() => String, { nullable: true }) roleCategoryName: string | null;
  @Field(() => String, { nullable: true, description: 'fujisawa-2024 layer code' }) layer: string | null;
  @Field(() => String, { nullable: true }) layerName: string | null;
  @Field(() => DateTimeScalar) createdAt: string;
  @Field({ description: 'false: 利用停止（元職員）。投稿は残り「元職員」と表示されます。' }) active: boolean;
  /** not exposed directly: resolved with a visibility check */
  emailValue: string;
  /** not exposed directly: the person and admins only */
  employeeIdValue?: string | null;
  mustChangePasswordValue?: boolean;
}

@ObjectType()
export class UserEdge {
  @Field() cursor: string;
  @Field(() => User) node: User;
}

@ObjectType()
export class UserConnection {
  @Field(() => [UserEdge]) edges: UserEdge[];
  @Field(() => PageInfo) pageInfo: PageInfo;
}
