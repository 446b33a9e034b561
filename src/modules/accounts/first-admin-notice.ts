/** Printed at start while no active ADMIN exists (an empty production database). */
export const FIRST_ADMIN_NOTICE = `管理者アカウントがまだありません。最初の管理者を作成してください:
  BANSO_ADMIN_PASSWORD='<12文字以上のパスワード>' npm run admin:create -- --email <メールアドレス> --name <表示名>
  （BANSO_ADMIN_PASSWORD を省略すると端末でパスワードを入力します）
No administrator account exists yet. Create the first one with the command above
(leave out BANSO_ADMIN_PASSWORD to type the password at the prompt).`;
