# ingest-service image: JVM, non-root, layered quarkus-app, PostgreSQL build (-Dquarkus.profile=pg).
# Build from the repository root (the build context must contain the whole Maven project):
#   docker build -f deploy/docker/ingest-service.Dockerfile -t whosaid/ingest-service:1.0.0 .
# The base images are build arguments; the defaults are the public images an operator pulls. Without a registry,
# point them at local images (`./whosaid images` builds a Debian JRE base with debootstrap and uses
# runtime.Dockerfile, which copies jars built on the host by `./mvnw package -Dquarkus.profile=pg`):
#   --build-arg MAVEN_IMAGE=... --build-arg JRE_IMAGE=localhost/whosaid/jre-base:17
ARG MAVEN_IMAGE=maven:3.9-eclipse-temurin-17
ARG JRE_IMAGE=eclipse-temurin:17-jre-jammy

# ---- build stage: the pg variant (the database kind is fixed at build time)
FROM ${MAVEN_IMAGE} AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q -pl ingest-service -am package -DskipTests -Dquarkus.profile=pg

# ---- runtime stage
FROM ${JRE_IMAGE}

RUN groupadd --system --gid 10001 whosaid \
 && useradd --system --uid 10001 --gid whosaid --home-dir /deployments --shell /usr/sbin/nologin whosaid \
 && mkdir -p /deployments && chown whosaid:whosaid /deployments
WORKDIR /deployments
# Layers from least to most often changed: dependencies, Quarkus internals, the application
COPY --from=build --chown=10001:10001 /src/ingest-service/target/quarkus-app/lib/ /deployments/lib/
COPY --from=build --chown=10001:10001 /src/ingest-service/target/quarkus-app/quarkus/ /deployments/quarkus/
COPY --from=build --chown=10001:10001 /src/ingest-service/target/quarkus-app/*.jar /deployments/
COPY --from=build --chown=10001:10001 /src/ingest-service/target/quarkus-app/app/ /deployments/app/
USER 10001:10001
EXPOSE 8081
# Writable paths only under /tmp (read-only root filesystem in Kubernetes; /tmp is an emptyDir there)
ENV WHOSAID_DATA_DIR=/tmp/whosaid \
    LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
