#!/usr/bin/env bash
# The deployment checks (./ita test runs them, one test): renders k8s/overlays/dev and prod with `kubectl kustomize`
# and runs tests/k8s/check.mjs over them: every object valid against the Kubernetes schemas offline (npm
# kubernetes-models), what every Deployment needs, configuration keys the apps read, compose and k8s in agreement.
# kubectl comes from apt when missing; the npm packages (tests/k8s/package-lock.json) go to .run/deployment-check.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
dir="$root/.run/deployment-check"
mkdir -p "$dir"
fail() { echo "DEPLOYMENT CHECK FAILED: $*" >&2; exit 1; }

if ! command -v kubectl >/dev/null; then
  { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends kubectl; } >"$dir/apt.log" 2>&1 ||
    fail "kubectl is missing and apt could not install it (tail of $dir/apt.log: $(tail -n 2 "$dir/apt.log"))"
fi
command -v node >/dev/null && command -v npm >/dev/null || fail "node and npm are required"
# The packages once per lock file; npm's cache stays in the run folder, not in $HOME.
if ! cmp -s tests/k8s/package-lock.json "$dir/package-lock.json" || [ ! -d "$dir/node_modules" ]; then
  cp tests/k8s/package.json tests/k8s/package-lock.json "$dir/"
  (cd "$dir" && npm ci --no-audit --no-fund --cache "$dir/npm-cache" >"$dir/npm.log" 2>&1) ||
    fail "npm ci failed: $(tail -n 5 "$dir/npm.log")"
fi
cp tests/k8s/check.mjs "$dir/"
for overlay in dev prod; do
  kubectl kustomize "k8s/overlays/$overlay" >"$dir/$overlay.yaml" 2>"$dir/$overlay.err" ||
    fail "kubectl kustomize k8s/overlays/$overlay: $(cat "$dir/$overlay.err")"
done
node "$dir/check.mjs" "$root" "$dir/dev.yaml" "$dir/prod.yaml" || fail "see the problems above"
