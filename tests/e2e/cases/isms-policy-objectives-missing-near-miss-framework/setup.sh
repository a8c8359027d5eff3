# policy-objectives-missing near miss: under "## Goals", the phrase "framework for setting" (5.2 b allows a framework instead of the objectives) counts.
ISMS_OBJECTIVES='## Goals

The management review is the framework for setting measurable targets for
the ISMS each year, and checks how the last ones were met.'
isms_kit
