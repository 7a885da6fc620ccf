# `make run`: set up and read corpus/ into outputs/.  `make test`: set up and run the tests.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: setup system-deps run test bench scale clean

$(BIN)/ziping: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $@

setup: system-deps $(BIN)/ziping

# Debian packages the project needs, installed only when missing (never a downloaded build): LibreOffice and
# Noto CJK read .doc/.wps/.rtf/.odt; chromium (and a CJK font for its screenshots) runs the browser test.
# Without root or apt each prints a warning: office files become error rows, the browser test is skipped.
system-deps:
	@command -v soffice >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	     && apt-get update -qq -o DPkg::Lock::Timeout=300 >/dev/null 2>&1 \
	     && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 --no-install-recommends \
	        libreoffice-writer-nogui fonts-noto-cjk >/dev/null 2>&1; then \
	    echo "system-deps: installed LibreOffice (libreoffice-writer-nogui, fonts-noto-cjk)"; \
	  else \
	    echo "system-deps: warning: LibreOffice not installed (needs root and apt-get); .doc/.wps/.rtf/.odt will be error rows"; \
	  fi; }
	@test -x /usr/bin/chromium || { \
	  if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1 \
	     && apt-get update -qq -o DPkg::Lock::Timeout=300 >/dev/null 2>&1 \
	     && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq -o DPkg::Lock::Timeout=300 \
	        chromium fonts-wqy-zenhei >/dev/null 2>&1; then \
	    echo "system-deps: installed chromium"; \
	  else \
	    echo "system-deps: warning: could not install chromium; the browser test will be skipped"; \
	  fi; }

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
