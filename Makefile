# clauselint: plain make, no configure step.
#
#   make          build build/clauselint
#   make check    every test: unit tests (Criterion), end-to-end cases, the
#                 integrations (pre-commit, CI templates, install), and the
#                 reports checked by their consumers' validators
#   make install  build/clauselint and its man page under $(DESTDIR)$(PREFIX)
#                 (PREFIX=/usr/local); make uninstall removes them
#   make demo     build the two example policy repositories and lint them
#   make asan     the test suite under AddressSanitizer and UBSan
#   make valgrind the test suite under valgrind
#   make format   clang-format the sources
#   make dist     build/clauselint-VERSION.tar.gz, the release tarball of HEAD
#   make docs     docs/rules.md, from the rules' own text
#
# When a library is missing, the deps step installs it with apt-get as
# root, and otherwise prints the command to run (scripts/deps.sh). The
# binary needs only the libraries; Criterion is checked for by the unit
# tests, and the integration tests' tools by `make integration`.

# The version, in one place: VERSION (docs/releasing.md).
VERSION := $(shell cat VERSION)

CC      ?= cc
CFLAGS  ?= -O2 -g
PKGS     = libgit2 libcmark-gfm yaml-0.1 libsodium
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
STD      = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -pthread
BUILD   ?= build
# One name per file: BUILD=/abs/path/to/this/build (as the integration
# tests pass it) is made relative, or objects and their .d files would be
# known by two names and a changed header would rebuild only one of them.
override BUILD := $(patsubst $(CURDIR)/%,%,$(BUILD))
# The SARIF multitool (npm), shared by every build tree.
NODE_DIR ?= build/node

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
TEST_CFLAGS = $(shell pkg-config --cflags criterion 2>/dev/null)
TEST_LIBS   = $(shell pkg-config --libs criterion 2>/dev/null)

# One line per step ("  CC      lib/util/util.c"), as git and Linux print
# them; V=1 prints the commands themselves.
V ?= 0
ifeq ($(V),1)
Q =
say = @:
else
Q = @
say = @printf '  %-7s %s\n'
endif

# CI builds with WERROR=-Werror: a warning fails the build there.
WERROR  ?=
ALL_CFLAGS = $(STD) $(WARN) $(WERROR) -MMD -MP -Ilib -I. -I$(BUILD)/gen $(PKG_CFLAGS) $(CFLAGS)

