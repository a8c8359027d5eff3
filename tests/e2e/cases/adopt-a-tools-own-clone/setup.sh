# A repository that is no ISMS: a linter's own source, with documents made to be wrong under tests/, fixtures/ and fuzz/ (front matter that can't be read, policies nobody approved) and a README without front matter. Test data folders are left out as templates are, and with no configuration and nothing governed the ISMS rules wait: the one note says how to adopt it, exit 0.
rm -f .clauselint.yml people.yml
write README.md <<'MD'
# a linter

Run `make check`.
MD
for dir in tests/e2e/cases/bad fixtures/demo/policies fuzz/seeds/document testdata __tests__; do
	mkdir -p "$dir"
	printf -- '---\nid: POL-001\ntype: policy\napprover: [unclosed\n---\n\n# A broken policy\n' >"$dir/policy.md"
done
good_policy fixtures/demo/policies/isp.md
commit "A linter and its test data"
