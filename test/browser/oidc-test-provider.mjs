// A real OpenID Provider for the SSO tests: panva's oidc-provider (OpenID Certified), run in
// its own Node process because it is ESM-only and jest's CommonJS sandbox cannot import it.
//
// Input: OIDC_TEST_PROVIDER (JSON) = { clientId, clientSecret, redirectUris, accounts }, where
// accounts = [{ login, email, name, email_verified? }]; the login name doubles as the subject
// (`sub`). The built-in development login form (devInteractions) accepts any login name and
// any password; a name not in the table is refused by findAccount.
// Output: one line "OIDC_TEST_PROVIDER_READY <issuer>" on stdout once it listens.
// Stdin: one JSON account per line replaces (or adds) that account; answered with "OK <login>".
import { createServer } from 'node:http';
import { createInterface } from 'node:readline';
import Provider from 'oidc-provider';

const input = JSON.parse(process.env.OIDC_TEST_PROVIDER ?? '{}');
const accounts = new Map(input.accounts.map((a) => [a.login, a]));

const server = createServer();
await new Promise((resolve) => server.listen(0, resolve));
// "localhost" while the app is reached as 127.0.0.1: two different sites, as in production,
// so the return to the app's callback is a cross-site navigation (SameSite=Lax is exercised).
const issuer = `http://localhost:${server.address().port}`;

const provider = new Provider(issuer, {
  clients: [
    {
      client_id: input.clientId,
      client_secret: input.clientSecret,
      redirect_uris: input.redirectUris,
      response_types: ['code'],
      grant_types: ['authorization_code'],
      token_endpoint_auth_method: 'client_secret_basic',
    },
  ],
  // PKCE for every client, not only public ones.
  pkce: { required: () => true },
  claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name'] },
  features: { devInteractions: { enabled: true } },
  cookies: { keys: ['banso-oidc-test-provider-cookie-key'] },
  // An organisation's own IdP grants its first-party apps without a consent screen.
  async loadExistingGrant(ctx) {
    const grantId = ctx.oidc.result?.consent?.grantId || ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
    if (grantId) return ctx.oidc.provider.Grant.find(grantId);
    const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
    grant.addOIDCScope('openid email profile');
    await grant.save();
    return grant;
  },
  async findAccount(_ctx, id) {
    const account = accounts.get(id);
    if (!account) return undefined;
    return {
      accountId: id,
      async claims() {
        const current = accounts.get(id) ?? account;
        return { sub: id, email: current.email, email_verified: current.email_verified ?? true, name: current.name };
      },
    };
  },
});
server.on('request', provider.callback());

createInterface({ input: process.stdin }).on('line', (line) => {
  if (!line.trim()) return;
  const account = JSON.parse(line);
  accounts.set(account.login, account);
  process.stdout.write(`OK ${account.login}\n`);
});
process.stdin.on('end', () => server.close(() => process.exit(0)));

process.stdout.write(`OIDC_TEST_PROVIDER_READY ${issuer}\n`);
