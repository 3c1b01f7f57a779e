#!/usr/bin/env bash
# Installs what the pdf-throughput scenario compares against: LibreOffice Writer without a GUI (soffice --headless
# --convert-to pdf). Only the benchmark needs it; the services never call LibreOffice.
set -euo pipefail
if command -v soffice >/dev/null 2>&1; then
  echo "soffice already installed: $(command -v soffice)"
  exit 0
fi
as_root=()
if [ "$(id -u)" -ne 0 ]; then as_root=(sudo); fi
"${as_root[@]}" apt-get update
"${as_root[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends libreoffice-writer-nogui
command -v soffice
