# clauselint: plain make, no configure step.
#
#   make          build build/clauselint
#   make check    every test: unit tests (Criterion), end-to-end cases, and
#                 the reports checked by their consumers' validators
#   make demo     build the example policy repository and lint it
#   make asan     the test suite under AddressSanitizer and UBSan
#   make valgrind the test suite under valgrind
#   make format   clang-format the sources
#
# When a library is missing, the deps step installs it with apt-get as
# root, and otherwise prints the command to run (scripts/deps.sh).

CC      ?= cc
CFLAGS  ?= -O2 -g
PKGS     = libgit2 libcmark-gfm yaml-0.1
WARN     = -Wall -Wextra -Wshadow -Wstrict-prototypes -Wmissing-prototypes
STD      = -std=c11 -D_POSIX_C_SOURCE=200809L -D_DEFAULT_SOURCE -pthread
BUILD   ?= build
# The SARIF multitool (npm), shared by every build tree.
NODE_DIR ?= build/node

PKG_CFLAGS = $(shell pkg-config --cflags $(PKGS) 2>/dev/null)
PKG_LIBS   = $(shell pkg-config --libs $(PKGS) 2>/dev/null)
TEST_CFLAGS = $(shell pkg-config --cflags criterion 2>/dev/null)
TEST_LIBS   = $(shell pkg-config --libs criterion 2>/dev/null)

ALL_CFLAGS = $(STD) $(WARN) -MMD -MP -Ilint -I$(BUILD)/gen $(PKG_CFLAGS) $(CFLAGS)

LIB_SRC  = $(sort $(wildcard lint/*.c rules/*.c))
CMD_SRC  = $(sort $(wildcard cmd/*.c))
TEST_SRC = $(sort $(wildcard tests/lint/*.c tests/rules/*.c tests/cmd/*.c))

LIB_OBJ  = $(LIB_SRC:%.c=$(BUILD)/obj/%.o) $(BUILD)/obj/gen/catalogue_data.o
CMD_OBJ  = $(CMD_SRC:%.c=$(BUILD)/obj/%.o)
TEST_OBJ = $(TEST_SRC:%.c=$(BUILD)/obj/%.o)

BIN      = $(BUILD)/clauselint
LIB      = $(BUILD)/libclauselint.a
UNIT     = $(BUILD)/unit-tests
DEPS_OK  = $(BUILD)/.deps-ok

.PHONY: all check unit e2e formats demo deps asan valgrind format clean

all: $(BIN)

deps: $(DEPS_OK)

$(DEPS_OK): scripts/deps.sh
	@mkdir -p $(BUILD)
	@sh scripts/deps.sh
	@touch $@

# The catalogue ships as data (rules/iso27001-2022.tsv) compiled in, so
# the binary needs no file beside it.
$(BUILD)/gen/catalogue_data.c: rules/iso27001-2022.tsv scripts/catalogue-to-c.awk | $(DEPS_OK)
	@mkdir -p $(dir $@)
	awk -f scripts/catalogue-to-c.awk rules/iso27001-2022.tsv > $@.tmp
	mv $@.tmp $@

$(BUILD)/obj/%.o: %.c lint/clauselint.h | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/gen/%.o: $(BUILD)/gen/%.c lint/clauselint.h
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) -c -o $@ $<

$(BUILD)/obj/tests/%.o: tests/%.c lint/clauselint.h | $(DEPS_OK)
	@mkdir -p $(dir $@)
	$(CC) $(ALL_CFLAGS) $(TEST_CFLAGS) -c -o $@ $<

$(LIB): $(LIB_OBJ)
	rm -f $@
	ar rcs $@ $(LIB_OBJ)

$(BIN): $(CMD_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -pthread -o $@ $(CMD_OBJ) $(LIB) $(PKG_LIBS)

$(UNIT): $(TEST_OBJ) $(LIB)
	$(CC) $(CFLAGS) $(LDFLAGS) -pthread -o $@ $(TEST_OBJ) $(LIB) $(PKG_LIBS) $(TEST_LIBS)

check: unit e2e formats

unit: $(UNIT)
	$(UNIT) $(UNIT_FLAGS)

e2e: $(BIN)
	sh tests/e2e/run.sh $(BIN)

# sarif, junit, json and codequality reports of the real binary, checked
# with the SARIF multitool, xmllint and Node (tests/formats/validate.sh).
formats: $(BIN)
	NODE_DIR=$(NODE_DIR) sh tests/formats/validate.sh $(BIN)

demo: $(BIN)
	sh fixtures/demo/build.sh $(BUILD)/demo-repo
	@echo
	@echo "$$ clauselint -C $(BUILD)/demo-repo"
	@$(BIN) -C $(BUILD)/demo-repo --now 2026-11-22; test $$? -le 1
	@echo
	@echo "$$ clauselint -C $(BUILD)/demo-repo status"
	@$(BIN) -C $(BUILD)/demo-repo status --now 2026-11-22

# The same suite with AddressSanitizer and UBSan, in a build tree of its
# own; a leak, an overflow or undefined behaviour fails it.
asan:
	$(MAKE) BUILD=build/asan \
		CFLAGS="-O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all" \
		LDFLAGS="-fsanitize=address,undefined" check

# Criterion runs each test in a child process: valgrind must follow them.
valgrind: $(UNIT) $(BIN)
	valgrind -q --trace-children=yes --error-exitcode=99 --leak-check=full \
		--errors-for-leak-kinds=definite,indirect $(UNIT) $(UNIT_FLAGS)
	VALGRIND=1 sh tests/e2e/run.sh $(BIN)

format:
	clang-format -i lint/*.c lint/*.h rules/*.c cmd/*.c tests/*/*.c

clean:
	rm -rf $(BUILD)

-include $(LIB_OBJ:.o=.d) $(CMD_OBJ:.o=.d) $(TEST_OBJ:.o=.d)

# The measurements of SPEC §6 (not part of check): a generated repository
# of 5,000 documents and 20,000 commits, made again only when it is missing
# or bench/generate.sh changed (generate.sh writes the stamp last), then
# bench/run.sh. BENCH_RUNS=N runs of each (default 5); see bench/README.md.
BENCH_REPO  = $(BUILD)/bench-repo
BENCH_STAMP = $(BENCH_REPO)/.git/clauselint-bench

.PHONY: bench

$(BENCH_STAMP): bench/generate.sh
	sh bench/generate.sh $(BENCH_REPO)

bench: $(BIN) $(BENCH_STAMP)
	sh bench/run.sh $(BIN) $(BENCH_REPO)
