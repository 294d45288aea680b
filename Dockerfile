# syntax=docker/dockerfile:1
# Build stage: install everything, build the client and bundle the server.
FROM node:26-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY db/package.json db/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# Runtime stage: production dependencies, the bundled server, the built client (and the sources, for the
# db:* scripts and the framework file the server loads).
FROM node:26-bookworm-slim AS runtime
ENV NODE_ENV=production PORT=3000 DATA_DIR=/data
WORKDIR /app
COPY package.json package-lock.json ./
COPY shared/package.json shared/
COPY db/package.json db/
COPY server/package.json server/
COPY client/package.json client/
COPY tests/package.json tests/
RUN npm ci --omit=dev --no-audit --no-fund -w @cloudstd/server -w @cloudstd/db -w @cloudstd/shared --include-workspace-root=false \
  && npm cache clean --force
COPY shared/src shared/src
COPY db/src db/src
COPY server/src server/src
COPY --from=build /app/client/dist client/dist
COPY --from=build /app/server/dist server/dist
RUN mkdir -p /data && chown node:node /data
USER node
EXPOSE 3000
HEALTHCHECK --interval=15s --timeout=3s --start-period=30s CMD node -e "fetch('http://127.0.0.1:'+process.env.PORT+'/readyz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node", "--enable-source-maps", "server/dist/main.js"]
