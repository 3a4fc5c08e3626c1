# One command to install and run the demo, one to run the tests.
PYTHON ?= python3.11
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

CHROMIUM := /usr/bin/chromium

.PHONY: demo test install bench bench-review schema clean browser

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dev]"
	touch $(STAMP)

install: $(STAMP)

demo: $(STAMP)
	$(BIN)/zhixing batch corpora/samples

# the browser tests drive Debian's chromium; fonts-wqy-microhei makes Chinese readable in its screenshots
$(CHROMIUM):
	apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-wqy-microhei >/dev/null

browser: $(CHROMIUM)

test: $(STAMP) $(CHROMIUM)
	$(BIN)/python -m pytest -q

bench: $(STAMP)
	$(BIN)/python bench/run_all.py

# review application under 50 concurrent reviewers on PostgreSQL (needs the local server, as the tests do)
bench-review: $(STAMP)
	$(BIN)/python bench/bench_review_load.py --think 5
	$(BIN)/python bench/bench_review_load.py --think 1 --documents 1500

schema: $(STAMP)
	$(BIN)/zhixing schema -o schema/document.schema.json

clean:
	rm -rf $(VENV) data
