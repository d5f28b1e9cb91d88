# Runtime-only image of one service: copies the quarkus-app that `./mvnw package -Dquarkus.profile=pg` built
# on the host (no Maven stage, so no build image is needed). The build context is the service's
# target/quarkus-app folder:
#   ./mvnw -B package -DskipTests -Dquarkus.profile=pg
#   docker build -f deploy/docker/runtime.Dockerfile --build-arg PORT=8082 \
#     --build-arg EXTRA_PACKAGES="trans-de-en openthesaurus-de-text" \
#     -t whosaid/analysis-service:dev analysis-service/target/quarkus-app
# Same layout, user, port and environment as deploy/docker/<service>.Dockerfile. `./whosaid images` uses it.
ARG JRE_IMAGE=eclipse-temurin:17-jre-jammy
FROM ${JRE_IMAGE}
ARG PORT=8080
# analysis-service: trans-de-en openthesaurus-de-text (the alignment lexicons, from the base's apt sources)
ARG EXTRA_PACKAGES=""
RUN if [ -n "$EXTRA_PACKAGES" ]; then \
      apt-get update \
      && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends $EXTRA_PACKAGES \
      && rm -rf /var/lib/apt/lists/*; \
    fi
RUN groupadd --system --gid 10001 whosaid \
 && useradd --system --uid 10001 --gid whosaid --home-dir /deployments --shell /usr/sbin/nologin whosaid \
 && mkdir -p /deployments && chown whosaid:whosaid /deployments
WORKDIR /deployments
# Layers from least to most often changed: dependencies, Quarkus internals, the application
COPY --chown=10001:10001 lib/ /deployments/lib/
COPY --chown=10001:10001 quarkus/ /deployments/quarkus/
COPY --chown=10001:10001 quarkus-run.jar /deployments/
COPY --chown=10001:10001 app/ /deployments/app/
USER 10001:10001
EXPOSE ${PORT}
ENV WHOSAID_DATA_DIR=/tmp/whosaid \
    LANG=C.UTF-8 \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=70 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp"
ENTRYPOINT ["java", "-jar", "/deployments/quarkus-run.jar"]
