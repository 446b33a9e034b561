# Production image: builds API + SPA, then runs them from a slim runtime with only
# production dependencies. The SQLite file lives on the /data volume, backups on /backups.
#
# Node 24 (Active LTS, supported until April 2028) for build and runtime: Node 20 reached end
# of life in April 2026, and 22 leaves maintenance in April 2027. The code also runs on
# 20.19+ and 22.13+ (package.json "engines"). Both stages use the same Debian (bookworm) so
# the native modules built here (better-sqlite3, argon2) load in the runtime stage.
ARG NODE_IMAGE=node:24-bookworm-slim

FROM ${NODE_IMAGE} AS build
WORKDIR /app
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
# package.json "allowScripts" lists the dependencies whose install scripts may run (argon2,
# better-sqlite3) and those that may not. npm reads it from 11.16 on: an older npm in the base
# image is updated first, and strict mode fails the build on any install script not listed.
RUN node -e "const [a,b]=require('child_process').execSync('npm --version').toString().split('.').map(Number); process.exit(a>11||(a===11&&b>=16)?0:1)" \
    || npm install -g --no-audit --no-fund npm@11
COPY package.json package-lock.json ./
RUN npm_config_strict_allow_scripts=true npm ci --no-audit --no-fund
COPY . .
RUN npm run build && npm_config_strict_allow_scripts=true npm prune --omit=dev --no-audit --no-fund

FROM ${NODE_IMAGE}
WORKDIR /app
ENV NODE_ENV=production \
    PORT=3000 \
    DATABASE_PATH=/data/banso.sqlite \
    BACKUP_DIR=/backups \
    SEED_DEMO=false
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
# dist/ holds the server and the command-line tools (node dist/cli/backup.js, restore.js,
# admin-create.js, ledger-verify.js, search-reindex.js, …).
COPY --from=build /app/dist ./dist
COPY --from=build /app/client/dist ./client/dist
# Owned by the service account and private; named volumes start with these owners and modes.
RUN mkdir -p /data /backups && chown node:node /data /backups && chmod 700 /data /backups
USER node
VOLUME ["/data", "/backups"]
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=20s \
  CMD node -e "fetch('http://127.0.0.1:3000/healthz').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"
CMD ["node", "dist/main.js"]
