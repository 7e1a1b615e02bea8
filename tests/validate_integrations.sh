#!/usr/bin/env bash
# The integrations in the repository work as their hosts would run them:
# - .pre-commit-hooks.yaml runs through the real pre-commit (`try-repo`) on a repository with
#   findings (must fail) and on a clean one (must pass);
# - the GitHub and GitLab templates are valid YAML and call only commands and options crmflow has.
# Usage: validate_integrations.sh CRMFLOW SOURCE_DIR WORK_DIR
set -euo pipefail
crmflow=$(realpath "$1") src=$(realpath "$2") work=$3
rm -rf "$work"
mkdir -p "$work"
work=$(realpath "$work")
export PATH="$(dirname "$crmflow"):$PATH" PRE_COMMIT_HOME="$work/pre-commit-home"
export GIT_AUTHOR_NAME=crmflow GIT_AUTHOR_EMAIL=ci@crmflow.invalid GIT_COMMITTER_NAME=crmflow GIT_COMMITTER_EMAIL=ci@crmflow.invalid
command -v pre-commit >/dev/null || { echo "pre-commit is not installed (ci/install-deps.sh installs it)" >&2; exit 1; }

# try-repo needs the hook repository to be a git repository; a clean clone is one.
hooks=$src
if ! git -C "$src" rev-parse --git-dir >/dev/null 2>&1; then
  hooks=$work/hooks
  mkdir -p "$hooks" && cp "$src/.pre-commit-hooks.yaml" "$hooks/"
  git -C "$hooks" init -q && git -C "$hooks" add . && git -C "$hooks" commit -qm hooks
fi

project() {  # project NAME MANIFEST_DIR: a git repository holding a manifest
  local dir=$work/$1
  mkdir -p "$dir"
  cp -r "$2"/. "$dir"/
  git -C "$dir" init -q && git -C "$dir" add . && git -C "$dir" commit -qm init
  echo "$dir"
}

dirty=$(project with-findings "$src/fixtures/demo")
if (cd "$dirty" && pre-commit try-repo "$hooks" crmflow --all-files >"$work/dirty.log" 2>&1); then
  echo "pre-commit hook passed on the demo, which has error-level findings" >&2; cat "$work/dirty.log" >&2; exit 1
fi
grep -q "purpose/creep" "$work/dirty.log" || { echo "hook output lacks the findings" >&2; cat "$work/dirty.log" >&2; exit 1; }

clean_src=$work/clean-src
mkdir -p "$clean_src" && cp "$src/fixtures/rules/basis/missing/negative.toml" "$clean_src/crmflow.toml"
clean=$(project clean "$clean_src")
if ! (cd "$clean" && pre-commit try-repo "$hooks" crmflow --all-files >"$work/clean.log" 2>&1); then
  echo "pre-commit hook failed on a clean manifest" >&2; cat "$work/clean.log" >&2; exit 1
fi
echo "pre-commit: hook fails on findings, passes when clean"

"$crmflow" --help >"$work/help.txt"
/usr/bin/python3 - "$work/help.txt" "$src/ci/github/crmflow.yml" "$src/ci/gitlab/crmflow.gitlab-ci.yml" <<'PY'
import re, sys, yaml
help_text = open(sys.argv[1]).read()
commands = set(re.findall(r"^  crmflow ([a-z]+)", help_text, re.M))
options = set(re.findall(r"(--[a-z][a-z-]*)", help_text))
def scripts(node):
    if isinstance(node, dict):
        for k, v in node.items():
            if k in ("run", "script", "before_script") and isinstance(v, str): yield v
            elif k in ("script", "before_script") and isinstance(v, list): yield from (s for s in v if isinstance(s, str))
            else: yield from scripts(v)
    elif isinstance(node, list):
        for v in node: yield from scripts(v)
problems, calls = [], 0
for path in sys.argv[2:]:
    doc = yaml.safe_load(open(path))
    for script in scripts(doc):
        for line in script.splitlines():
            for m in re.finditer(r"(?:^|[\s;&|(])crmflow\s+([a-z-]+)([^;&|\n]*)", line):
                calls += 1
                if m.group(1) not in commands: problems.append(f"{path}: unknown command 'crmflow {m.group(1)}'")
                for opt in re.findall(r"(--[a-z][a-z-]*)", m.group(2)):
                    if opt not in options: problems.append(f"{path}: unknown option {opt}")
if calls < 4: problems.append(f"only {calls} crmflow calls found; the templates were not parsed as expected")
print("\n".join(problems) or f"templates: valid YAML, {calls} crmflow calls, all known")
sys.exit(1 if problems else 0)
PY
