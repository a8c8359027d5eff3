# policy_content with its own objectives headings: the policy passes with a heading "## Aims".
ISMS_OBJECTIVES='## Aims

Each year the management review sets measurable targets for the ISMS and
checks how the last ones were met.'
isms_files
echo 'policy_content: { objectives_headings: ["aims"], objectives: ["annual security targets"] }' | write .clauselint.yml
isms_commit
