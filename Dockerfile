# syntax=docker/dockerfile:1
# Platform: one image, three roles chosen by the first argument (docs/operations.md):
#   docker run IMAGE            serves the API (CMD api)
#   docker run IMAGE worker     background work only (Hangfire server, dispatcher, calendar sync)
#   docker run IMAGE migrate    applies migrations as ConnectionStrings__Owner and exits
# tests/Platform.IntegrationTests/Deployment/ContainerImageTests.cs runs the published app with this file's
# ENV, ENTRYPOINT and CMD (parsed from here), so keep them as plain `KEY=value` and JSON arrays.

# ---- build: the .NET SDK with Node.js 20 for the web client (web/WebClient.targets runs npm during the build)
FROM node:20-bookworm-slim AS node

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
COPY --from=node /usr/local/bin/node /usr/local/bin/node
COPY --from=node /usr/local/lib/node_modules /usr/local/lib/node_modules
RUN ln -s ../lib/node_modules/npm/bin/npm-cli.js /usr/local/bin/npm \
    && ln -s ../lib/node_modules/npm/bin/npx-cli.js /usr/local/bin/npx \
    && node --version && npm --version
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
WORKDIR /src

# Restore first, from the project files only, so a source change does not invalidate the package layer.
COPY Directory.Build.props Directory.Packages.props Platform.sln ./
COPY src/Platform.Api/Platform.Api.csproj src/Platform.Api/
COPY src/Platform.Tenancy/Platform.Tenancy.csproj src/Platform.Tenancy/
COPY src/Platform.Modules/Platform.Modules.csproj src/Platform.Modules/
COPY web/WebClient.targets web/package.json web/package-lock.json web/
COPY web/graphiql/ web/graphiql/
RUN dotnet restore src/Platform.Api/Platform.Api.csproj
RUN cd web && npm ci --no-audit --no-fund

COPY schema.graphql ./
COPY web/ web/
COPY src/ src/
# The build runs npm (web client, GraphiQL assets) into wwwroot; a failing client build fails the image.
RUN dotnet publish src/Platform.Api/Platform.Api.csproj -c Release --no-restore -o /app -p:UseAppHost=false

# ---- runtime: ASP.NET Core only, non-root, read-only root filesystem (only /tmp is written)
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build --chown=0:0 /app ./
# Nothing is written outside /tmp: HOME and TMPDIR are there, the .NET diagnostics sockets go to TMPDIR,
# Data Protection keys live in the database, email pickup files (Email__Provider=Pickup) in $TMPDIR.
ENV ASPNETCORE_URLS=http://+:8080
ENV ASPNETCORE_ENVIRONMENT=Production
ENV HOME=/tmp
ENV TMPDIR=/tmp
ENV DOTNET_RUNNING_IN_CONTAINER=true
ENV DOTNET_gcServer=1
ENV DOTNET_GCHeapAffinitizeMask=0
ENV DOTNET_USE_POLLING_FILE_WATCHER=false
ENV DOTNET_hostBuilder__reloadConfigOnChange=false
ENV DOTNET_CLI_TELEMETRY_OPTOUT=1
ENV DOTNET_NOLOGO=1
# UID 10001, no shell login, no home of its own (HOME=/tmp).
USER 10001:10001
EXPOSE 8080
# The runtime image has no curl: the app's own `healthcheck` verb GETs /health/live (no host, no database).
HEALTHCHECK --interval=15s --timeout=5s --start-period=30s --retries=3 CMD ["dotnet", "/app/Platform.Api.dll", "healthcheck"]
ENTRYPOINT ["dotnet", "Platform.Api.dll"]
CMD ["api"]
