# Eén image voor de gateway, de zes subgraphs en het overzichtenregister; docker-compose.yml en de manifesten in
# deploy/kubernetes/ kiezen per dienst het commando. In de image draait `node` het
# gecompileerde JavaScript uit dist/ (npm run build): geen tsx, niets compileren bij de start.

# --- bouw: ontwikkelpakketten, dashboard en TypeScript → dist/ -------------------------
FROM node:20-bookworm-slim AS bouw
WORKDIR /app
# better-sqlite3 (de SQLite-standaard) bouwt met node-gyp als er geen prebuild is.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Het dashboard wordt bij npm ci gebouwd (script "prepare"); het leest de lijst van brondocumenten,
# de lijst van ministeries en de regel voor de rijen van een overzicht mee in zijn bundel.
COPY dashboard ./dashboard
COPY schema/documenten.json ./schema/documenten.json
COPY kern/config.ts ./kern/config.ts
COPY kern/rijen.ts ./kern/rijen.ts
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY schema ./schema
COPY subgraphs ./subgraphs
COPY kern ./kern
COPY gateway ./gateway
COPY overzichtenregister ./overzichtenregister
COPY overzichten ./overzichten
COPY scripts ./scripts
RUN npx tsx scripts/bouw.ts && npm prune --omit=dev

# --- draaien: alleen productiepakketten en dist/ --------------------------------------
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
# @apollo/gateway stuurt anders telemetrie naar Apollo en tast cloud-metadata af.
ENV APOLLO_TELEMETRY_DISABLED=true
# Een kleinere jonge generatie: zo'n 30 MB minder geheugen per proces in rust (docs/prestaties.md, "Geheugen").
ENV NODE_OPTIONS=--max-semi-space-size=1
COPY --from=bouw /app/package.json ./package.json
COPY --from=bouw /app/node_modules ./node_modules
COPY --from=bouw /app/dist ./dist
# Lokale bestanden staan in de projectmap, niet in dist/ (kern/projectmap.ts): zonder
# PostgreSQL-URL schrijft een subgraph SQLite in subgraphs/<ministerie>/var/ (die map maakt
# hij zelf, subgraphs/ministerie/database.ts), het overzichtenregister zonder PostgreSQL-URL in
# var/overzichten.sqlite, en buiten productie ligt de ontwikkelsleutel in var/.
RUN mkdir -p var subgraphs && chown -R node:node var subgraphs
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://localhost:' + (process.env.PORT || 4000) + '/health/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/gateway/index.js"]
