# `make run`: set up and read corpus/ into outputs/.  `make test`: set up and run the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup system-deps run test bench scale clean

$(BIN)/ziping: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

setup: $(BIN)/ziping system-deps

# The browser test drives Debian's chromium (never a downloaded build); CJK fonts so its screenshot reads.
# Without them that one test is skipped and says why.
system-deps:
	@test -x /usr/bin/chromium || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
		chromium fonts-wqy-zenhei >/dev/null; } || echo "warning: could not install chromium; the browser test will be skipped"

run: setup
	$(BIN)/ziping run corpus/ -o outputs/

test: setup
	$(BIN)/python -m pytest -q

bench: setup
	$(BIN)/python benchmarks/bench.py

# the scale benchmark: a synthetic corpus in four formats with its truth (reportlab writes the PDFs)
scale: setup
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[bench]'
	$(BIN)/python benchmarks/scale.py

clean:
	rm -rf $(VENV) outputs/*.csv outputs/*.json outputs/*.txt outputs/report.*
