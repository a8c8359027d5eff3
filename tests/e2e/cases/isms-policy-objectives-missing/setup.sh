# policy-objectives-missing: the section on targets is headed "Goals" and names neither objectives nor a framework for setting them (5.2 b).
ISMS_OBJECTIVES='## Goals

Each year the management review sets measurable targets for the ISMS and
checks how the last ones were met.'
isms_kit
