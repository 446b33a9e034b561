import 'reflect-metadata';
import { MailerService } from '../modules/notifications/mailer.service';
import { withCliApp } from './cli-app';

const USAGE = `使い方 / usage:
  npm run digest:send    期限の来たまとめメール（1日・1週間）を作って、送るべきメールを今すぐ送ります（SMTP_URL が必要）
                         records the digests due now and sends every pending e-mail (needs SMTP_URL)`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

async function main() {
  if (process.argv.slice(2).some((a) => a !== '--')) fail('引数はありません。');
  await withCliApp(fail, async (app) => {
    const mailer = app.get(MailerService);
    if (!mailer.enabled) fail('SMTP_URL が設定されていないため、メールは送りません。');
    const digests = mailer.enqueueDueDigests();
    let sent = 0;
    for (let n = await mailer.flush(); n > 0; n = await mailer.flush()) {
      sent += n;
      process.stdout.write(`\r  ${sent} 通送りました / sent`);
    }
    process.stdout.write('\n');
    console.log(`まとめメール ${digests} 件を作成し、${sent} 通を送りました / ${digests} digests recorded, ${sent} e-mails sent`);
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
