# A JRE base image from Debian's packages, for machines that cannot pull eclipse-temurin: `./whosaid images`
# builds it on the Debian base it made with debootstrap (apt sources: the mirror of the host's apt configuration).
ARG DEBIAN_IMAGE=debian:bookworm-slim
FROM ${DEBIAN_IMAGE}
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends openjdk-17-jre-headless \
 && rm -rf /var/lib/apt/lists/* /var/cache/apt/archives/*.deb
ENV LANG=C.UTF-8
CMD ["java", "-version"]
