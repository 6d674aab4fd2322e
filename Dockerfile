# The production API image used by docker-compose.yml (Neo4j runs in its own container there,
# so NEO4J_URI is always set and no Java, Maven or embedded launcher is needed).
# Two stages: the first compiles TypeScript with the dev dependencies, the second holds only
# production dependencies, the compiled dist/ and the files the server reads at run time.

FROM node:24-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
RUN npm run build

FROM node:24-bookworm-slim
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Read at run time, relative to the project root (src/db/embedded/launcher-paths.ts):
# Cypher statements and migrations, the SDL, the curated seed, and the explorer page, which
# esbuild bundles on first request from explorer/src, importing the graph model from src/model.
COPY cypher ./cypher
COPY schema ./schema
COPY seed ./seed
COPY explorer ./explorer
COPY src/model/model.ts ./src/model/model.ts
# The data terms travel with every data package export (src/dataset/export-datapackage.ts).
COPY DATA-TERMS.md ./
# The node image's unprivileged user; it owns nothing here, so the app cannot rewrite itself.
USER node
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --start-period=60s --retries=6 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health/ready').then(r => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
CMD ["node", "dist/main.js"]
