# eventwire: `make run` and `make test` are the two set-up commands (see README).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
DB     ?= eventwire.duckdb
LIMIT  ?= 400
WORKERS ?= 2
SHARED ?= ../shared

.PHONY: install run test test-fast bench eval lock schema clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

# Third-party packages come only from the hashed lock; the project itself is installed editable.
$(VENV)/.installed: requirements.lock pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --require-hashes -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $@

install: $(VENV)/.installed

run: install
	rm -f $(DB)
	$(BIN)/eventwire ingest demo/corpus --db $(DB)
	$(BIN)/eventwire stats --db $(DB) --format table

test: install
	$(BIN)/python -m pytest -q

test-fast: install
	$(BIN)/python -m pytest -q -m "not slow"

bench: install
	$(BIN)/python bench/bench.py --limit $(LIMIT) --workers $(WORKERS) --corpus $(SHARED)/corpora/wikinews-politics-2004-2009.jsonl.gz

eval: install
	$(BIN)/python -m eventwire.eval.report --shared $(SHARED) --out EVALUATION.md

# Regenerate the hashed lock from pyproject.toml (needs network to PyPI).
lock: | $(BIN)/python
	$(BIN)/python -m pip install --quiet pip-tools
	$(BIN)/pip-compile --quiet --generate-hashes --allow-unsafe --strip-extras --no-emit-index-url --no-emit-find-links --extra dev -o requirements.lock pyproject.toml

schema: install
	$(BIN)/python -c "import json; from eventwire.records import coded_article_json_schema as s; open('schema/coded-article.schema.json','w').write(json.dumps(s(), indent=2, sort_keys=True) + '\n')"

clean:
	rm -rf $(VENV) $(DB) .pytest_cache build *.egg-info src/*.egg-info
