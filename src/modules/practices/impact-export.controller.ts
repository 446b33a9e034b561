import { Controller, Get, Query, Res } from '@nestjs/common';
import { CurrentViewer } from '../../core/auth/decorators';
import { csvCell } from '../../core/csv/csv';
import { badInput } from '../../core/errors/app-error';
import { PracticesService } from './practices.service';
import type { Viewer } from '../../core/auth/viewer';
import type { Response } from 'express';

/**
 * The impact of a 年度 as CSV for Excel (UTF-8 with BOM, CRLF, formula-safe cells): the
 * departments, then the cases behind the number. `GET /export/impact.csv?fiscalYear=2026`
 */
@Controller('export')
export class ImpactExportController {
  constructor(private readonly practices: PracticesService) {}

  @Get('impact.csv')
  export(@CurrentViewer() viewer: Viewer, @Res() res: Response, @Query('fiscalYear') fyRaw?: string): void {
    const fy = Number(fyRaw);
    if (!/^\d{4}$/.test(String(fyRaw ?? ''))) throw badInput('年度を指定してください（例: fiscalYear=2026）。', 'fiscalYear');
    const s = this.practices.impactSummary(viewer, fy);
    const line = (cells: (string | number)[]) => cells.map((c) => csvCell(String(c))).join(',') + '\r\n';
    let out = '\uFEFF';
    out += line([`${s.fiscalYearLabel}の効果（年間削減時間）`]);
    out += line([
      '合計（時間）',
      s.totalHoursSaved,
      '事例',
      s.caseHoursSaved,
      '横展開（導入済み）',
      s.adoptionHoursSaved,
      '前年度の合計',
      s.previousTotalHoursSaved,
    ]);
    out += '\r\n';
    out += line(['部署', '年間削減時間', 'この年度の事例（件）', 'この年度に導入済みになった横展開（件）']);
    for (const d of s.byDepartment) out += line([d.label, d.hoursSaved, d.cases, d.adoptions]);
    out += '\r\n';
    out += line(['事例ID', '事例', '年間削減時間（この年度に数えた分）', '事例そのもの', '横展開', '導入済みの部署数']);
    for (const c of s.cases) out += line([c.post.id, c.post.title, c.hoursSaved, c.caseHoursSaved, c.adoptionHoursSaved, c.adoptions]);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="impact-${fy}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.end(out);
  }
}
