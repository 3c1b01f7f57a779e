#!/usr/bin/env bash
# Builds every Ita.Micro image on this machine with podman, from a local Debian base: no image registry is needed.
#   scripts/images.sh [APP...]   all images, or some of: score-ingestion analysis measure-tracking
#                                document-rendering gateway portal rabbitmq
# Images are named ${ITA_IMAGE_PREFIX}NAME:${ITA_IMAGE_TAG} (default localhost/ita-micro/NAME:dev), the names
# docker-compose.yml and k8s/overlays/dev use. The base images are built once per machine and kept:
#   ${prefix}debian:bookworm         debootstrap --variant=minbase bookworm, imported
#   ${prefix}dotnet-sdk:10.0         the Debian base with the host's .NET SDK (/usr/share/dotnet) and CA certificates
#   ${prefix}dotnet-runtime:10.0     only the host's .NET and ASP.NET Core runtimes, at /usr/share/dotnet
# ITA_REBUILD_BASE=1 builds the base images again (after a .NET update on the host).
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
prefix=${ITA_IMAGE_PREFIX:-localhost/ita-micro/}
tag=${ITA_IMAGE_TAG:-dev}
export CONTAINERS_CONF="$root/build/podman/containers.conf"
nice=(nice -n "${ITA_BUILD_NICE:-10}")
apps=(score-ingestion:Ita.Micro.ScoreIngestion analysis:Ita.Micro.Analysis measure-tracking:Ita.Micro.MeasureTracking
      document-rendering:Ita.Micro.DocumentRendering gateway:Ita.Micro.Gateway portal:Ita.Micro.Portal)

say() { printf '\033[1m==> %s\033[0m\n' "$*"; }
die() { echo "images.sh: $*" >&2; exit 1; }
has_image() { [ -z "${ITA_REBUILD_BASE:-}" ] && podman image exists "$1"; }
# A helper container's name: unique per run, removed on exit even when a step fails.
helper="ita-images-$$"
trap 'podman rm -f "$helper" >/dev/null 2>&1 || true' EXIT

command -v podman >/dev/null || die "podman is not installed (./ita images installs it: apt-get install podman runc debootstrap)"
podman info >/dev/null 2>&1 || die "podman cannot run here: $(podman info 2>&1 | tail -n 3)"

debian_base() {
  local image="${prefix}debian:bookworm" dir
  has_image "$image" && return
  command -v debootstrap >/dev/null || die "debootstrap is not installed"
  # The mirror this machine's apt uses (no registry is reachable, the Debian mirror is).
  local mirror
  mirror=$(grep -hoE '^(URIs:|deb) +https?://[^ ]+/debian/?( |$)' /etc/apt/sources.list /etc/apt/sources.list.d/*.sources \
    /etc/apt/sources.list.d/*.list 2>/dev/null | awk '{print $2}' | head -n 1)
  [ -n "$mirror" ] || mirror=http://deb.debian.org/debian
  say "Debian 12 base from $mirror (debootstrap, about 1–2 min)"
  dir=$(mktemp -d /tmp/ita-debootstrap.XXXXXX)
  "${nice[@]}" debootstrap --variant=minbase bookworm "$dir" "$mirror" >"$dir.log" 2>&1 ||
    { tail -n 20 "$dir.log" >&2; rm -rf "$dir" "$dir.log"; die "debootstrap failed"; }
  tar -C "$dir" -c . | "${nice[@]}" podman import -q - "$image" >/dev/null
  rm -rf "$dir" "$dir.log"
}

dotnet_runtime() {
  local image="${prefix}dotnet-runtime:10.0" dotnet=/usr/share/dotnet
  has_image "$image" && return
  [ -x "$dotnet/dotnet" ] || die "no .NET at $dotnet"
  say "The .NET runtime image from $dotnet"
  tar -C "$dotnet" -c --transform 's,^,usr/share/dotnet/,' dotnet host shared LICENSE.txt ThirdPartyNotices.txt |
    "${nice[@]}" podman import -q - "$image" >/dev/null
}

dotnet_sdk() {
  local image="${prefix}dotnet-sdk:10.0"
  has_image "$image" && return
  say "The .NET SDK image from /usr/share/dotnet"
  # The host's extra CA certificates: NuGet's feed is reached through the same TLS inspection as the host's.
  local certs=(); [ -d /usr/local/share/ca-certificates ] && certs=(-v /usr/local/share/ca-certificates:/mnt/ca:ro)
  podman rm -f "$helper" >/dev/null 2>&1 || true
  "${nice[@]}" podman run --name "$helper" -v /usr/share/dotnet:/mnt/dotnet:ro "${certs[@]}" "${prefix}debian:bookworm" bash -euc '
    apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends ca-certificates libicu72 libssl3 >/dev/null
    rm -rf /var/lib/apt/lists/*
    cp -a /mnt/dotnet /usr/share/dotnet && ln -s /usr/share/dotnet/dotnet /usr/bin/dotnet
    if [ -d /mnt/ca ]; then cp /mnt/ca/*.crt /usr/local/share/ca-certificates/ 2>/dev/null || true; fi
    update-ca-certificates >/dev/null' >/dev/null
  podman commit -q --change 'ENV DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1' \
    "$helper" "$image" >/dev/null
  podman rm -f "$helper" >/dev/null
}

build_app() { # name assembly
  local apt=""
  [ "$1" = document-rendering ] && apt="chromium-headless-shell fonts-thai-tlwg"
  say "$1 → ${prefix}$1:$tag"
  # --format docker keeps the HEALTHCHECK; the host's NuGet cache is lent to the restore layer when there is one.
  local cache=()
  [ -d "${NUGET_PACKAGES:-$HOME/.nuget/packages}" ] && cache=(-v "${NUGET_PACKAGES:-$HOME/.nuget/packages}:/root/.nuget/packages")
  "${nice[@]}" podman build -q --format docker -f build/Dockerfile "${cache[@]}" \
    --build-arg SDK_IMAGE="${prefix}dotnet-sdk:10.0" --build-arg DOTNET_RUNTIME_IMAGE="${prefix}dotnet-runtime:10.0" \
    --build-arg BASE_IMAGE="${prefix}debian:bookworm" --build-arg APP="$2" --build-arg APT_PACKAGES="$apt" \
    -t "${prefix}$1:$tag" . >/dev/null
}

build_rabbitmq() {
  say "rabbitmq → ${prefix}rabbitmq:$tag"
  "${nice[@]}" podman build -q --format docker -f build/rabbitmq/Dockerfile \
    --build-arg BASE_IMAGE="${prefix}debian:bookworm" -t "${prefix}rabbitmq:$tag" build/rabbitmq >/dev/null
}

wanted=("$@")
[ ${#wanted[@]} -gt 0 ] || wanted=(rabbitmq score-ingestion analysis measure-tracking document-rendering gateway portal)
started=$SECONDS
debian_base
for name in "${wanted[@]}"; do
  if [ "$name" = rabbitmq ]; then build_rabbitmq; continue; fi
  assembly=""
  for entry in "${apps[@]}"; do [ "${entry%%:*}" = "$name" ] && assembly=${entry#*:}; done
  [ -n "$assembly" ] || die "no image called $name"
  dotnet_runtime; dotnet_sdk
  build_app "$name" "$assembly"
done
say "Images built in $((SECONDS - started)) s: $(printf '%s ' "${wanted[@]}")"
