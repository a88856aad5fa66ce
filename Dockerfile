# syntax=docker/dockerfile:1
# One image recipe for every motcua service: `docker build --build-arg SERVICE=intake .` (gateway by default;
# intake, routing, fees, courier, notifications). Only the last layers depend on SERVICE, so the six images
# share everything else. Tools run in the same image with another command: `node dist/scripts/migrate.js`.
# Runs as uid 10001 and writes nothing outside /tmp, so a read-only root filesystem works.
ARG NODE_IMAGE=node:20.20-bookworm-slim

FROM ${NODE_IMAGE} AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# Install scripts stay off, as on developer machines: argon2 loads its bundled prebuilt binary without them.
RUN --mount=type=cache,target=/root/.npm npm ci --ignore-scripts --no-audit --no-fund

FROM deps AS build
COPY . .
RUN npm run build

FROM deps AS prod-deps
RUN --mount=type=cache,target=/root/.npm npm prune --omit=dev --ignore-scripts --no-audit --no-fund

FROM ${NODE_IMAGE} AS runtime
ENV NODE_ENV=production \
    NODE_OPTIONS=--enable-source-maps \
    HOME=/tmp
WORKDIR /app
RUN groupadd --gid 10001 motcua \
 && useradd --uid 10001 --gid 10001 --no-create-home --home-dir /tmp --shell /usr/sbin/nologin motcua
# Code stays owned by root: the service user can read it, not change it.
COPY --from=prod-deps /app/node_modules ./node_modules
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/dist ./dist
ARG SERVICE=gateway
RUN test -f "dist/apps/${SERVICE}/src/main.js" || { echo "no app named '${SERVICE}'" >&2; exit 1; }
ENV MOTCUA_SERVICE=${SERVICE}
USER 10001:10001
# gateway 3000, intake 3001, routing 3002, fees 3003, courier 3004, notifications 3005 (unless PORT is set).
EXPOSE 3000-3005
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 \
  CMD ["node", "-e", "const d={gateway:3000,intake:3001,routing:3002,fees:3003,courier:3004,notifications:3005};fetch('http://127.0.0.1:'+(process.env.PORT||d[process.env.MOTCUA_SERVICE])+'/health/live',{signal:AbortSignal.timeout(4000)}).then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# A shell expands MOTCUA_SERVICE, then `exec` hands PID 1 to node so SIGTERM reaches the app and it drains.
CMD ["/bin/sh", "-c", "exec node dist/apps/${MOTCUA_SERVICE}/src/main.js"]
