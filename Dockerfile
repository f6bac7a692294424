# Storefront's production image: `docker build -t storefront .`
# Three stages: build (all dependencies, compiles to dist/), deps (production dependencies
# only), and the runtime, which has neither the sources nor the dev dependencies.

FROM node:22-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

FROM node:22-bookworm-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force

FROM node:22-bookworm-slim AS runtime
ENV NODE_ENV=production \
    HOST=0.0.0.0 \
    PORT=3000 \
    METRICS_PORT=9464 \
    DATA_DIR=/app/data
WORKDIR /app
COPY --from=deps --chown=node:node /app/node_modules ./node_modules
COPY --from=build --chown=node:node /app/dist ./dist
COPY --chown=node:node package.json ./
RUN mkdir -p /app/data && chown node:node /app/data
# The image's own unprivileged user (uid 1000), never root.
USER node
EXPOSE 3000 9464
# Liveness only: readiness (database, Redis) is for the orchestrator's routing, not restarts.
HEALTHCHECK --interval=15s --timeout=3s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 3000) + '/api/v1/health/live').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
STOPSIGNAL SIGTERM
# Node itself is PID 1 (no npm, no shell), so SIGTERM reaches the app, which drains and exits.
CMD ["node", "--max-semi-space-size=8", "dist/src/main.js"]
