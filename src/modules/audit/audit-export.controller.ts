import { Controller, Get, Query, Res } from '@nestjs/common';
import { CurrentViewer } from '../../core/auth/decorators';
import { csvCell } from '../../core/csv/csv';
import { jstDate } from '../../core/time/jst';
import { UsersService } from '../users/users.service';
import { AuditLogService } from './audit-log.service';
import { targetLabelOf, toAuditFilterInput } from './audit.resolver';
import type { Viewer } from '../../core/auth/viewer';
import type { Response } from 'express';

/** Rows per chunk: each chunk is one short synchronous step, the event loop breathes between them. */
const CHUNK = 500;
/** An export is bounded; a longer period is exported in parts (the screen says so). */
export const AUDIT_EXPORT_MAX_ROWS = 100_000;

const jst = (iso: string) => new Date(iso).toLocaleString('ja-JP', { timeZone: 'Asia/Tokyo', hour12: false });

/**
 * The audit log as CSV for Excel (UTF-8 with BOM, CRLF), with the same filters and the same
 * visibility as the screen (admins everything, the DX office moderation rows only).
 * `GET /export/audit-log.csv?actions=A,B&from=YYYY-MM-DD&to=YYYY-MM-DD&actorId=&targetType=&targetId=`
 */
@Controller('export')
export class AuditExportController {
  constructor(
    private readonly log: AuditLogService,
    private readonly users: UsersService,
  ) {}

  @Get('audit-log.csv')
  async export(@CurrentViewer() viewer: Viewer, @Res() res: Response, @Query() q: Record<string, string | undefined>): Promise<void> {
    const filter = toAuditFilterInput({
      actions: q.actions ? String(q.actions).split(',').filter(Boolean) : null,
      actorId: q.actorId ?? null,
      targetType: q.targetType ?? null,
      targetId: q.targetId ?? null,
      from: q.from ?? null,
      to: q.to ?? null,
    });
    // Validate (and refuse) before the first byte is sent.
    let rows = this.log.find(viewer, filter, null, CHUNK);
    res.setHeader('Content-Type', 'text/csv; charset=utf-8');
    res.setHeader('Content-Disposition', `attachment; filename="audit-log-${jstDate()}.csv"`);
    res.setHeader('Cache-Control', 'no-store');
    const header = [
      'ID',
      '日時（JST）',
      '操作',
      '操作コード',
      '操作した人',
      '操作した人のID',
      '対象の種類',
      '対象ID',
      '対象',
      '変更前',
      '変更後',
      '補足',
      'IPアドレス',
    ];
    res.write('\uFEFF' + header.map(csvCell).join(',') + '\r\n');
    let written = 0;
    while (rows.length > 0 && written < AUDIT_EXPORT_MAX_ROWS) {
      const actors = new Map(
        this.users
          .findByIds([...new Set(rows.map((r) => r.actor_id).filter((a): a is number => a !== null))])
          .filter((u) => u)
          .map((u) => [Number(u!.id), u!.displayName]),
      );
      const lines = rows.map((r) =>
        [
          r.id,
          jst(r.occurred_at),
          this.log.label(r.action),
          r.action,
          r.actor_id !== null ? (actors.get(r.actor_id) ?? '') : '（コマンド／システム）',
          r.actor_id ?? '',
          r.target_type ?? '',
          r.target_id ?? '',
          targetLabelOf(this.users, r) ?? '',
          r.before_json ?? '',
          r.after_json ?? '',
          r.detail ?? '',
          r.ip ?? '',
        ]
          .map(csvCell)
          .join(','),
      );
      res.write(lines.join('\r\n') + '\r\n');
      written += rows.length;
      const lastId = rows[rows.length - 1].id;
      await new Promise((resolve) => setImmediate(resolve));
      rows = this.log.find(viewer, filter, lastId, CHUNK);
    }
    res.end();
  }
}
