import { Controller, Get, Res } from '@nestjs/common';
import { CurrentViewer } from '../../core/auth/decorators';
import { csvCell } from '../../core/csv/csv';
import { jstDate } from '../../core/time/jst';
import { UsersService } from '../users/users.service';
import { CertificationsService } from './certifications.service';
import { SkillsService } from './skills.service';
import type { Viewer } from '../../core/auth/viewer';
import type { Response } from 'express';

export { csvCell };

/**
 * HR export of skill records: UTF-8 with BOM (Excel opens it in Japanese without a wizard),
 * CRLF line ends, one row per person and skill, only the records the requester may see.
 * Signed-in only, through the global guard like every GraphQL operation (401 with the same
 * `errors` body otherwise).
 */
@Controller('export')
export class SkillsExportController {
  constructor(
    private readonly skills: SkillsService,
    private readonly users: UsersService,
    private readonly certifications: CertificationsService,
  ) {}

  @Get('skill-records.csv')
  export(@CurrentViewer() viewer: Viewer, @Res() res: Response): void {
    const ids = this.skills.visibleRecordOwners(viewer);
    const entries = this.skills.entriesForUsers(ids);
    const header = [
      '職員ID',
      '氏名',
      '所属',
      '役割区分',
      '階層',
      'DX人材認定',
      'スキルコード',
      'スキル名',
      'レベル',
      'ポイント',
      '根拠件数',
      '役割上の位置付け',
    ];
    const lines = [header.map(csvCell).join(',')];
    for (const id of ids) {
      const u = this.users.findById(id)!;
      const dept = this.users.currentDepartment(id)?.path ?? '';
      const certs = this.certifications
        .current(id, false)
        .map((c) => `${c.tier}(${c.fiscalYear})`)
        .join(' ');
      for (const e of entries.get(id) ?? []) {
        const mark = e.requirement === 'REQUIRED' ? '◎必修' : e.requirement === 'FOR_RELEVANT_STAFF' ? '○該当者' : '';
        lines.push(
          [id, u.displayName, dept, u.roleCategoryName ?? '', u.layerName ?? '', certs, e.skill.code, e.skill.name, e.level, e.points, e.evidenceCount, mark]
            .map(csvCell)
            .join(','),
        );
      }
    }
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="skill-records-${jstDate()}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    res.send('\uFEFF' + lines.join('\r\n') + '\r\n');
  }
}