LIB_SRC  = $(sort $(wildcard lib/*/*.c rules/*.c))
CMD_SRC  = $(sort $(wildcard cmd/*.c))
TEST_SRC = $(sort $(wildcard tests/lib/*.c tests/lib/*/*.c tests/rules/*.c tests/cmd/*.c))

TEMPLATES = $(sort $(wildcard templates/init/*))

LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/catalogue_data.o $(BUILD)/obj/gen/init_templates.o
CMD_OBJ  = $(CMD_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/revision.o
GEN_HEADERS = $(BUILD)/gen/version.h
TEST_OBJ = $(TEST_SRC:%.c=$(BUILD)/obj/%.o)

BIN      = $(BUILD)/clauselint
LIB      = $(BUILD)/libclauselint.a
UNIT     = $(BUILD)/unit-tests
DEPS_OK  = $(BUILD)/.deps-ok
TEST_DEPS_OK = $(BUILD)/.test-deps-ok

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man

.PHONY: all check source layers unit e2e integration formats install uninstall demo deps asan valgrind format docs clean dist FORCE

all: $(BIN)

deps: $(DEPS_OK) $(TEST_DEPS_OK)

$(DEPS_OK): scripts/deps.sh
	@mkdir -p $(BUILD)
	@sh scripts/deps.sh build
	@touch $@

$(TEST_DEPS_OK): scripts/deps.sh
	@mkdir -p $(BUILD)
	@sh scripts/deps.sh test
	@touch $@

# The catalogue ships as data (rules/iso27001-2022.tsv) compiled in, so
# the binary needs no file beside it.
$(BUILD)/gen/catalogue_data.c: rules/iso27001-2022.tsv scripts/catalogue-to-c.awk | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(say) GEN $@
	$(Q)awk -f scripts/catalogue-to-c.awk rules/iso27001-2022.tsv > $@.tmp
	$(Q)mv $@.tmp $@

# CL_VERSION, from VERSION: every object that includes lib/clauselint.h
# is rebuilt when it changes (the .d files record the header).
$(GEN_HEADERS): VERSION
	@mkdir -p $(dir $@)
	$(say) GEN $@
	$(Q)printf '#define CL_VERSION "%s"\n' "$(VERSION)" > $@.tmp
	$(Q)mv $@.tmp $@

# The commit the binary was built from, for `clauselint version
# --build-options` and bug reports: git's description of the checkout,
# or the REVISION file `make dist` puts in a tarball. Checked on every
# build, written only when it changed, so only this object is rebuilt.
$(BUILD)/gen/revision.c: FORCE
	@mkdir -p $(dir $@)
	@if [ -e .git ]; then rev=$$(git describe --always --dirty --abbrev=12 2>/dev/null); \
	elif [ -f REVISION ]; then rev=$$(cat REVISION); fi; \
	[ -n "$${rev:-}" ] || rev=unknown; \
	printf 'const char cl_build_revision[] = "%s";\n' "$$rev" > $@.tmp; \
	if cmp -s $@.tmp $@; then rm -f $@.tmp; else mv $@.tmp $@; fi

FORCE:

# So are the files `clauselint init` writes (templates/init/).
$(BUILD)/gen/init_templates.c: $(TEMPLATES) scripts/templates-to-c.awk | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(say) GEN $@
	$(Q)awk -f scripts/templates-to-c.awk $(TEMPLATES) > $@.tmp
	$(Q)mv $@.tmp $@

$(BUILD)/obj/%.o: %.c | $(DEPS_OK) $(GEN_HEADERS)
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c | $(GEN_HEADERS)
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/%.c | $(DEPS_OK) $(TEST_DEPS_OK) $(GEN_HEADERS)
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	$(say) AR $@
	$(Q)rm -f $@
	$(Q)ar rcs $@ $(LIB_OBJ)

$(BIN): $(CMD_OBJ) $(LIB)
	$(say) LINK $@
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -pthread -o $@ $(CMD_OBJ) $(LIB) $(PKG_LIBS)

$(UNIT): $(TEST_OBJ) $(LIB)
	$(say) LINK $@
	$(Q)$(CC) $(CFLAGS) $(LDFLAGS) -pthread -o $@ $(TEST_OBJ) $(LIB) $(PKG_LIBS) $(TEST_LIBS)

check: source unit layers e2e integration formats

# A split user message or unformatted code (scripts/check-source.sh).
source:
	@sh scripts/deps.sh tools
	sh scripts/check-source.sh

# The arrows between files and folders run one way, and the library names
# no rule (scripts/check-layers.py, from the objects' symbols).
layers: $(BIN)
	@if command -v python3 >/dev/null 2>&1; then \
		python3 scripts/check-layers.py $(BUILD); \
	elif [ "$${CLAUSELINT_REQUIRE_TOOLS:-0}" = 1 ]; then \
		echo "layers: python3 is missing, and CLAUSELINT_REQUIRE_TOOLS=1" >&2; exit 1; \
	else \
		echo "layers: skipped: no python3"; \
	fi

unit: $(UNIT)
	@sh scripts/run-unit.sh $(UNIT) $(UNIT_FLAGS)

e2e: $(BIN)
	sh tests/e2e/run.sh $(BIN)
	sh tests/e2e/fixtures.sh $(BIN)
	sh tests/e2e/init.sh $(BIN)
	sh tests/e2e/rules.sh $(BIN)
	@if command -v python3 >/dev/null 2>&1; then \
		python3 tests/e2e/fixes.py $(BIN); \
	elif [ "$${CLAUSELINT_REQUIRE_TOOLS:-0}" = 1 ]; then \
		echo "e2e: python3 is missing, and CLAUSELINT_REQUIRE_TOOLS=1" >&2; exit 1; \
	else \
		echo "e2e: fixes.py skipped: no python3"; \
	fi

# Two repositories built from fixtures/: a complete ISMS that passes
# (the target fails if it doesn't), and the same kind of ISMS with the
# findings auditors write most often (the target fails unless it exits 1).
# Dates are judged as on 2026-11-22, the day the histories were made for.
DEMO_NOW = --now 2026-11-22

# The hooks under the real pre-commit, the CI templates with their scripts
# run locally, make install and the man page (tests/integration/). A tool
# that is missing skips what needs it, unless CLAUSELINT_REQUIRE_TOOLS=1
# (as in CI): then it fails.
integration: $(BIN)
	@sh scripts/deps.sh tools
	sh tests/integration/pre-commit.sh $(BIN)
	sh tests/integration/ci-templates.sh $(BIN)
	sh tests/integration/install.sh $(BIN)

# Without sudo where the prefix is the user's (PREFIX=$$HOME/.local);
# elsewhere it says so, and what to add to PATH (scripts/install.sh).
install: $(BIN)
	@sh scripts/install.sh $(BIN) man/clauselint.1 "$(BINDIR)" "$(MANDIR)" "$(DESTDIR)"

uninstall:
	rm -f $(DESTDIR)$(BINDIR)/clauselint $(DESTDIR)$(MANDIR)/man1/clauselint.1

# sarif, junit, json and codequality reports of the real binary, checked
# with the SARIF multitool, xmllint and Node (tests/formats/validate.sh).
formats: $(BIN)
	NODE_DIR=$(NODE_DIR) sh tests/formats/validate.sh $(BIN)

demo: $(BIN)
	@echo "== A complete ISMS: fixtures/example-isms"
	@sh fixtures/example-isms/build.sh $(BUILD)/example-isms
	@echo
	@echo "$$ clauselint -C $(BUILD)/example-isms $(DEMO_NOW)"
	@$(BIN) -C $(BUILD)/example-isms $(DEMO_NOW) || \
		{ echo "make demo: the example ISMS should have no error" >&2; exit 1; }
	@echo
	@echo "$$ clauselint -C $(BUILD)/example-isms status $(DEMO_NOW)"
	@$(BIN) -C $(BUILD)/example-isms status $(DEMO_NOW)
	@echo
	@echo "$$ clauselint -C $(BUILD)/example-isms status --requirements $(DEMO_NOW)"
	@$(BIN) -C $(BUILD)/example-isms status --requirements $(DEMO_NOW)
	@echo
	@echo "== Typical audit findings: fixtures/demo"
	@sh fixtures/demo/build.sh $(BUILD)/demo-repo
	@echo
	@echo "$$ clauselint -C $(BUILD)/demo-repo $(DEMO_NOW)"
	@$(BIN) -C $(BUILD)/demo-repo $(DEMO_NOW); rc=$$?; test $$rc -eq 1 || \
		{ echo "make demo: the audit findings example should exit 1, not $$rc" >&2; exit 1; }
	@echo
	@echo "$$ clauselint -C $(BUILD)/demo-repo status $(DEMO_NOW)"
	@$(BIN) -C $(BUILD)/demo-repo status $(DEMO_NOW)

# The unit, end-to-end and report tests with AddressSanitizer and UBSan,
# in a build tree of their own; a leak, an overflow or undefined
# behaviour fails them. (The integrations test packaging, not memory:
# `make check` runs them once.)
asan:
	$(MAKE) BUILD=build/asan \
		CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" unit e2e formats

# Criterion runs each test in a child process: valgrind must follow them.
valgrind: $(UNIT) $(BIN)
	valgrind -q --trace-children=yes --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect $(UNIT) $(UNIT_FLAGS)
	VALGRIND=1 sh tests/e2e/run.sh $(BIN)
	VALGRIND=1 sh tests/e2e/init.sh $(BIN)

format:
	clang-format -i lib/*.h lib/*/*.[ch] rules/*.[ch] cmd/*.[ch] tests/lib/*.c tests/lib/*/*.c tests/rules/*.c

# The rules reference is the rules' own text (clauselint explain);
# tests/e2e/rules.sh fails while it is out of date.
docs: $(BIN)
	$(BIN) rules --format markdown > docs/rules.md.tmp
	mv docs/rules.md.tmp docs/rules.md

clean:
	rm -rf $(BUILD)

# The release tarball: the files of the HEAD commit (git archive, so
# nothing uncommitted or ignored gets in) under clauselint-VERSION/, with
# REVISION naming the commit, and its SHA-256 beside it. It builds with
# the README's commands and needs no git to do so (docs/releasing.md).
DIST = $(BUILD)/clauselint-$(VERSION)
dist:
	@git rev-parse --verify -q HEAD >/dev/null || { echo "make dist: needs a git checkout with a commit" >&2; exit 2; }
	@[ -z "$$(git status --porcelain --untracked-files=no)" ] || \
		echo "make dist: note: uncommitted changes are not in the tarball, which is made of HEAD"
	rm -rf $(DIST) $(DIST).tar.gz
	mkdir -p $(DIST)
	git archive --format=tar HEAD | tar -x -C $(DIST)
	git describe --always --abbrev=12 HEAD > $(DIST)/REVISION
	tar -C $(BUILD) --sort=name --owner=0 --group=0 --numeric-owner \
		--mtime="@$$(git log -1 --format=%ct HEAD)" -cf - clauselint-$(VERSION) | gzip -n > $(DIST).tar.gz
	rm -rf $(DIST)
	cd $(BUILD) && sha256sum clauselint-$(VERSION).tar.gz > clauselint-$(VERSION).tar.gz.sha256
	@echo "make dist: $(DIST).tar.gz"

-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(TEST_OBJ:.o=.d)

# The speed and memory targets of bench/README.md (not part of check), on
# two generated repositories of 5,000 documents and 20,000 commits, each
# made again only when missing or its generator changed (the generator
# writes the stamp last): bench/generate.sh's, and bench/generate-other.py's,
# shaped otherwise (deep folders, large documents, a merge per change).
# bench/run.sh on each, BENCH_RUNS=N rounds (default 5). Then the scaling
# table, bench/scaling.sh (BENCH_RUNS default 3), on repositories kept in
# $(BUILD)/bench-scaling; BENCH_SCALING=0 skips it. The status is the worst.
BENCH_REPO  = $(BUILD)/bench-repo
BENCH_STAMP = $(BENCH_REPO)/.git/clauselint-bench
BENCH_OTHER = $(BUILD)/bench-other
BENCH_OTHER_STAMP = $(BENCH_OTHER)/.git/clauselint-bench-other
BENCH_SCALING ?= 1

.PHONY: bench

$(BENCH_STAMP): bench/generate.sh
	sh bench/generate.sh $(BENCH_REPO)

$(BENCH_OTHER_STAMP): bench/generate-other.py
	python3 bench/generate-other.py $(BENCH_OTHER)

bench: $(BIN) $(BENCH_STAMP) $(BENCH_OTHER_STAMP)
	s=0; sh bench/run.sh $(BIN) $(BENCH_REPO) || s=$$?; echo; \
	sh bench/run.sh $(BIN) $(BENCH_OTHER) || { r=$$?; [ $$s -ge $$r ] || s=$$r; }; \
	if [ "$(BENCH_SCALING)" != 0 ]; then echo; \
		BENCH_REPO=$(BENCH_REPO) sh bench/scaling.sh $(BIN) $(BUILD)/bench-scaling || \
		{ r=$$?; [ $$s -ge $$r ] || s=$$r; }; \
	fi; exit $$s

# ---- Fuzzing (fuzz/, docs/fuzzing.md) ----
#
#   make fuzz          every harness of fuzz/ for FUZZ_SECONDS (default 60);
#                      -jN runs N at once
#   make fuzz-smoke    the same for 10 seconds each
#   make fuzz-build    only build them: $(FUZZ_BUILD)/bin/NAME
#   make fuzz-run-NAME one harness
#
# Each harness is built with clang, libFuzzer, AddressSanitizer and
# UBSan against the library compiled anew into $(FUZZ_BUILD)/obj (clang
# objects never mix with gcc's; the generated catalogue and templates of
# $(BUILD)/gen are the ones the rules above make). It starts from the
# corpus fuzz/seeds.sh makes of the repository's own fixtures, e2e cases
# and templates (kept in $(FUZZ_BUILD)/corpus/NAME, where it grows from
# run to run) and the seeds of fuzz/seeds/NAME, with its format's
# dictionaries. A crash, a leak, undefined behaviour, an input slower than
# FUZZ_TIMEOUT seconds or one that takes more than FUZZ_RSS_MB fails the
# target; the input that did it is kept in $(FUZZ_BUILD)/artifacts/NAME/.
# Before fuzzing, each harness runs over fuzz/regress/NAME/, whole:
# inputs that once failed (docs/fuzzing.md).
FUZZ_CC      ?= clang
FUZZ_SECONDS ?= 60
FUZZ_TIMEOUT ?= 10
FUZZ_RSS_MB  ?= 512
FUZZ_MAX_LEN ?= 65536
FUZZ_BUILD    = $(BUILD)/fuzz
FUZZ_SAN      = -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_CFLAGS   = $(STD) $(WARN) $(WERROR) -MMD -MP -Ilib -I. -I$(BUILD)/gen $(PKG_CFLAGS) \
		-O1 -g -fno-omit-frame-pointer $(FUZZ_SAN)
FUZZ_SRC      = $(sort $(wildcard fuzz/*.c))
FUZZ_NAMES    = $(FUZZ_SRC:fuzz/%.c=%)
FUZZ_BINS     = $(FUZZ_NAMES:%=$(FUZZ_BUILD)/bin/%)
FUZZ_OBJ      = $(FUZZ_SRC:%.c=$(FUZZ_BUILD)/obj/%.o)
FUZZ_LIB_OBJ  = $(LIB_SRC:%.c=$(FUZZ_BUILD)/obj/%.o) \
		$(FUZZ_BUILD)/obj/gen/catalogue_data.o $(FUZZ_BUILD)/obj/gen/init_templates.o
FUZZ_LIB      = $(FUZZ_BUILD)/libclauselint.a
FUZZ_DEPS_OK  = $(BUILD)/.fuzz-deps-ok
FUZZ_CORPUS   = $(FUZZ_BUILD)/corpus/.made

# The dictionaries (fuzz/dict/) each harness mutates with, and the
# longest input of the harnesses whose format is short.
FUZZ_DICT_document  = markdown yaml
FUZZ_DICT_reading   = markdown yaml
FUZZ_DICT_records   = markdown yaml
FUZZ_DICT_raci      = markdown
FUZZ_DICT_lint      = markdown yaml config
FUZZ_DICT_yaml      = yaml
FUZZ_DICT_config    = yaml config glob
FUZZ_DICT_people    = yaml config ssh
FUZZ_DICT_signature = ssh
FUZZ_DICT_ssh_key   = ssh
FUZZ_DICT_baseline  = json
FUZZ_DICT_glob      = glob
FUZZ_DICT_trailer   = trailer
FUZZ_DICT_mailmap   = trailer
FUZZ_DICT_history_cache = trailer
FUZZ_MAX_LEN_glob      = 4096
FUZZ_MAX_LEN_ssh_key   = 4096
FUZZ_MAX_LEN_signature = 8192
FUZZ_MAX_LEN_trailer   = 16384
FUZZ_MAX_LEN_mailmap   = 16384

.PHONY: fuzz fuzz-smoke fuzz-build fuzz-corpus
# Objects reached only through the pattern rules below: make must not
# delete them as intermediate files after linking.
.SECONDARY: $(FUZZ_LIB_OBJ) $(FUZZ_OBJ)

$(FUZZ_DEPS_OK): scripts/deps.sh
	@mkdir -p $(BUILD)
	@sh scripts/deps.sh fuzz
	@touch $@

$(FUZZ_BUILD)/obj/%.o: %.c | $(DEPS_OK) $(FUZZ_DEPS_OK) $(GEN_HEADERS)
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c | $(FUZZ_DEPS_OK) $(GEN_HEADERS)
	@mkdir -p $(dir $@)
	$(say) CC $<
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link -c -o $@ $<

$(FUZZ_LIB): $(FUZZ_LIB_OBJ)
	$(say) AR $@
	$(Q)rm -f $@
	$(Q)ar rcs $@ $(FUZZ_LIB_OBJ)

$(FUZZ_BUILD)/bin/%: $(FUZZ_BUILD)/obj/fuzz/%.o $(FUZZ_LIB)
	@mkdir -p $(dir $@)
	$(say) LINK $@
	$(Q)$(FUZZ_CC) $(FUZZ_SAN) -fsanitize=fuzzer -pthread -o $@ $< $(FUZZ_LIB) $(PKG_LIBS)

fuzz-build: $(FUZZ_BINS)

# Made once (and again when seeds.sh changes); fuzzing adds to it.
$(FUZZ_CORPUS): fuzz/seeds.sh | $(BIN)
	sh fuzz/seeds.sh $(BIN) $(FUZZ_BUILD)/corpus
	@touch $@

fuzz-corpus: $(FUZZ_CORPUS)

# ASan's quarantine of freed memory is held to 64 MB (from 256): else it
# alone takes a harness to 300 MB, and FUZZ_RSS_MB would measure it
# rather than the parser. Options given in the environment still apply.
FUZZ_ENV = UBSAN_OPTIONS=print_stacktrace=1:$${UBSAN_OPTIONS:-} \
	ASAN_OPTIONS=quarantine_size_mb=64:$${ASAN_OPTIONS:-}

# One harness: its regressions, whole, then FUZZ_SECONDS of fuzzing.
# libFuzzer's exit status is not 0 after a crash, leak, timeout or OOM.
fuzz-run-%: $(FUZZ_BUILD)/bin/% $(FUZZ_CORPUS)
	@mkdir -p $(FUZZ_BUILD)/artifacts/$* $(FUZZ_BUILD)/corpus/$* $(FUZZ_BUILD)/dict $(FUZZ_BUILD)/logs
	@cat $(FUZZ_DICT_$*:%=fuzz/dict/%.dict) /dev/null > $(FUZZ_BUILD)/dict/$*.dict
	@if [ -d fuzz/regress/$* ] && [ -n "$$(ls fuzz/regress/$*)" ]; then \
		echo "fuzz $*: regressions: fuzz/regress/$*/"; \
		$(FUZZ_ENV) $(FUZZ_BUILD)/bin/$* -rss_limit_mb=$(FUZZ_RSS_MB) \
			-timeout=$(FUZZ_TIMEOUT) fuzz/regress/$*/* > $(FUZZ_BUILD)/logs/$*-regress.log 2>&1 || \
			{ tail -n 40 $(FUZZ_BUILD)/logs/$*-regress.log; \
			  echo "fuzz $*: FAILED on a regression input (log: $(FUZZ_BUILD)/logs/$*-regress.log)" >&2; exit 1; }; \
	fi
	@echo "fuzz $*: $(FUZZ_SECONDS) s, corpus $(FUZZ_BUILD)/corpus/$*"
	@seeds=; [ -d fuzz/seeds/$* ] && seeds=fuzz/seeds/$*; \
	$(FUZZ_ENV) $(FUZZ_BUILD)/bin/$* -max_total_time=$(FUZZ_SECONDS) -timeout=$(FUZZ_TIMEOUT) \
		-rss_limit_mb=$(FUZZ_RSS_MB) -max_len=$(or $(FUZZ_MAX_LEN_$*),$(FUZZ_MAX_LEN)) \
		-dict=$(FUZZ_BUILD)/dict/$*.dict -artifact_prefix=$(FUZZ_BUILD)/artifacts/$*/ \
		-print_final_stats=1 $(FUZZ_BUILD)/corpus/$* $$seeds > $(FUZZ_BUILD)/logs/$*.log 2>&1; \
	status=$$?; \
	grep -E '^#[0-9]+[[:space:]]+(DONE|INITED)' $(FUZZ_BUILD)/logs/$*.log | sed "s/^/fuzz $*: /"; \
	grep -E '^stat::(number_of_executed_units|peak_rss_mb)' $(FUZZ_BUILD)/logs/$*.log | sed "s/^/fuzz $*: /"; \
	if [ $$status -ne 0 ]; then \
		tail -n 60 $(FUZZ_BUILD)/logs/$*.log; \
		echo "fuzz $*: FAILED (status $$status): the input is in $(FUZZ_BUILD)/artifacts/$*/, the log in $(FUZZ_BUILD)/logs/$*.log" >&2; \
		exit 1; \
	fi

# Every harness, each whatever the others did (-k); fails if any failed.
# With -jN, N harnesses run at once.
fuzz: $(FUZZ_BINS) $(FUZZ_CORPUS)
	@$(MAKE) --no-print-directory --output-sync=target -k $(FUZZ_NAMES:%=fuzz-run-%) || \
		{ echo "fuzz: a harness failed: see FAILED above" >&2; exit 1; }
	@echo "fuzz: $(words $(FUZZ_NAMES)) harnesses, $(FUZZ_SECONDS) s each: nothing found"

fuzz-smoke:
	$(MAKE) fuzz FUZZ_SECONDS=10

-include $(FUZZ_LIB_OBJ:.o=.d) $(FUZZ_OBJ:.o=.d)
