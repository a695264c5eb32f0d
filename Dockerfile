# The residency image: the static binary on Debian, run as a non-root user.
#
#   docker build -t residency .
#   docker run --rm -v "$PWD:/work" residency check -p policy.rpl plan.yaml
#
# Stage 1 builds and tests nothing but the release binary (make dist: static,
# the standard library built in); stage 2 is Debian slim with that binary.
FROM debian:12-slim AS build
RUN apt-get update \
 && apt-get install -y --no-install-recommends make gcc libc6-dev flex bison pkg-config \
      libcyaml-dev libyaml-dev libjansson-dev libcmocka-dev \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /src
COPY . .
RUN make DEPS=none -j"$(nproc)" dist DIST_DIR=/out \
 && mkdir /out/unpacked \
 && tar xzf /out/residency-*.tar.gz -C /out/unpacked --strip-components=1 \
 && /out/unpacked/residency --version

FROM debian:12-slim
COPY --from=build /out/unpacked/residency /usr/local/bin/residency
RUN useradd --system --uid 10001 --user-group --create-home --home-dir /home/residency residency \
 && mkdir /work && chown residency:residency /work
USER 10001:10001
WORKDIR /work
ENTRYPOINT ["residency"]
CMD ["help"]
