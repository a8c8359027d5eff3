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
#   make docs     docs/rules.md, from the rules' own text
#
# When a library is missing, the deps step installs it with apt-get as
# root, and otherwise prints the command to run (scripts/deps.sh). The
# binary needs only the libraries; Criterion is checked for by the unit
# tests, and the integration tests' tools by `make integration`.

CC      ?= cc
CFLAGS  ?= -O2 -g
PKGS     = libgit2 libcmark-gfm yaml-0.1 libsodium
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
STD      = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -pthread
BUILD   ?= build
# The SARIF multitool (npm), shared by every build tree.
NODE_DIR ?= build/node

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
TEST_CFLAGS = $(shell pkg-config --cflags criterion 2>/dev/null)
TEST_LIBS   = $(shell pkg-config --libs criterion 2>/dev/null)

# CI builds with WERROR=-Werror: a warning fails the build there.
WERROR  ?=
ALL_CFLAGS = $(STD) $(WARN) $(WERROR) -MMD -MP -Ilib -I. -I$(BUILD)/gen $(PKG_CFLAGS) $(CFLAGS)

LIB_SRC  = $(sort $(wildcard lib/*/*.c rules/*.c))
CMD_SRC  = $(sort $(wildcard cmd/*.c))
TEST_SRC = $(sort $(wildcard tests/lib/*.c tests/lib/*/*.c tests/rules/*.c tests/cmd/*.c))

TEMPLATES = $(sort $(wildcard templates/init/*))

LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/catalogue_data.o $(BUILD)/obj/gen/init_templates.o
CMD_OBJ  = $(CMD_SRC:%.c=$(BUILD)/obj/%.o)
TEST_OBJ = $(TEST_SRC:%.c=$(BUILD)/obj/%.o)

BIN      = $(BUILD)/clauselint
LIB      = $(BUILD)/libclauselint.a
UNIT     = $(BUILD)/unit-tests
DEPS_OK  = $(BUILD)/.deps-ok
TEST_DEPS_OK = $(BUILD)/.test-deps-ok

PREFIX  ?= /usr/local
BINDIR  ?= $(PREFIX)/bin
MANDIR  ?= $(PREFIX)/share/man

.PHONY: all check source layers unit e2e integration formats install uninstall demo deps asan valgrind format docs clean

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
	awk -f scripts/catalogue-to-c.awk rules/iso27001-2022.tsv > $@.tmp
	mv $@.tmp $@

# So are the files `clauselint init` writes (templates/init/).
$(BUILD)/gen/init_templates.c: $(TEMPLATES) scripts/templates-to-c.awk | $(DEPS_OK)
	@mkdir -p $(dir $@)
	awk -f scripts/templates-to-c.awk $(TEMPLATES) > $@.tmp
	mv $@.tmp $@

$(BUILD)/obj/%.o: %.c | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/%.c | $(DEPS_OK) $(TEST_DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(BIN): $(CMD_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -pthread -o $@ $(CMD_OBJ) $(LIB) $(PKG_LIBS)

$(UNIT): $(TEST_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -pthread -o $@ $(TEST_OBJ) $(LIB) $(PKG_LIBS) $(TEST_LIBS)

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
	$(UNIT) $(UNIT_FLAGS)

e2e: $(BIN)
	sh tests/e2e/run.sh $(BIN)
	sh tests/e2e/fixtures.sh $(BIN)
	sh tests/e2e/init.sh $(BIN)
	sh tests/e2e/rules.sh $(BIN)

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

install: $(BIN)
	install -d $(DESTDIR)$(BINDIR) $(DESTDIR)$(MANDIR)/man1
	install -m 755 $(BIN) $(DESTDIR)$(BINDIR)/clauselint
	install -m 644 man/clauselint.1 $(DESTDIR)$(MANDIR)/man1/clauselint.1

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

-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(TEST_OBJ:.o=.d)

# The speed and memory targets of bench/README.md (not part of check): a generated repository
# of 5,000 documents and 20,000 commits, made again only when it is missing
# or bench/generate.sh changed (generate.sh writes the stamp last), then
# bench/run.sh. BENCH_RUNS=N runs of each (default 5); see bench/README.md.
# Then the scaling table, bench/scaling.sh (BENCH_RUNS default 3), on
# repositories kept in $(BUILD)/bench-scaling; BENCH_SCALING=0 skips it.
# The status is the worse of the two.
BENCH_REPO  = $(BUILD)/bench-repo
BENCH_STAMP = $(BENCH_REPO)/.git/clauselint-bench
BENCH_SCALING ?= 1

.PHONY: bench

$(BENCH_STAMP): bench/generate.sh
	sh bench/generate.sh $(BENCH_REPO)

bench: $(BIN) $(BENCH_STAMP)
	s=0; sh bench/run.sh $(BIN) $(BENCH_REPO) || s=$$?; \
	if [ "$(BENCH_SCALING)" != 0 ]; then echo; \
		BENCH_REPO=$(BENCH_REPO) sh bench/scaling.sh $(BIN) $(BUILD)/bench-scaling || \
		{ r=$$?; [ $$s -ge $$r ] || s=$$r; }; \
	fi; exit $$s
