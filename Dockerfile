# Eén image voor de gateway en de vijf subgraphs; docker-compose.yml kiest per
# service het commando. TypeScript draait via tsx, zoals bij npm start.
FROM node:20-bookworm-slim
WORKDIR /app
# better-sqlite3 (de SQLite-standaard) bouwt met node-gyp als er geen prebuild is.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json ./
# Het dashboard wordt bij npm ci gebouwd (script "prepare"), met de ontwikkelpakketten;
# daarna gaan die eruit.
COPY dashboard ./dashboard
# Het dashboard leest de lijst van brondocumenten mee in zijn bundel.
COPY schema/documenten.json ./schema/documenten.json
RUN npm ci && npm prune --omit=dev
COPY schema ./schema
COPY subgraphs ./subgraphs
COPY kern ./kern
COPY gateway ./gateway
COPY overzichten ./overzichten
ENV NODE_ENV=production
# @apollo/gateway stuurt anders telemetrie naar Apollo en tast cloud-metadata af.
ENV APOLLO_TELEMETRY_DISABLED=true
USER node
