#!/usr/bin/env bash
# Re-checks the snippets in docs/docs-sites.md: for VitePress, Docusaurus and MkDocs, builds a minimal site
# in a temp dir that embeds <idv-pricing-calculator> (an English and a Chinese page), serves the *built*
# output on localhost and checks each page in headless Chromium with scripts/check-docs-page.mjs.
# Not run by CI. Needs the npm registry, python3 (static server), chromium, and for MkDocs Debian's
# package (apt-get install -y mkdocs). Nothing is written to the repo except dist/ (npm run build).
# Usage: scripts/build-docs-sites.sh [vitepress] [docusaurus] [mkdocs]    (default: all three)
set -euo pipefail
REPO=$(cd "$(dirname "$0")/.." && pwd)
WORK=$(mktemp -d /tmp/idv-doc-hosts.XXXXXX)
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
HOSTS=("$@"); [ $# -gt 0 ] || HOSTS=(vitepress docusaurus mkdocs)
trap 'echo "FAIL (setup) at line $LINENO: $BASH_COMMAND" >&2' ERR
RESULTS=()
echo "work dir: $WORK"

(cd "$REPO" && npm run build --silent >/dev/null && npm pack --silent --pack-destination "$WORK" >/dev/null)
TGZ=$(ls "$WORK"/idv-pricing-*.tgz)
DROPIN=("$REPO/dist/idv-pricing.js" "$REPO/dist/chunks") # the loader and the chunks it imports from beside it
npmi() { npm install --no-audit --no-fund --loglevel=error "$@" >/dev/null; }
ver() { node -p "require('./node_modules/$1/package.json').version"; }

# check NAME VERSION DIR EN_PATH ZH_PATH: serve DIR statically, check both pages, record the outcome.
check() {
  local port=8931 ok=ok
  python3 -m http.server $port --bind 127.0.0.1 --directory "$3" >/dev/null 2>&1 & local pid=$!
  for _ in $(seq 50); do curl -fs -o /dev/null "http://127.0.0.1:$port/" && break; sleep 0.2; done
  node "$REPO/scripts/check-docs-page.mjs" "http://127.0.0.1:$port$4" en || ok=FAIL
  node "$REPO/scripts/check-docs-page.mjs" "http://127.0.0.1:$port$5" zh-CN || ok=FAIL
  kill $pid; wait $pid 2>/dev/null || true
  RESULTS+=("$ok  $1 $2  (${SECONDS}s: install + build + check)")
}
page() { # page FILE TITLE LANG [FRONT MATTER]: a Markdown page with the docs-sites.md snippet's element
  printf '%s# %s\n\n<idv-pricing-calculator lang="%s" plan="app" volume="1.2万" period="month"></idv-pricing-calculator>\n' \
    "${4:-}" "$2" "$3" > "$1"
}

host_vitepress() {
  mkdir -p "$WORK/vitepress/docs/.vitepress/theme" && cd "$WORK/vitepress"
  echo '{"private":true,"type":"module"}' > package.json && npmi vitepress@^1 vue "$TGZ"
  cat > docs/.vitepress/config.mjs <<'EOF'
export default {
  title: 'idv-pricing check',
  vue: { template: { compilerOptions: { isCustomElement: (tag) => tag.startsWith('idv-') } } },
};
EOF
  cat > docs/.vitepress/theme/index.js <<'EOF'
import DefaultTheme from 'vitepress/theme';
export default {
  extends: DefaultTheme,
  enhanceApp() {
    if (!import.meta.env.SSR) import('idv-pricing'); // the SSR build has no customElements
  },
};
EOF
  page docs/index.md Pricing en && page docs/zh.md 价格 zh-CN
  npx vitepress build docs >/dev/null
  check VitePress "$(ver vitepress)" docs/.vitepress/dist / /zh.html
}

host_docusaurus() {
  mkdir -p "$WORK/docusaurus/docs" "$WORK/docusaurus/static" && cd "$WORK/docusaurus"
  echo '{"private":true}' > package.json
  npmi @docusaurus/core@^3 @docusaurus/preset-classic@^3 @mdx-js/react@^3 react@^19 react-dom@^19
  cp -r "${DROPIN[@]}" static/
  cat > docusaurus.config.js <<'EOF'
export default {
  title: 'idv-pricing check',
  url: 'http://localhost',
  baseUrl: '/',
  scripts: [{ src: '/idv-pricing.js', type: 'module' }],
  presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: false }, blog: false, pages: false }]],
};
EOF
  page docs/index.mdx Pricing en $'---\nslug: /\n---\n' && page docs/zh.mdx 价格 zh-CN
  npx docusaurus build >/dev/null
  check Docusaurus "$(ver @docusaurus/core)" build / /zh/
}

host_mkdocs() {
  if ! type -P mkdocs >/dev/null; then RESULTS+=("untested  MkDocs: not installed (apt-get install -y mkdocs)"); return; fi
  mkdir -p "$WORK/mkdocs/docs/js" "$WORK/mkdocs/overrides" && cd "$WORK/mkdocs"
  cp -r "${DROPIN[@]}" docs/js/
  # highlightjs: the theme would fetch highlight.js from a CDN, a page error when offline (not ours).
  printf 'site_name: idv-pricing check\ntheme:\n  name: mkdocs\n  custom_dir: overrides\n  highlightjs: false\n' > mkdocs.yml
  cat > overrides/main.html <<'EOF'
{% extends "base.html" %}
{% block extrahead %}<script type="module" src="{{ 'js/idv-pricing.js' | url }}"></script>{% endblock %}
EOF
  page docs/index.md Pricing en && page docs/zh.md 价格 zh-CN
  mkdocs build -q -d site
  check MkDocs "$(mkdocs --version | awk '{print $3}')" site / /zh/
}

for host in "${HOSTS[@]}"; do SECONDS=0; echo "== $host"; "host_$host"; done
echo; printf '%s\n' "${RESULTS[@]}"; echo "chromium: $("$CHROME_PATH" --version 2>/dev/null)"
echo "(temp dir kept for inspection: rm -rf $WORK)"
! printf '%s\n' "${RESULTS[@]}" | grep -q '^FAIL'
