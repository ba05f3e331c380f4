# The two commands a new machine needs: `make build` and `make test` (both set up first).
.PHONY: setup build test lint bench pronunciation suggest-sounds

setup:
	@bash scripts/setup.sh

build: setup
	.venv/bin/leaflet build

test: setup
	.venv/bin/ruff check .
	.venv/bin/python -m pytest

lint: setup
	.venv/bin/ruff check .

bench:
	@bash scripts/setup.sh --bench
	@for script in bench/bench_*.py; do echo "== $$script"; .venv/bin/python $$script || exit 1; done

# After adding words to a leaflet or to bench/data/nhs_vocabulary.txt: is every word heard as
# meant? Fix what is not in config/pronunciations.yaml and run it again (it reuses what it heard).
pronunciation: setup
	.venv/bin/python bench/pronunciation.py
	.venv/bin/python bench/intelligibility.py 442

# Sounds to try for the words the last `make pronunciation` found misheard (or WORDS="bed toes"),
# each tried by ear in six carrier phrases and in the leaflet sentences that say it.
suggest-sounds: setup
	.venv/bin/python bench/suggest_sounds.py $(WORDS)
