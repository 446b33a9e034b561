import 'reflect-metadata';
import { parseArgs } from 'node:util';
import { AccountsService } from '../modules/accounts/accounts.service';
import { withCliApp } from './cli-app';

const USAGE = `使い方 / usage:
  npm run admin:create -- --email <メールアドレス> --name <表示名>
パスワードは環境変数 BANSO_ADMIN_PASSWORD から読むか、端末で入力します（コマンドライン引数では受け付けません）。
The password comes from BANSO_ADMIN_PASSWORD or is typed at the prompt (never from the command line).`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

/** Reads a line from the terminal without echoing it. */
function promptHidden(question: string): Promise<string> {
  const stdin = process.stdin;
  if (!stdin.isTTY) fail('パスワードが指定されていません。BANSO_ADMIN_PASSWORD を設定するか、端末から実行してください。');
  process.stdout.write(question);
  return new Promise((resolve) => {
    let value = '';
    stdin.setRawMode(true);
    stdin.resume();
    stdin.setEncoding('utf8');
    const onData = (chunk: string) => {
      for (const ch of chunk) {
        if (ch === '\r' || ch === '\n') {
          stdin.setRawMode(false);
          stdin.pause();
          stdin.off('data', onData);
          process.stdout.write('\n');
          resolve(value);
          return;
        }
        if (ch === '\u0003') process.exit(130);
        if (ch === '\u007f' || ch === '\b') value = value.slice(0, -1);
        else value += ch;
      }
    };
    stdin.on('data', onData);
  });
}

/** `npm run admin:create -- --email <e> --name <n>`: the first (or another) ADMIN account. */
async function main() {
  let args: { email?: string; name?: string };
  try {
    args = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' } }, strict: true }).values;
  } catch (e) {
    if (process.argv.some((a) => a.startsWith('--password')))
      fail('パスワードをコマンドライン引数で渡すことはできません（シェルの履歴やプロセス一覧に残るため）。');
    fail(`引数が正しくありません: ${(e as Error).message}`);
  }
  if (!args.email || !args.name) fail('--email と --name を指定してください。');

  let password = process.env.BANSO_ADMIN_PASSWORD;
  if (!password) {
    password = await promptHidden('パスワード / password: ');
    const again = await promptHidden('もう一度 / again: ');
    if (password !== again) fail('パスワードが一致しません。');
  }

  const { email, name } = args;
  await withCliApp(fail, async (app) => {
    const result = await app.get(AccountsService).createAdmin({ email, name, password });
    if (result.created) console.log(`管理者を作成しました / admin created: ${email} (id ${result.id})`);
    else
      console.log(
        `このメールアドレスのアカウントは既にあります（${result.role}、id ${result.id}）。何も変更していません。 / An account with this e-mail already exists; nothing changed.`,
      );
  });
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
