# policy-objectives-missing near miss: the same section headed "## Objectives" counts.
ISMS_OBJECTIVES='## Objectives

Each year the management review sets measurable targets for the ISMS and
checks how the last ones were met.'
isms_kit
