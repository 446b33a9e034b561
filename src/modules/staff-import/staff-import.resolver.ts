import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { Ctx } from '../../core/auth/decorators';
import { Requires } from '../../core/policy/requires';
import { ImportResult, ImportStaffInput } from './staff-import.model';
import { StaffImportService } from './staff-import.service';
import type { GqlContext } from '../../core/auth/viewer';

@Resolver()
export class StaffImportResolver {
  constructor(private readonly imports: StaffImportService) {}

  @Requires('admin.organisation')
  @Mutation(() => ImportResult, {
    description:
      '職員データ（人事システムの CSV）の取り込み（管理者）。dryRun: true で変更内容の確認だけ。エラーが1件でもあれば何も反映しません。同じファイルをもう一度取り込んでも何も変わりません。',
  })
  importStaff(@Ctx() ctx: GqlContext, @Args('input') input: ImportStaffInput): Promise<ImportResult> {
    return this.imports.run(ctx.viewer!, {
      csv: input.csv,
      dryRun: input.dryRun ?? true,
      effectiveDate: input.effectiveDate,
      deactivateMissing: input.deactivateMissing ?? false,
      source: { via: 'admin screen' },
    });
  }
}
