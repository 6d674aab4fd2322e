# The API image used by docker-compose.yml (Neo4j runs in its own container there).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
EXPOSE 4000
CMD ["npx", "tsx", "src/main.ts"]
